package sequencer

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/log"
	"github.com/holiman/uint256"

	"github.com/crollup/crollup/chain/api"
	"github.com/crollup/crollup/chain/batch"
	"github.com/crollup/crollup/chain/client"
	"github.com/crollup/crollup/chain/genesis"
	"github.com/crollup/crollup/chain/layout"
	"github.com/crollup/crollup/chain/msg"
	"github.com/crollup/crollup/chain/stf"
	"github.com/crollup/crollup/chain/stf/stftest"
	"github.com/crollup/crollup/fraudvm/program"
	"github.com/crollup/crollup/fraudvm/program/examples"
)

// Test chains use stftest's keys and domain (chain id 42069 and its Inbox) and prices; user i
// owns genesis account i, and account 0 is the fee recipient.
const testInbox = "0x1000000000000000000000000000000000000001"

// env is a running sequencer with funded users and an RPC client.
type env struct {
	t      testing.TB
	keys   *stftest.Chain
	gen    *genesis.Chain
	cfg    Config
	seq    *Sequencer
	c      *client.Client
	users  []*client.Signer
	nonces []uint64
}

// testChain is the genesis of a test chain whose user i has balances[i] wei.
func testChain(t testing.TB, balances ...uint64) (*stftest.Chain, *genesis.Chain) {
	return testChainWith(t, nil, balances...)
}

// testChainWith is testChain with the genesis configuration changed by edit (if not nil).
func testChainWith(t testing.TB, edit func(*genesis.Config), balances ...uint64) (*stftest.Chain, *genesis.Chain) {
	t.Helper()
	keys, err := stftest.New(len(balances))
	if err != nil {
		t.Fatal(err)
	}
	var accs []genesis.Account
	for i, b := range balances {
		accs = append(accs, genesis.Account{Address: keys.Addr(i), Balance: uint256.NewInt(b)})
	}
	gc := genesis.Config{ChainID: 42069, Inbox: common.HexToAddress(testInbox), StepPrice: stftest.StepPrice,
		BytePrice: stftest.BytePrice, FlatPrice: stftest.FlatPrice, HeapPrice: stftest.HeapPrice, Accounts: accs}
	if edit != nil {
		edit(&gc)
	}
	gen, err := genesis.New(gc)
	if err != nil {
		t.Fatal(err)
	}
	if gen.Cfg.Domain != keys.Cfg.Domain {
		t.Fatalf("genesis domain %+v, stftest signs for %+v", gen.Cfg.Domain, keys.Cfg.Domain)
	}
	return keys, gen
}

// testConfig is a sequencer config for tests: in memory, any port, blocks only when asked for
// (a long block time) unless the test changes it.
func testConfig() Config {
	c := DefaultConfig()
	c.BlockTime = time.Hour
	return c
}

func testLogger(t testing.TB) log.Logger {
	if testing.Verbose() {
		return log.NewLogger(log.NewTerminalHandlerWithLevel(tWriter{t}, log.LevelDebug, false))
	}
	return log.NewLogger(log.DiscardHandler())
}

type tWriter struct{ t testing.TB }

func (w tWriter) Write(p []byte) (int, error) {
	w.t.Log(strings.TrimRight(string(p), "\n"))
	return len(p), nil
}

// newEnv starts a sequencer on a chain with the given user balances.
func newEnv(t testing.TB, cfg Config, balances ...uint64) *env {
	t.Helper()
	return newEnvWith(t, cfg, nil, balances...)
}

// newEnvWith is newEnv with the genesis configuration changed by edit (if not nil).
func newEnvWith(t testing.TB, cfg Config, edit func(*genesis.Config), balances ...uint64) *env {
	t.Helper()
	keys, gen := testChainWith(t, edit, balances...)
	e := &env{t: t, keys: keys, gen: gen, cfg: cfg, nonces: make([]uint64, len(balances))}
	for i := range balances {
		e.users = append(e.users, &client.Signer{Key: keys.Keys[i], Account: uint32(i), Domain: keys.Cfg.Domain})
	}
	e.start()
	return e
}

// start (re)starts the sequencer on e.cfg.
func (e *env) start() {
	e.t.Helper()
	s, err := New(e.cfg, testLogger(e.t), e.gen)
	if err != nil {
		e.t.Fatal(err)
	}
	if err := s.Start(context.Background()); err != nil {
		e.t.Fatal(err)
	}
	c, err := client.Dial(context.Background(), s.RPCEndpoint())
	if err != nil {
		e.t.Fatal(err)
	}
	e.seq, e.c = s, c
	e.t.Cleanup(e.stop)
}

func (e *env) stop() {
	if e.c != nil {
		e.c.Close()
		e.c = nil
	}
	if e.seq != nil && !e.seq.Stopped() {
		if err := e.seq.Stop(context.Background()); err != nil {
			e.t.Error(err)
		}
	}
}

// send sends a signed message; it returns the hash or the server's error.
func (e *env) send(s *msg.Signed, prog uint32, data []byte) (common.Hash, error) {
	return e.c.Send(context.Background(), s, prog, data)
}

// mustSend sends and fails the test if the message is refused.
func (e *env) mustSend(s *msg.Signed, prog uint32, data []byte) common.Hash {
	e.t.Helper()
	h, err := e.send(s, prog, data)
	if err != nil {
		e.t.Fatalf("send %v: %v", s.Kind, err)
	}
	return h
}

// next returns user i's next nonce and counts it as used.
func (e *env) next(i int) uint64 { n := e.nonces[i]; e.nonces[i]++; return n }

