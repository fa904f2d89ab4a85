package onnx

import "fmt"

// Attribute and input accessors for the node handlers.

func attr(n *Node, name string) *Attr {
	for _, a := range n.Attrs {
		if a.Name == name {
			return a
		}
	}
	return nil
}

func attrInt(n *Node, name string, def int64) (int64, error) {
	a := attr(n, name)
	if a == nil {
		return def, nil
	}
	if a.Type != AttrInt {
		return 0, fmt.Errorf("attribute %s: want an int, have type %d", name, a.Type)
	}
	return a.I, nil
}

func attrFloat(n *Node, name string, def float32) (float32, error) {
	a := attr(n, name)
	if a == nil {
		return def, nil
	}
	if a.Type != AttrFloat {
		return 0, fmt.Errorf("attribute %s: want a float, have type %d", name, a.Type)
	}
	return a.F, nil
}

func attrInts(n *Node, name string) ([]int64, bool, error) {
	a := attr(n, name)
	if a == nil {
		return nil, false, nil
	}
	if a.Type != AttrInts {
		return nil, false, fmt.Errorf("attribute %s: want ints, have type %d", name, a.Type)
	}
	return a.Ints, true, nil
}

func attrString(n *Node, name, def string) (string, error) {
	a := attr(n, name)
	if a == nil {
		return def, nil
	}
	if a.Type != AttrString {
		return "", fmt.Errorf("attribute %s: want a string, have type %d", name, a.Type)
	}
	return string(a.S), nil
}

// input returns the node's i-th input name, "" when absent (omitted optional inputs are "" or
// missing from the end of the list).
func input(n *Node, i int) string {
	if i < len(n.Inputs) {
		return n.Inputs[i]
	}
	return ""
}
