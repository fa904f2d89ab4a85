package e2e

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/crollup/crollup/chain/batch"
	"github.com/crollup/crollup/chain/client"
	"github.com/crollup/crollup/chain/genesis"
	"github.com/crollup/crollup/cmd/crollup/config"
	"github.com/crollup/crollup/e2e/harness"
	"github.com/crollup/crollup/fraudvm/program/examples"
)

// TestCrashRecovery runs `crollup sequencer` and `crollup executor` as real processes under a
// load of signed jobs and withdrawals from several senders, kills each with SIGKILL several
// times at random points, and restarts them on their data dirs. In the end every message the
// sequencer acknowledged is in exactly one block, no message is in two, and the executor's state
// root after every block equals a reference computed in this process from genesis over the same
// blocks.
func TestCrashRecovery(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the crollup binary")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	seed := uint64(time.Now().UnixNano())
	rng := rand.New(rand.NewPCG(seed, 7))
	t.Logf("seed %d", seed)

	dir := t.TempDir()
	bin := harness.BuildCrollup(t, dir)

	const users = 4
	var keys []*client.Signer
	var accs []string
	for i := 0; i < users; i++ {
		k, _ := crypto.ToECDSA(crypto.Keccak256([]byte(fmt.Sprintf("crash test key %d", i))))
		keys = append(keys, &client.Signer{Key: k, Account: uint32(i)})
		accs = append(accs, fmt.Sprintf("%s=%d", crypto.PubkeyToAddress(k.PublicKey), uint64(1)<<60))
	}
	// The services get the accounts as a flag; the reference genesis reads them the same way.
	flagCfg := config.Default().Chain
	flagCfg.Accounts = strings.Join(accs, ",")
	chainCfg, err := flagCfg.Genesis()
	if err != nil {
		t.Fatal(err)
	}
	gen, err := genesis.New(chainCfg)
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range keys {
		k.Domain = gen.Cfg.Domain
	}
	seqPort, exePort := harness.FreePort(t), harness.FreePort(t)
	seqURL, exeURL := fmt.Sprintf("http://127.0.0.1:%d", seqPort), fmt.Sprintf("http://127.0.0.1:%d", exePort)
	seq := &harness.Proc{T: t, Bin: bin, Log: filepath.Join(dir, "sequencer.log"), Args: []string{"sequencer", "--data-dir", filepath.Join(dir, "seq"),
		"--rpc-port", fmt.Sprint(seqPort), "--block-time", "100ms", "--accounts", flagCfg.Accounts}}
	exe := &harness.Proc{T: t, Bin: bin, Log: filepath.Join(dir, "executor.log"), Args: []string{"executor", "--data-dir", filepath.Join(dir, "exe"),
		"--rpc-port", fmt.Sprint(exePort), "--sequencer", seqURL, "--poll-interval", "50ms", "--accounts", flagCfg.Accounts}}
	seq.Start()
	exe.Start()
	defer func() {
		seq.Stop()
		exe.Stop()
		if t.Failed() {
			for _, f := range []string{seq.Log, exe.Log} {
				b, _ := os.ReadFile(f)
				t.Logf("%s:\n%s", f, b[max(0, len(b)-4000):])
			}
		}
	}()
	harness.WaitUp(ctx, t, seqURL, func(c *client.Client) error { _, err := c.ChainConfig(ctx); return err })

	// A program for the jobs: the MLP, uploaded by user 0 before the load starts.
	p := examples.MLP()
	input := make([]byte, 64)
	input[3] = 9
	chunks, err := keys[0].Upload(p.Bytes(), 14, uint256.NewInt(1<<50), 0) // fee + heap deposit
	if err != nil {
		t.Fatal(err)
	}
	sc, err := client.Dial(ctx, seqURL)
	if err != nil {
		t.Fatal(err)
	}
	for _, ch := range chunks {
		if _, err := sc.Send(ctx, ch.Signed, 0, ch.Data); err != nil {
			t.Fatal(err)
		}
	}
	sc.Close()

	// The load: each user sends jobs and withdrawals in turn; an error (the sequencer is down, or
	// died before answering) means re-reading the nonce from the sequencer once it is back.
	var mu sync.Mutex
	acked := map[common.Hash]int{}
	stop := make(chan struct{})
	var wg sync.WaitGroup
	for u := range users {
		wg.Add(1)
		go func(u int) {
			defer wg.Done()
			k := keys[u]
			var c *client.Client
			nonce, known := uint64(0), false
			for i := 0; ; i++ {
				select {
				case <-stop:
					if c != nil {
						c.Close()
					}
					return
				default:
				}
				if c == nil {
					var err error
					if c, err = client.Dial(ctx, seqURL); err != nil {
						c = nil
						time.Sleep(20 * time.Millisecond)
						continue
					}
				}
				if !known {
					acc, err := c.GetAccount(ctx, k.Address())
					if err != nil {
						c.Close()
						c = nil
						time.Sleep(20 * time.Millisecond)
						continue
					}
					nonce, known = uint64(acc.Nonce), true
				}
				var err error
				var program uint32
				var data []byte
				signed, serr := k.Withdraw(k.Address(), uint256.NewInt(1), uint256.NewInt(1000), nonce)
				if i%3 == 0 {
					signed, serr = k.Job(p.Root(), p.Steps(), input, uint256.NewInt(1<<40), nonce)
					data = input
				}
				if serr != nil {
					t.Error(serr)
					return
				}
				e, _ := batch.FromSigned(signed, program, data)
				h, err := c.Send(ctx, signed, program, data)
				if err != nil {
					var re *client.Error
					if !errors.As(err, &re) { // a transport error: the sequencer may be down
						c.Close()
						c = nil
					}
					known = false
					time.Sleep(10 * time.Millisecond)
					continue
				}
				if h != e.Hash() {
					t.Errorf("the sequencer answered hash %s for message %s", h, e.Hash())
				}
				mu.Lock()
				acked[h]++
				mu.Unlock()
				nonce++
			}
		}(u)
	}

	// Kill each service several times under load.
	kills := map[string]int{}
	for round := 0; round < 6; round++ {
		time.Sleep(time.Duration(300+rng.IntN(1200)) * time.Millisecond)
		victim := seq
		name := "sequencer"
		if round%3 == 2 {
			victim, name = exe, "executor"
		}
		victim.Kill()
		kills[name]++
		time.Sleep(time.Duration(rng.IntN(300)) * time.Millisecond)
		victim.Start()
	}
	time.Sleep(500 * time.Millisecond)
	close(stop)
	wg.Wait()

	// Wait for the sequencer to put everything in blocks and the executor to catch up.
	c, err := client.Dial(ctx, seqURL)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	var head uint64
	for {
		h1, err1 := c.BlockNumber(ctx)
		time.Sleep(400 * time.Millisecond) // > block time: nothing pending is left once it is stable
		h2, err2 := c.BlockNumber(ctx)
		if err1 == nil && err2 == nil && h1 == h2 {
			head = h2
			break
		}
		if ctx.Err() != nil {
			t.Fatal("the sequencer did not settle")
		}
	}
	harness.WaitUp(ctx, t, exeURL, func(e *client.Client) error {
		n, err := e.BlockNumber(ctx)
		if err == nil && n < head {
			err = fmt.Errorf("executor at block %d of %d", n, head)
		}
		return err
	})

	// Every acknowledged message in exactly one block; no message twice; the executor's roots
	// equal a reference computed here from genesis.
	e, err := client.Dial(ctx, exeURL)
	if err != nil {
		t.Fatal(err)
	}
	defer e.Close()
	seen := harness.CheckRoots(ctx, t, gen, c, head, e)
	harness.CheckAcked(t, seen, acked)
	if len(acked) < 20 || kills["sequencer"] < 3 {
		t.Fatalf("too little happened: %d acknowledged, kills %v", len(acked), kills)
	}
	t.Logf("%d messages acknowledged, %d sequenced in %d blocks; kills %v; every executor root matches", len(acked), len(seen), head+1, kills)
}
