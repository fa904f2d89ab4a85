package revert_test

import (
	"errors"
	"fmt"
	"testing"

	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/crollup/crollup/contracts/bindings"
	"github.com/crollup/crollup/contracts/revert"
)

type dataError struct{ data any }

func (e dataError) Error() string  { return "execution reverted" }
func (e dataError) ErrorData() any { return e.data }

// TestDecode: the Inbox's DelayedCountBeyondQueue(7, 3) (the revert an L1 rewind once caused,
// issue "reliability"), read from a node's error and named with its arguments; an unknown
// selector and short data are reported as such; an error without data has none.
func TestDecode(t *testing.T) {
	a, err := bindings.InboxMetaData.ParseABI()
	if err != nil {
		t.Fatal(err)
	}
	e := a.Errors["DelayedCountBeyondQueue"]
	args, err := e.Inputs.Pack(uint64(7), uint64(3))
	if err != nil {
		t.Fatal(err)
	}
	raw := append(append([]byte{}, e.ID[:4]...), args...)
	nodeErr := fmt.Errorf("estimate: %w", dataError{hexutil.Encode(raw)})
	data, ok := revert.Data(nodeErr)
	if !ok {
		t.Fatal("no revert data found in the node's error")
	}
	if got, want := revert.Decode(a, data), "DelayedCountBeyondQueue(delayedCount=7, queued=3)"; got != want {
		t.Fatalf("decoded %q, want %q", got, want)
	}
	if got := revert.Decode(a, []byte{0xde, 0xad, 0xbe, 0xef}); got != "custom error 0xdeadbeef" {
		t.Fatalf("unknown selector: %q", got)
	}
	if got := revert.Decode(a, []byte{1}); got != "revert with 1 bytes of data" {
		t.Fatalf("short data: %q", got)
	}
	if _, ok := revert.Data(errors.New("execution reverted")); ok {
		t.Fatal("revert data from an error without any")
	}
	if _, ok := revert.Data(dataError{"0x12"}); ok {
		t.Fatal("revert data shorter than a selector")
	}
}

// FuzzDecode: any revert data is decoded or named without panicking.
func FuzzDecode(f *testing.F) {
	a, err := bindings.InboxMetaData.ParseABI()
	if err != nil {
		f.Fatal(err)
	}
	e := a.Errors["WrongBatchNumber"]
	f.Add(append(append([]byte{}, e.ID[:4]...), make([]byte, 64)...))
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, data []byte) {
		if revert.Decode(a, data) == "" {
			t.Fatal("an empty description")
		}
	})
}