// withdraw signs user i's withdrawal with the next nonce (and the exact fee).
func (e *env) withdraw(i int, amount uint64) *msg.Signed {
	e.t.Helper()
	s, err := e.users[i].Withdraw(common.HexToAddress("0xdead"), uint256.NewInt(amount), uint256.NewInt(stftest.FlatPrice), e.next(i))
	if err != nil {
		e.t.Fatal(err)
	}
	return s
}

// job signs user i's job on p with input (memory form), paying exactly its fee.
func (e *env) job(i int, p *program.Program, input []byte) *msg.Signed {
	e.t.Helper()
	s, err := e.users[i].Job(p.Root(), p.Steps(), input, uint256.NewInt(stftest.JobFee(p, len(input))), e.next(i))
	if err != nil {
		e.t.Fatal(err)
	}
	return s
}

// upload sends user i's upload of obj in chunks of height h at the index the sequencer names for
// its root; it stops at the first refusal and returns it.
func (e *env) upload(i int, obj []byte, h uint8) (uint32, []common.Hash, error) {
	e.t.Helper()
	info, err := e.c.GetProgram(context.Background(), batch.DataRoot(obj))
	if err != nil {
		e.t.Fatal(err)
	}
	cc, err := e.c.ChainConfig(context.Background())
	if err != nil {
		e.t.Fatal(err)
	}
	chunks, err := e.users[i].Upload(obj, h, cc.UploadMaxFee(uint64(len(obj)), h), e.nonces[i])
	if err != nil {
		e.t.Fatal(err)
	}
	var hashes []common.Hash
	for _, c := range chunks {
		hash, err := e.send(c.Signed, uint32(info.Index), c.Data)
		if err != nil {
			return uint32(info.Index), hashes, err
		}
		e.nonces[i]++
		hashes = append(hashes, hash)
	}
	return uint32(info.Index), hashes, nil
}

// mlp uploads the example MLP as user i in several chunks and returns it with its index and a
// sample input in memory form.
func (e *env) mlp(i int) (*program.Program, uint32, []byte) {
	e.t.Helper()
	p := examples.MLP()
	idx, _, err := e.upload(i, p.Bytes(), batch.DataHeight(int(p.Size()))-2)
	if err != nil {
		e.t.Fatalf("upload MLP: %v", err)
	}
	input, err := program.Pack(p.InputTensor(), examples.SampleInput())
	if err != nil {
		e.t.Fatal(err)
	}
	return p, idx, input
}

// code returns the JSON-RPC error code of err (0 for nil, -1 for an error without one).
func code(err error) int {
	var ce *client.Error
	if errors.As(err, &ce) {
		return ce.Code
	}
	if err == nil {
		return 0
	}
	return -1
}

// waitBlocks waits until the sequencer has produced block n.
func (e *env) waitBlocks(n uint64) {
	e.t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		if h, err := e.seq.BlockNumber(context.Background()); err == nil && h >= n {
			return
		}
		time.Sleep(5 * time.Millisecond)
	}
	e.t.Fatalf("block %d not produced", n)
}

// produce makes the sequencer produce blocks until nothing durable is pending.
func (e *env) produce() {
	e.t.Helper()
	for {
		more, err := e.seq.produce(context.Background())
		if err != nil {
			e.t.Fatal(err)
		}
		if !more && e.seq.durablePending() == 0 {
			return
		}
	}
}

// replay applies every block the sequencer serves to the genesis state, as an executor in
// accounting mode would, checks that every message in them is applied, and returns the blocks.
func (e *env) replay() []*api.Block {
	e.t.Helper()
	ctx := context.Background()
	mem := e.gen.Mem.Snapshot()
	head, err := e.c.BlockNumber(ctx)
	var ce *client.Error
	if errors.As(err, &ce) && ce.Code == api.CodeUnknown {
		return nil
	}
	if err != nil {
		e.t.Fatal(err)
	}
	var out []*api.Block
	for n := uint64(0); n <= head; n++ {
		b, err := e.c.GetBlock(ctx, n)
		if err != nil {
			e.t.Fatal(err)
		}
		p, err := batch.Decode(b.Payload)
		if err != nil {
			e.t.Fatalf("block %d: %v", n, err)
		}
		if p.Number != n || len(p.Blocks) != 1 || len(p.Msgs) != len(b.Hashes) || uint64(b.Number) != n {
			t := e.t
			t.Fatalf("block %d: payload number %d, %d blocks, %d messages for %d hashes", n, p.Number, len(p.Blocks), len(p.Msgs), len(b.Hashes))
		}
		if len(b.Payload) > e.cfg.MaxBlockBytes || len(p.Msgs) > e.cfg.MaxBlockMessages {
			e.t.Fatalf("block %d: %d bytes, %d messages: over the limits", n, len(b.Payload), len(p.Msgs))
		}
		for i, m := range p.Msgs {
			if _, err := m.Signed(); err != nil {
				e.t.Fatal(err)
			}
			if h := m.Hash(); h != b.Hashes[i] {
				e.t.Fatalf("block %d message %d: hash %s, the entry's %s", n, i, b.Hashes[i], h)
			}
		}
		g, _ := stf.ReadGlobals(mem)
		if _, err := stf.ApplyBlock(ctx, e.gen.Cfg, &stf.MapOracle{}, mem, p.Blocks[0], p.Msgs, stf.SkipJobs{}); err != nil {
			e.t.Fatal(err)
		}
		for i := range p.Msgs {
			rc, _ := layout.DecodeReceipt(mem.ReadLeaf(layout.ReceiptAddr(g.Messages + uint64(i))))
			if rc.Skip != layout.Applied {
				e.t.Fatalf("block %d message %d (%s) is skipped: %s", n, i, b.Hashes[i], rc.Skip)
			}
		}
		out = append(out, b)
	}
	return out
}
