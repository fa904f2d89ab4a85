package client

import (
	"bytes"
	"context"
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/crollup/crollup/chain/api"
	"github.com/crollup/crollup/chain/layout"
	"github.com/crollup/crollup/chain/stf"
	"github.com/crollup/crollup/chain/stf/stftest"
	"github.com/crollup/crollup/fraudvm/bulk"
	"github.com/crollup/crollup/fraudvm/isa"
	"github.com/crollup/crollup/fraudvm/job"
	"github.com/crollup/crollup/fraudvm/vm"
)

// TestVerifyJobResult builds a job result the way an executor does — the record and its proof
// from the chain's memory after the batch, the output from running the job — and checks that it
// verifies, and that any change to the output, the record, the proof or the claimed status
// makes it fail.
func TestVerifyJobResult(t *testing.T) {
	s := stftest.NewMixed(t)
	ctx := context.Background()
	mem := s.Genesis.Snapshot()
	for range 2 {
		if _, err := stf.ApplyBatch(ctx, s.Cfg, s.Oracle, mem, bulk.NewCPU(0)); err != nil {
			t.Fatal(err)
		}
	}
	direct, err := job.New(s.Program, s.Input)
	if err != nil {
		t.Fatal(err)
	}
	if err := vm.NewJob(direct).RunBulk(ctx, bulk.NewCPU(0), nil); err != nil {
		t.Fatal(err)
	}
	out := s.Program.OutputTensor()
	output := make([]byte, out.Offset+out.Bytes())
	direct.Read(isa.RegionOutput.Base(), output)

	const j = 0
	a := layout.JobAddr(j)
	l0, l1 := mem.ReadLeaf(a), mem.ReadLeaf(a+32)
	r := &api.JobResult{JobIndex: j, StateRoot: mem.Root(), Record: []hexutil.Bytes{l0[:], l1[:]},
		Proof: mem.ProveNode(a, 1), Status: "halted", OutputRoot: l0, Output: output}
	if err := VerifyJobResult(r); err != nil {
		t.Fatal(err)
	}
	for name, mod := range map[string]func(r *api.JobResult){
		"output byte":  func(r *api.JobResult) { r.Output = bytes.Clone(r.Output); r.Output[len(r.Output)-1] ^= 1 },
		"extra output": func(r *api.JobResult) { r.Output = append(bytes.Clone(r.Output), 1) },
		"proof":        func(r *api.JobResult) { r.Proof = append(r.Proof[:0:0], r.Proof...); r.Proof[7][3] ^= 1 },
		"record": func(r *api.JobResult) {
			r.Record = []hexutil.Bytes{r.Record[0], bytes.Clone(r.Record[1])}
			r.Record[1][20] ^= 1
		},
		"job index":   func(r *api.JobResult) { r.JobIndex = 1 },
		"status":      func(r *api.JobResult) { r.Status = "faulted" },
		"short proof": func(r *api.JobResult) { r.Proof = r.Proof[1:] },
	} {
		c := *r
		mod(&c)
		if err := VerifyJobResult(&c); !errors.Is(err, ErrBadResult) {
			t.Errorf("%s changed: %v", name, err)
		}
	}
}
