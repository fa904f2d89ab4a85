package onnx

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"slices"
)

// ErrBadTensor is wrapped by every error of the value accessors (NumElems, Int64s, Float32s):
// a tensor whose shape, data type and data do not agree, whose data is external, or whose
// values are out of range of its type.
var ErrBadTensor = errors.New("onnx: bad tensor")

// valuesMaxElems bounds a tensor's element count: far above any model this project runs
// (2^28 int8 values is 256 MiB), and low enough that a count times an element size never
// overflows an int.
const valuesMaxElems = 1 << 28

// valuesErr is an ErrBadTensor error naming t.
func (t *Tensor) valuesErr(format string, args ...any) error {
	name := "unnamed tensor"
	if t != nil && t.Name != "" {
		name = fmt.Sprintf("tensor %q", t.Name)
	}
	return fmt.Errorf("%w: %s: %s", ErrBadTensor, name, fmt.Sprintf(format, args...))
}

// NumElems is the number of elements of t's shape: the product of Dims, 1 for a scalar (no
// dims). A negative dimension, or a product above 2^28, is an error.
func (t *Tensor) NumElems() (int, error) {
	if t == nil {
		return 0, t.valuesErr("nil")
	}
	for _, d := range t.Dims {
		if d < 0 {
			return 0, t.valuesErr("negative dimension in shape %v", t.Dims)
		}
		// Every dimension is bounded, even in an empty tensor: a [2^33, 0] shape is refused, as
		// ReadNpy refuses it, so that whatever WriteNpy writes reads back.
		if d > valuesMaxElems {
			return 0, t.valuesErr("dimension %d of shape %v is above %d", d, t.Dims, valuesMaxElems)
		}
	}
	if slices.Contains(t.Dims, 0) {
		return 0, nil
	}
	n := int64(1)
	for _, d := range t.Dims {
		if d > valuesMaxElems || n*d > valuesMaxElems { // n, d ≤ 2^28: no overflow
			return 0, t.valuesErr("shape %v has more than %d elements", t.Dims, valuesMaxElems)
		}
		n *= d
	}
	return int(n), nil
}

// valuesInt describes how an integer (or bool) data type is stored and what range it has.
type valuesInt struct {
	size   int    // bytes per element in RawData
	field  string // the typed field that holds its values otherwise
	lo, hi int64  // the range of its values (uint64's is cut to int64's)
}

// valuesIntType is the valuesInt of dt, or false if dt is not an integer or bool type.
func valuesIntType(dt DataType) (valuesInt, bool) {
	switch dt {
	case Int8:
		return valuesInt{1, "int32_data", math.MinInt8, math.MaxInt8}, true
	case Uint8:
		return valuesInt{1, "int32_data", 0, math.MaxUint8}, true
	case Bool:
		return valuesInt{1, "int32_data", 0, 1}, true
	case Int16:
		return valuesInt{2, "int32_data", math.MinInt16, math.MaxInt16}, true
	case Uint16:
		return valuesInt{2, "int32_data", 0, math.MaxUint16}, true
	case Int32:
		return valuesInt{4, "int32_data", math.MinInt32, math.MaxInt32}, true
	case Uint32:
		return valuesInt{4, "uint64_data", 0, math.MaxUint32}, true
	case Int64:
		return valuesInt{8, "int64_data", math.MinInt64, math.MaxInt64}, true
	case Uint64:
		return valuesInt{8, "uint64_data", 0, math.MaxInt64}, true
	}
	return valuesInt{}, false
}

// valuesTyped checks that of the typed value fields only field (or none) is set and that the
// values are in exactly one place, and returns how many values field holds. It returns raw =
// true when the values are in RawData.
func (t *Tensor) valuesTyped(field string) (count int, raw bool, err error) {
	lens := []struct {
		name string
		n    int
	}{
		{"float_data", len(t.FloatData)},
		{"int32_data", len(t.Int32Data)},
		{"int64_data", len(t.Int64Data)},
		{"double_data", len(t.DoubleData)},
		{"uint64_data", len(t.Uint64Data)},
	}
	for _, l := range lens {
		if l.name == field {
			count = l.n
		} else if l.n > 0 {
			return 0, false, t.valuesErr("%s tensor keeps no values in %s, but it has %d",
				valuesTypeName(t.DataType), l.name, l.n)
		}
	}
	if len(t.RawData) > 0 && count > 0 {
		return 0, false, t.valuesErr("values both in raw_data and in %s", field)
	}
	return count, len(t.RawData) > 0, nil
}

