package stf_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/crollup/crollup/chain/batch"
	"github.com/crollup/crollup/chain/genesis"
	"github.com/crollup/crollup/chain/msg"
	"github.com/crollup/crollup/chain/stf"
	"github.com/crollup/crollup/chain/stf/stftest"
	"github.com/crollup/crollup/fraudvm/bulk"
	"github.com/crollup/crollup/fraudvm/program"
	"github.com/crollup/crollup/fraudvm/program/examples"
)

// TestSignersAhead applies the mixed scenario's batches (every skip reason, bad signatures
// among them) as single blocks, recovering signers in line, alongside, and given by the caller
// (ApplyBlockRecovered), and requires the same registers and roots; and checks each signer
// recovered alongside against Authenticate.
func TestSignersAhead(t *testing.T) {
	s := stftest.NewMixed(t)
	ctx := context.Background()
	c := s.Chain
	seq, ahead, given := s.Genesis.Snapshot(), s.Genesis.Snapshot(), s.Genesis.Snapshot()
	sep := c.Cfg.Domain.Separator()
	checked := 0
	for n := range 2 {
		dec, err := batch.Decode(payloadOf(t, s.Oracle.Batches[uint64(n)]))
		if err != nil {
			t.Fatal(err)
		}
		blk := batch.Block{Timestamp: uint64(n), Delayed: dec.Delayed}
		signer, skip, found := stf.SignersAhead(ctx, sep, dec.Msgs, 3)
		for i, m := range dec.Msgs {
			k := msg.Kind(m.Kind)
			if !found[i] {
				continue
			}
			want, wantSkip := stf.Authenticate(sep, k, m.Body)
			if signer[i] != want || skip[i] != uint8(wantSkip) {
				t.Fatalf("batch %d message %d: ahead %v/%d, Authenticate %v/%d", n, i, signer[i], skip[i], want, wantSkip)
			}
			checked++
		}
		r0, err := stf.ApplyBlockAuth(ctx, c.Cfg, c.Oracle, seq, blk, dec.Msgs, stf.Bulk{Backend: bulk.NewCPU(0)}, 0)
		if err != nil {
			t.Fatal(err)
		}
		r1, err := stf.ApplyBlockAuth(ctx, c.Cfg, c.Oracle, ahead, blk, dec.Msgs, stf.Bulk{Backend: bulk.NewCPU(0)}, 3)
		if err != nil {
			t.Fatal(err)
		}
		// The sequencer's way: every recovery given by the caller.
		rec := make([]*stf.Recovered, len(dec.Msgs))
		for i, m := range dec.Msgs {
			if k := msg.Kind(m.Kind); k.Valid() {
				signer, skip := stf.Authenticate(sep, k, m.Body)
				rec[i] = &stf.Recovered{Signer: signer, Skip: skip}
			}
		}
		r2, err := stf.ApplyBlockRecovered(ctx, c.Cfg, c.Oracle, given, blk, dec.Msgs, stf.Bulk{Backend: bulk.NewCPU(0)}, rec)
		if err != nil {
			t.Fatal(err)
		}
		if r0 != r1 || r0 != r2 || seq.Root() != ahead.Root() || seq.Root() != given.Root() {
			t.Fatalf("batch %d: recovering ahead or given changed the block's outcome: %+v, %+v vs %+v", n, r1, r2, r0)
		}
		stf.SealBatch(seq)
		stf.SealBatch(ahead)
		stf.SealBatch(given)
	}
	if checked < 10 {
		t.Fatalf("only %d messages were recovered ahead", checked)
	}
}

// BenchmarkApplyBlockSigners applies one block of 1,000 jobs (8 senders) on a small random
// program (a block of 1,000 MLP jobs would not fit a batch: 1.5 MB of payload) to the state
// after the program's upload, recovering the signers in the message checks one after
// another ("sequential") or ahead on every thread ("ahead"), in accounting mode (jobs not run:
// the chain phases alone) and with the jobs run (stf.Bulk).
//
//	go test ./chain/stf -run '^$' -bench ApplyBlockSigners -benchtime 10x
func BenchmarkApplyBlockSigners(b *testing.B) {
	const users, jobs = 9, 1000
	st, err := stftest.New(users)
	if err != nil {
		b.Fatal(err)
	}
	var accs []genesis.Account
	for i := range users {
		accs = append(accs, genesis.Account{Address: st.Addr(i), Balance: uint256.NewInt(1 << 50)})
	}
	gen, err := genesis.New(genesis.Config{ChainID: 42069, Inbox: common.HexToAddress("0x1000000000000000000000000000000000000001"),
		StepPrice: stftest.StepPrice, BytePrice: stftest.BytePrice, FlatPrice: stftest.FlatPrice, Accounts: accs})
	if err != nil {
		b.Fatal(err)
	}
	st.Cfg = gen.Cfg
	for i := range users {
		st.Deposit(i, 0)
	}
	mlp, _, err := examples.Random(7, examples.RandomOptions{MaxInstrs: 2, MaxSteps: 200, MaxBytes: 4096})
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	base := gen.Mem.Snapshot()
	if _, err := stf.ApplyBlock(ctx, gen.Cfg, &stf.MapOracle{}, base, batch.Block{}, st.Upload(1, mlp, 0, batch.DataHeight(int(mlp.Size()))-2), stf.SkipJobs{}); err != nil {
		b.Fatal(err)
	}
	base.Root()
	var msgs []batch.Message
	for k := range jobs {
		it := mlp.InputTensor()
		dense := make([]byte, it.Elems())
		dense[k%len(dense)] = byte(k/len(dense) + 1)
		in, err := program.Pack(it, dense)
		if err != nil {
			b.Fatal(err)
		}
		msgs = append(msgs, st.Job(1+k%(users-1), mlp, 0, in, stftest.JobFee(mlp, len(in))))
	}
	for _, mode := range []string{"accounting", "bulk"} {
		for _, auth := range []string{"sequential", "ahead"} {
			b.Run(fmt.Sprintf("%s/%s", mode, auth), func(b *testing.B) {
				var jr stf.Jobs = stf.SkipJobs{}
				if mode == "bulk" {
					jr = stf.Bulk{Backend: bulk.NewCPU(0)}
				}
				workers := 0
				if auth == "ahead" {
					workers = -1 // GOMAXPROCS, as ApplyBlock
				}
				for b.Loop() {
					mem := base.Snapshot()
					var err error
					if workers < 0 {
						_, err = stf.ApplyBlock(ctx, gen.Cfg, &stf.MapOracle{}, mem, batch.Block{Timestamp: 1}, msgs, jr)
					} else {
						_, err = stf.ApplyBlockAuth(ctx, gen.Cfg, &stf.MapOracle{}, mem, batch.Block{Timestamp: 1}, msgs, jr, 0)
					}
					if err != nil {
						b.Fatal(err)
					}
					mem.Root()
				}
				b.ReportMetric(float64(jobs*b.N)/b.Elapsed().Seconds(), "jobs/s")
			})
		}
	}
}
