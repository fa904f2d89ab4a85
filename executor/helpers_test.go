package executor

import (
	"context"
	"encoding/binary"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/log"
	"github.com/holiman/uint256"

	"github.com/crollup/crollup/chain/batch"
	"github.com/crollup/crollup/chain/genesis"
	"github.com/crollup/crollup/chain/stf"
	"github.com/crollup/crollup/chain/stf/stftest"
	"github.com/crollup/crollup/fraudvm/bulk"
	"github.com/crollup/crollup/fraudvm/memory"
	"github.com/crollup/crollup/fraudvm/program"
	"github.com/crollup/crollup/fraudvm/program/examples"
)

// Program indices of the test workload.
const (
	progMLP = 0
	progCNN = 1
	progLie = 2
)

// fixture is a genesis chain whose accounts 0 … users−1 belong to stftest's keys (account 0 is
// the fee recipient), and the stftest chain that signs for them in the genesis chain's domain.
type fixture struct {
	gen *genesis.Chain
	cc  genesis.Config
	st  *stftest.Chain

	mlp, cnn *program.Program
	lie      []byte // a program whose header understates its steps by one: its jobs fault
	lieSteps uint64
}

func newFixture(t testing.TB, users int) *fixture {
	t.Helper()
	st, err := stftest.New(users)
	if err != nil {
		t.Fatal(err)
	}
	var accs []genesis.Account
	for i := range users {
		accs = append(accs, genesis.Account{Address: st.Addr(i), Balance: uint256.NewInt(1 << 50)})
	}
	cc := genesis.Config{ChainID: 42069, Inbox: common.HexToAddress("0x1000000000000000000000000000000000000001"),
		StepPrice: stftest.StepPrice, BytePrice: stftest.BytePrice, FlatPrice: stftest.FlatPrice, Accounts: accs}
	gen, err := genesis.New(cc)
	if err != nil {
		t.Fatal(err)
	}
	st.Cfg = gen.Cfg
	for i := range users {
		if a := st.Deposit(i, 0); a != uint32(i) { // only assigns stftest's account indices
			t.Fatalf("account %d got index %d", i, a)
		}
	}
	small, _, err := examples.Random(7, examples.RandomOptions{MaxInstrs: 2, MaxSteps: 200, MaxBytes: 4096})
	if err != nil {
		t.Fatal(err)
	}
	lie := append([]byte(nil), small.Bytes()...)
	binary.BigEndian.PutUint64(lie[16:], small.Steps()-1)
	return &fixture{gen: gen, cc: cc, st: st, mlp: examples.MLP(), cnn: examples.CNN(), lie: lie, lieSteps: small.Steps() - 1}
}

// mlpInput is the sample image with pixel k changed, in memory form.
func (f *fixture) input(p *program.Program, k int) []byte {
	dense := examples.SampleInput()
	dense[k%len(dense)] ^= byte(k/len(dense) + 1)
	in, err := program.Pack(p.InputTensor(), dense)
	if err != nil {
		panic(err)
	}
	return in
}

func (f *fixture) job(user int, p *program.Program, prog uint32, k int) batch.Message {
	in := f.input(p, k)
	return f.st.Job(user, p, prog, in, stftest.JobFee(p, len(in)))
}