// valuesDense is the common part of the accessors: not external, a valid shape, the values in
// one place and as many as the shape says. It returns the element count and whether the values
// are in RawData.
func (t *Tensor) valuesDense(size int, field string) (n int, raw bool, err error) {
	if t == nil {
		return 0, false, t.valuesErr("nil")
	}
	if t.External {
		return 0, false, t.valuesErr("data is stored outside the model (external data is not supported)")
	}
	if n, err = t.NumElems(); err != nil {
		return 0, false, err
	}
	count, raw, err := t.valuesTyped(field)
	if err != nil {
		return 0, false, err
	}
	if raw {
		if len(t.RawData) != n*size {
			return 0, false, t.valuesErr("raw_data has %d bytes, want %d (%d elements of %d bytes, shape %v)",
				len(t.RawData), n*size, n, size, t.Dims)
		}
	} else if count != n {
		return 0, false, t.valuesErr("%s has %d values, want %d (shape %v)", field, count, n, t.Dims)
	}
	return n, raw, nil
}

// Int64s returns the values of an integer or bool tensor (Int8, Uint8, Int16, Uint16, Int32,
// Uint32, Int64, Uint64, Bool), from RawData or from the typed field the data type uses (see
// Tensor). Anything inconsistent is an error: a count that disagrees with the shape, values in
// two places or in another type's field, external data, or a value out of range of the type
// (an Int8 tensor's int32_data holding 300, a Bool holding 2, a Uint64 above 2^63-1, which
// int64 cannot hold).
func (t *Tensor) Int64s() ([]int64, error) {
	if t == nil {
		return nil, t.valuesErr("nil")
	}
	it, ok := valuesIntType(t.DataType)
	if !ok {
		return nil, t.valuesErr("data type %s is not an integer or bool type", valuesTypeName(t.DataType))
	}
	n, raw, err := t.valuesDense(it.size, it.field)
	if err != nil {
		return nil, err
	}
	out := make([]int64, n)
	if raw {
		b := t.RawData
		for i := range out {
			switch t.DataType {
			case Int8:
				out[i] = int64(int8(b[i]))
			case Uint8, Bool:
				out[i] = int64(b[i])
			case Int16:
				out[i] = int64(int16(binary.LittleEndian.Uint16(b[2*i:])))
			case Uint16:
				out[i] = int64(binary.LittleEndian.Uint16(b[2*i:]))
			case Int32:
				out[i] = int64(int32(binary.LittleEndian.Uint32(b[4*i:])))
			case Uint32:
				out[i] = int64(binary.LittleEndian.Uint32(b[4*i:]))
			case Int64:
				out[i] = int64(binary.LittleEndian.Uint64(b[8*i:]))
			case Uint64:
				v := binary.LittleEndian.Uint64(b[8*i:])
				if v > math.MaxInt64 {
					return nil, t.valuesErr("value %d at %d does not fit in an int64", v, i)
				}
				out[i] = int64(v)
			}
			// Only Bool can be out of range here: every other type's bytes are its range.
			if out[i] < it.lo || out[i] > it.hi {
				return nil, t.valuesErr("value %d at %d is out of range of %s", out[i], i, valuesTypeName(t.DataType))
			}
		}
		return out, nil
	}
	for i := range out {
		switch it.field {
		case "int32_data":
			out[i] = int64(t.Int32Data[i])
		case "int64_data":
			out[i] = t.Int64Data[i]
		case "uint64_data":
			v := t.Uint64Data[i]
			if v > math.MaxInt64 {
				return nil, t.valuesErr("value %d at %d does not fit in an int64", v, i)
			}
			out[i] = int64(v)
		}
		if out[i] < it.lo || out[i] > it.hi {
			return nil, t.valuesErr("%s value %d at %d is out of range of %s",
				it.field, out[i], i, valuesTypeName(t.DataType))
		}
	}
	return out, nil
}

