package stf_test

import (
	"bytes"
	"context"
	"errors"
	"testing"

	"github.com/crollup/crollup/chain/batch"
	"github.com/crollup/crollup/chain/stf"
	"github.com/crollup/crollup/chain/stf/stftest"
	"github.com/crollup/crollup/fraudvm/bulk"
	"github.com/crollup/crollup/fraudvm/program/examples"
)

// FuzzPayload feeds arbitrary payloads to the machine as batch 1 of a chain with funded
// accounts and a ready program. Whatever the bytes, the machine must apply the batch (garbage
// is rejected or skipped, never a stuck chain), consume the delayed queue, and ApplyBatch must
// reach exactly the state stepping reaches.
func FuzzPayload(f *testing.F) {
	c, err := stftest.New(3)
	if err != nil {
		f.Fatal(err)
	}
	p, _, err := examples.Random(11, examples.RandomOptions{MaxInstrs: 2, MaxSteps: 120, MaxBytes: 1024})
	if err != nil {
		f.Fatal(err)
	}
	c.Deposit(0, 1)
	c.Deposit(1, 1<<40)
	c.Deposit(2, 1<<20)
	if _, err := c.Batch(c.Upload(1, p, 0, 10)); err != nil {
		f.Fatal(err)
	}
	base := c.Genesis.Snapshot()
	if err := stf.New(c.Cfg, c.Oracle, base).Run(context.Background()); err != nil {
		f.Fatal(err)
	}
	base.Root()
	c.Deposit(2, 9)
	input := make([]byte, 40)
	seed, err := (&batch.Batch{Number: 1, Delayed: 4, Blocks: []batch.Block{{Timestamp: 5, Messages: 3, Delayed: 4}}, Msgs: []batch.Message{
		c.Job(1, p, 0, input, stftest.JobFee(p, len(input))),
		c.Withdraw(2, c.Addr(0), 100),
		c.Upload(2, p, 1, 5)[0],
	}}).Encode()
	if err != nil {
		f.Fatal(err)
	}
	f.Add(seed)
	f.Add(seed[:64])
	f.Add([]byte{})
	f.Add(bytes.Repeat([]byte{0xff}, 200))
	f.Fuzz(func(t *testing.T, payload []byte) {
		if len(payload) > 8192 {
			payload = payload[:8192]
		}
		chain := *c
		chain.Oracle = &stf.MapOracle{Batches: map[uint64]*stf.Batch{0: c.Oracle.Batches[0]}, Msgs: c.Oracle.Msgs}
		chain.SetBatches(1)
		if len(payload) == 0 {
			chain.Forced()
		} else if err := chain.Payload(payload); err != nil {
			t.Fatal(err)
		}
		stepped, fast := base.Snapshot(), base.Snapshot()
		m := stf.New(c.Cfg, chain.Oracle, stepped)
		if err := m.Run(context.Background()); err != nil {
			t.Fatalf("stepping: %v", err)
		}
		got, err := stf.ApplyBatch(context.Background(), c.Cfg, chain.Oracle, fast, bulk.NewCPU(1))
		if err != nil {
			t.Fatalf("ApplyBatch: %v", err)
		}
		want := m.State()
		if got.Hash() != want.Hash() {
			t.Fatalf("ApplyBatch %v\nstepping   %v", &got, &want)
		}
		g, err := stf.ReadGlobals(stepped)
		if err != nil || g.Batches != 2 || g.Delayed != 4 {
			t.Fatalf("globals %+v, %v", g, err)
		}
	})
}

// FuzzDecodeState: a packed state decodes only if it re-encodes to the same bytes.
func FuzzDecodeState(f *testing.F) {
	s := stf.State{Regs: stf.Regs{Phase: stf.PhaseMsgAuth, Step: 9, Batch: 3, Count: 4}}
	b := s.Encode()
	f.Add(b[:])
	f.Add(make([]byte, stf.StateSize))
	f.Fuzz(func(t *testing.T, b []byte) {
		st, err := stf.DecodeState(b)
		if err != nil {
			if !errors.Is(err, stf.ErrInvalidState) {
				t.Fatalf("error %v does not wrap ErrInvalidState", err)
			}
			return
		}
		again := st.Encode()
		if !bytes.Equal(again[:], b) {
			t.Fatalf("decoded %x re-encodes as %x", b, again)
		}
		if st.Hash() != stf.HashPacked(b) {
			t.Fatal("Hash and HashPacked differ")
		}
	})
}
