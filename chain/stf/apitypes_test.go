package stf_test

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"

	"github.com/crollup/crollup/chain/batch"
	"github.com/crollup/crollup/chain/layout"
	"github.com/crollup/crollup/chain/msg"
	"github.com/crollup/crollup/chain/stf"
	"github.com/crollup/crollup/chain/stf/stftest"
	"github.com/crollup/crollup/fraudvm/program/examples"
)

// TestApitypesJob signs a Job the way a wallet does — go-ethereum's EIP-712 implementation
// (signer/core/apitypes) hashes typed data built from JSON-like values, and an ordinary key
// signs the hash — and checks that the machine computes the same digest and applies the job.
func TestApitypesJob(t *testing.T) {
	c, err := stftest.New(2)
	if err != nil {
		t.Fatal(err)
	}
	p, _, err := examples.Random(3, examples.RandomOptions{MaxInstrs: 2, MaxSteps: 300, MaxBytes: 2048})
	if err != nil {
		t.Fatal(err)
	}
	c.Deposit(0, 1)
	c.Deposit(1, 1<<40)
	if _, err := c.Batch(c.Upload(1, p, 0, 10)); err != nil {
		t.Fatal(err)
	}
	input := make([]byte, 64)
	input[5] = 7
	fee := stftest.JobFee(p, len(input))
	nonce := c.NextNonce(1)
	bu := func(v uint64) *big.Int { return new(big.Int).SetUint64(v) }
	td := apitypes.TypedData{
		Types: apitypes.Types{
			"EIP712Domain": {{Name: "name", Type: "string"}, {Name: "version", Type: "string"},
				{Name: "chainId", Type: "uint256"}, {Name: "verifyingContract", Type: "address"}},
			"Job": {{Name: "program", Type: "bytes32"}, {Name: "input", Type: "bytes32"}, {Name: "inputSize", Type: "uint64"},
				{Name: "maxSteps", Type: "uint64"}, {Name: "maxFee", Type: "uint256"}, {Name: "nonce", Type: "uint64"}},
		},
		PrimaryType: "Job",
		Domain: apitypes.TypedDataDomain{Name: "crollup", Version: "1", ChainId: (*math.HexOrDecimal256)(bu(c.Cfg.Domain.ChainID)),
			VerifyingContract: c.Cfg.Domain.VerifyingContract.Hex()},
		Message: apitypes.TypedDataMessage{"program": p.Root().Hex(), "input": batch.DataRoot(input).Hex(),
			"inputSize": bu(uint64(len(input))), "maxSteps": bu(p.Steps()), "maxFee": bu(fee), "nonce": bu(nonce)},
	}
	hash, _, err := apitypes.TypedDataAndHash(td)
	if err != nil {
		t.Fatal(err)
	}
	sig, err := crypto.Sign(hash, c.Keys[1])
	if err != nil {
		t.Fatal(err)
	}
	sig[64] += 27
	// The batch body: the Job's encodeData words, then r, s, v (chain/msg's wire form).
	var s msg.Signed
	s.Kind, s.AccountHint = msg.KindJob, c.Account(1)
	s.Message = &msg.Job{Program: p.Root(), Input: batch.DataRoot(input), InputSize: uint64(len(input)), MaxSteps: p.Steps(),
		MaxFee: u256(fee), Nonce: nonce}
	copy(s.Signature[:], sig)
	body, err := s.Body()
	if err != nil {
		t.Fatal(err)
	}
	if got := stf.Digest(c.Cfg.Domain.Separator(), msg.KindJob, body); got != common.BytesToHash(hash) {
		t.Fatalf("machine digest %v, apitypes %x", got, hash)
	}
	if _, err := c.Batch([]batch.Message{{Kind: uint8(msg.KindJob), Account: c.Account(1), Program: 0, Body: body, Data: input}}); err != nil {
		t.Fatal(err)
	}
	mem := c.Genesis.Snapshot()
	for range 2 {
		if err := stf.New(c.Cfg, c.Oracle, mem).Run(context.Background()); err != nil {
			t.Fatal(err)
		}
	}
	g, _ := stf.ReadGlobals(mem)
	r, err := layout.DecodeReceipt(mem.ReadLeaf(layout.ReceiptAddr(g.Messages - 1)))
	if err != nil || r.Skip != layout.Applied || g.Jobs != 1 {
		t.Fatalf("receipt %+v (%v), jobs %d: the apitypes-signed job was not applied", r, err, g.Jobs)
	}
}