// workload returns blocks that exercise the executor: uploads, then blocks of many jobs on
// three programs (one faulting) with duplicates, skipped jobs and other messages mixed in, a
// job on a program uploaded in its own block, and an empty block.
func (f *fixture) workload(t testing.TB, jobsPerBlock int) [][]batch.Message {
	t.Helper()
	st := f.st
	var blocks [][]batch.Message

	// Block 0: the MLP, then a job on it in the same block (not pre-run: the program is not
	// ready when the block starts).
	b0 := st.Upload(1, f.mlp, progMLP, batch.DataHeight(int(f.mlp.Size()))-2)
	b0 = append(b0, f.job(2, f.mlp, progMLP, 0))
	blocks = append(blocks, b0)

	// Block 1: the CNN and the lying program; MLP jobs.
	b1 := st.Upload(2, f.cnn, progCNN, batch.DataHeight(int(f.cnn.Size()))-1)
	b1 = append(b1, st.UploadBytes(3, f.lie, progLie, 12)...)
	for k := range 4 {
		b1 = append(b1, f.job(1+k%4, f.mlp, progMLP, 100+k))
	}
	blocks = append(blocks, b1)

	// Blocks 2 and 3: many jobs on every program, with skips.
	for blk := range 2 {
		var ms []batch.Message
		for k := range jobsPerBlock {
			u := 1 + k%(len(st.Keys)-1)
			switch k % 7 {
			case 0, 1, 2, 3:
				ms = append(ms, f.job(u, f.mlp, progMLP, 1000*blk+k))
			case 4:
				ms = append(ms, f.job(u, f.cnn, progCNN, 1000*blk+k))
			case 5:
				ms = append(ms, st.JobOn(u, batch.DataRoot(f.lie), f.lieSteps, progLie, make([]byte, 32), 1<<40))
			case 6:
				// The same job as the previous MLP one of this user: identical scratch.
				ms = append(ms, f.job(u, f.mlp, progMLP, 1000*blk+k-3))
			}
			switch k % 5 {
			case 1: // maxFee below the fee: skipped at the check, after a pre-run
				in := f.input(f.mlp, 5000+k)
				ms = append(ms, st.Job(u, f.mlp, progMLP, in, stftest.JobFee(f.mlp, len(in))-1))
				st.Rewind(u)
			case 2: // the input is not the signed one
				m := f.job(u, f.mlp, progMLP, 6000+k)
				m.Data = f.input(f.mlp, 6001+k)
				ms = append(ms, m)
				st.Rewind(u)
			case 3: // a nonce already used: skipped, with the scratch of the job just before
				st.Rewind(u)
				last := ms[len(ms)-1]
				if k%7 == 4 {
					ms = append(ms, f.job(u, f.cnn, progCNN, 1000*blk+k))
				} else {
					ms = append(ms, f.job(u, f.mlp, progMLP, 1000*blk+k))
				}
				if k%7 >= 5 {
					ms[len(ms)-1] = last // not a job on the MLP or CNN: just replay the message
				}
			case 4: // an unknown program
				ms = append(ms, f.job(u, f.mlp, 9, 8000+k))
				st.Rewind(u)
			}
		}
		ms = append(ms, st.Withdraw(1, common.HexToAddress("0xdead"), 1000))
		blocks = append(blocks, ms)
	}
	// Block 4: empty. Block 5: two jobs.
	blocks = append(blocks, nil, []batch.Message{f.job(3, f.mlp, progMLP, 9999), f.job(4, f.cnn, progCNN, 9999)})
	return blocks
}

// reference applies blocks sequentially with stf.Bulk and returns the root and the machine's
// registers after each one.
func (f *fixture) reference(t testing.TB, blocks [][]batch.Message) ([]common.Hash, []stf.Regs) {
	t.Helper()
	mem := f.gen.Mem.Snapshot()
	var roots []common.Hash
	var regs []stf.Regs
	for i, ms := range blocks {
		r, err := stf.ApplyBlock(context.Background(), f.gen.Cfg, &stf.MapOracle{}, mem, batch.Block{Timestamp: uint64(i)}, ms,
			stf.Bulk{Backend: bulk.NewCPU(0)})
		if err != nil {
			t.Fatal(err)
		}
		roots, regs = append(roots, mem.Root()), append(regs, r)
	}
	return roots, regs
}

// source returns an in-memory source holding blocks (block i has timestamp i).
func source(t testing.TB, blocks [][]batch.Message) *MemorySource {
	t.Helper()
	s := &MemorySource{}
	for i, ms := range blocks {
		b, err := NewBlock(uint64(i), uint64(i), 0, ms, nil)
		if err != nil {
			t.Fatal(err)
		}
		s.Append(b)
	}
	return s
}

func quietLog() log.Logger { return log.NewLogger(log.DiscardHandler()) }

func testConfig(dir string) Config {
	c := DefaultConfig()
	c.DataDir, c.Sequencer, c.PollInterval, c.Workers = dir, "", 5*time.Millisecond, 2
	return c
}

// waitHead waits until e has applied block n.
func waitHead(t testing.TB, e *Executor, n uint64) {
	t.Helper()
	deadline := time.Now().Add(2 * time.Minute)
	for {
		if h, _, ok := e.Head(); ok && h >= n {
			return
		}
		if err := e.Err(); err != nil {
			t.Fatalf("executor stopped: %v", err)
		}
		if time.Now().After(deadline) {
			t.Fatalf("executor did not reach block %d", n)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// outputRoot is the output root of an output region holding out at its start.
func outputRoot(out []byte) common.Hash {
	m := memory.New()
	m.Write(0, out)
	return m.NodeHash(0, outputHeight)
}