// Float32s returns the values of a Float tensor, from RawData or FloatData, by the rules of
// Int64s. Any other data type is an error, Double included: converting it would round.
func (t *Tensor) Float32s() ([]float32, error) {
	if t == nil {
		return nil, t.valuesErr("nil")
	}
	if t.DataType != Float {
		return nil, t.valuesErr("data type %s is not Float", valuesTypeName(t.DataType))
	}
	n, raw, err := t.valuesDense(4, "float_data")
	if err != nil {
		return nil, err
	}
	if !raw {
		return slices.Clone(t.FloatData[:n:n]), nil
	}
	out := make([]float32, n)
	for i := range out {
		out[i] = math.Float32frombits(binary.LittleEndian.Uint32(t.RawData[4*i:]))
	}
	return out, nil
}

// NewTensor returns a tensor of type dt and shape dims whose values are raw, dense and
// little-endian (RawData). Empty dims and raw are stored as nil, the form Decode gives, so
// that the tensor round-trips through EncodeTensor and DecodeTensor unchanged. It checks
// nothing; the accessors do.
func NewTensor(name string, dt DataType, dims []int64, raw []byte) *Tensor {
	t := &Tensor{Name: name, DataType: dt}
	if len(dims) > 0 {
		t.Dims = slices.Clone(dims)
	}
	if len(raw) > 0 {
		t.RawData = slices.Clone(raw)
	}
	return t
}

// Int8Tensor returns an Int8 tensor holding v in RawData; v should have as many values as dims
// says (Int64s reports a mismatch).
func Int8Tensor(name string, dims []int64, v []int8) *Tensor {
	raw := make([]byte, len(v))
	for i, x := range v {
		raw[i] = byte(x)
	}
	return NewTensor(name, Int8, dims, raw)
}

// Uint8Tensor returns a Uint8 tensor holding v in RawData, as Int8Tensor does.
func Uint8Tensor(name string, dims []int64, v []uint8) *Tensor {
	return NewTensor(name, Uint8, dims, v)
}

// Int32Tensor returns an Int32 tensor holding v in RawData, as Int8Tensor does.
func Int32Tensor(name string, dims []int64, v []int32) *Tensor {
	raw := make([]byte, 0, 4*len(v))
	for _, x := range v {
		raw = binary.LittleEndian.AppendUint32(raw, uint32(x))
	}
	return NewTensor(name, Int32, dims, raw)
}

// Int64Tensor returns an Int64 tensor holding v in RawData, as Int8Tensor does.
func Int64Tensor(name string, dims []int64, v []int64) *Tensor {
	raw := make([]byte, 0, 8*len(v))
	for _, x := range v {
		raw = binary.LittleEndian.AppendUint64(raw, uint64(x))
	}
	return NewTensor(name, Int64, dims, raw)
}

// Float32Tensor returns a Float tensor holding v in RawData, as Int8Tensor does.
func Float32Tensor(name string, dims []int64, v []float32) *Tensor {
	raw := make([]byte, 0, 4*len(v))
	for _, x := range v {
		raw = binary.LittleEndian.AppendUint32(raw, math.Float32bits(x))
	}
	return NewTensor(name, Float, dims, raw)
}

// valuesTypeName names a data type for errors: its TensorProto.DataType name, or its number.
func valuesTypeName(dt DataType) string {
	names := [...]string{"UNDEFINED", "FLOAT", "UINT8", "INT8", "UINT16", "INT16", "INT32", "INT64",
		"STRING", "BOOL", "FLOAT16", "DOUBLE", "UINT32", "UINT64"}
	if dt >= 0 && int(dt) < len(names) {
		return names[dt]
	}
	return fmt.Sprintf("DataType(%d)", dt)
}
