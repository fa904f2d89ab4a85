// Package revert reads a reverted call's custom error: its data from the node's error (Data), and
// its name and arguments by a contract's ABI (Decode), for logs and metrics that say why an L1
// transaction of a service failed.
package revert

import (
	"errors"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"
)

// Data is the data an eth_call or gas estimate that reverted returned with its error (a
// custom error's selector and arguments), if the node sent any.
func Data(err error) ([]byte, bool) {
	var de rpc.DataError
	if !errors.As(err, &de) {
		return nil, false
	}
	s, ok := de.ErrorData().(string)
	if !ok {
		return nil, false
	}
	b, err := hexutil.Decode(s)
	return b, err == nil && len(b) >= 4
}

// Decode names a contract's custom error from its revert data, with its arguments:
// "DelayedCountBeyondQueue(delayedCount=7, queued=3)". An error the ABI does not define is
// given by its selector: "custom error 0x…".
func Decode(a *abi.ABI, data []byte) string {
	if len(data) < 4 {
		return fmt.Sprintf("revert with %d bytes of data", len(data))
	}
	for name, e := range a.Errors {
		if string(e.ID[:4]) != string(data[:4]) {
			continue
		}
		vals, err := e.Inputs.Unpack(data[4:])
		if err != nil {
			return fmt.Sprintf("%s (undecodable arguments: %v)", name, err)
		}
		args := make([]string, len(vals))
		for i, v := range vals {
			args[i] = fmt.Sprintf("%s=%v", e.Inputs[i].Name, v)
		}
		return name + "(" + strings.Join(args, ", ") + ")"
	}
	return fmt.Sprintf("custom error %s", hexutil.Encode(data[:4]))
}
