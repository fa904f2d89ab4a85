package evm_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"

	"github.com/crollup/crollup/contracts"
	"github.com/crollup/crollup/contracts/bindings"
	"github.com/crollup/crollup/contracts/evm"
)

func deployFraudVM(t *testing.T) *evm.Contract {
	t.Helper()
	c, err := evm.DeployArtifact("FraudVM")
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// TestCallReturns checks a successful call's return data against a value computed in Go.
func TestCallReturns(t *testing.T) {
	c := deployFraudVM(t)
	b := bindings.NewFraudVM()
	state := make([]byte, 256)
	for i := range state {
		state[i] = byte(i * 7)
	}
	state[0] = 1
	res, err := c.Call(b.PackStateHash(state))
	if err != nil {
		t.Fatal(err)
	}
	if res.Revert != nil {
		t.Fatalf("stateHash reverted: %v", res.Revert)
	}
	got, err := b.UnpackStateHash(res.Return)
	if err != nil {
		t.Fatal(err)
	}
	want := crypto.Keccak256Hash(state)
	want[0] = state[0]
	if common.Hash(got) != want {
		t.Fatalf("stateHash = %x, want %x", got, want)
	}
	if res.GasUsed == 0 || res.GasUsed >= evm.GasLimit {
		t.Fatalf("gas used %d", res.GasUsed)
	}
}

// TestRevertDecoded checks that a custom error comes back by name with its arguments.
func TestRevertDecoded(t *testing.T) {
	c := deployFraudVM(t)
	b := bindings.NewFraudVM()
	res, err := c.Call(b.PackStep(make([]byte, 255), nil))
	if err != nil {
		t.Fatal(err)
	}
	if res.Revert == nil || res.Revert.Name != "BadStateLength" {
		t.Fatalf("revert = %v, want BadStateLength", res.Revert)
	}
	if n, ok := res.Revert.Args[0].(*big.Int); !ok || n.Int64() != 255 {
		t.Fatalf("BadStateLength args = %v, want [255]", res.Revert.Args)
	}
	// An unknown selector: the contract has no fallback, so it reverts with empty data.
	res, err = c.Call([]byte{1, 2, 3, 4})
	if err != nil {
		t.Fatal(err)
	}
	if res.Revert == nil || res.Revert.Name != "" || len(res.Revert.Data) != 0 {
		t.Fatalf("unknown selector: revert = %v", res.Revert)
	}
}

// TestDeployedSize keeps every artifact under the EIP-170 code size limit.
func TestDeployedSize(t *testing.T) {
	names, err := contracts.ArtifactNames()
	if err != nil {
		t.Fatal(err)
	}
	if len(names) == 0 {
		t.Fatal("no artifacts")
	}
	for _, name := range names {
		a, err := contracts.LoadArtifact(name)
		if err != nil {
			t.Fatal(err)
		}
		if n := len(a.DeployedBytecode); n > params.MaxCodeSize {
			t.Errorf("%s: deployed code is %d bytes, above the %d-byte limit", name, n, params.MaxCodeSize)
		} else {
			t.Logf("%s: %d bytes deployed (limit %d)", name, n, params.MaxCodeSize)
		}
	}
}

func TestTxGas(t *testing.T) {
	data := []byte{0, 0, 1, 2} // 2 zero, 2 non-zero
	cd, tokens := evm.CalldataGas(data)
	if cd != 2*4+2*16 || tokens != 2+2*4 {
		t.Fatalf("CalldataGas = %d, %d", cd, tokens)
	}
	total, standard, floor := evm.TxGas(data, 100)
	if standard != 21000+40+100 || floor != 21000+100 || total != standard {
		t.Fatalf("TxGas = %d, %d, %d", total, standard, floor)
	}
	// Without execution the floor (21100) is above the standard cost (21040).
	total, standard, floor = evm.TxGas(data, 0)
	if standard != 21040 || floor != 21100 || total != 21100 {
		t.Fatalf("TxGas(exec 0) = %d, %d, %d", total, standard, floor)
	}
}
