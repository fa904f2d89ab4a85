package main

import (
	"context"
	"encoding/hex"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"

	"github.com/crollup/crollup/chain/api"
	"github.com/crollup/crollup/chain/client"
	"github.com/crollup/crollup/contracts/bindings"
	"github.com/crollup/crollup/devnet/l1dev"
	"github.com/crollup/crollup/e2e/harness"
)

// runCmd runs crollup with args until the test ends and returns the first match of endpoint in
// its output.
func runCmd(t *testing.T, args []string, endpoint *regexp.Regexp) string {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	var stdout, stderr lockedBuffer
	cmd := newRootCmd(&stdout, &stderr)
	cmd.SetArgs(args)
	done := make(chan error, 1)
	go func() { done <- cmd.ExecuteContext(ctx) }()
	t.Cleanup(func() {
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("crollup %s: %v\n%s", args[0], err, stderr.String())
			}
		case <-time.After(30 * time.Second):
			t.Errorf("crollup %s did not stop", args[0])
		}
	})
	for deadline := time.Now().Add(60 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if m := endpoint.FindStringSubmatch(stdout.String()); m != nil {
			return m[1]
		}
		select {
		case err := <-done:
			done <- err
			t.Fatalf("crollup %s ended: %v\n%s%s", args[0], err, stdout.String(), stderr.String())
		default:
		}
	}
	t.Fatalf("crollup %s printed no endpoint:\n%s%s", args[0], stdout.String(), stderr.String())
	return ""
}

// TestL1Services runs `crollup sequencer`, `crollup batcher` and `crollup executor --source l1`
// against an in-process L1 with the contracts deployed, wired only by flags: a Bridge deposit
// reaches the sequencer, a withdrawal is sequenced, the batcher posts its batch (the sequencer
// then reports it batched) and the L1-only executor executes it.
func TestL1Services(t *testing.T) {
	if testing.Short() {
		t.Skip("starts an L1")
	}
	clearEnv(t)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	l1, err := l1dev.New(l1dev.Config{BlockTime: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	if err := l1.Start(ctx); err != nil {
		t.Fatal(err)
	}
	defer l1.Stop(context.Background())
	ec, err := ethclient.DialContext(ctx, l1.HTTPEndpoint())
	if err != nil {
		t.Fatal(err)
	}
	defer ec.Close()
	keys := l1dev.DevKeys(3)
	keyFiles := make([]string, 2)
	for i := range keyFiles {
		keyFiles[i] = filepath.Join(t.TempDir(), "key")
		if err := os.WriteFile(keyFiles[i], []byte(hex.EncodeToString(crypto.FromECDSA(keys[i]))+"\n"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	keyFile := keyFiles[1]
	// The contracts, deployed by the command.
	out, _, err := execute(t, []string{"deploy", "--l1-rpc", l1.HTTPEndpoint(), "--key-file", keyFiles[0],
		"--batcher", crypto.PubkeyToAddress(keys[1].PublicKey).Hex(), "--force-inclusion-delay", "1h"})
	if err != nil {
		t.Fatalf("deploy: %v\n%s", err, out)
	}
	m := regexp.MustCompile(`Inbox +(0x[0-9a-fA-F]{40})\nBridge +(0x[0-9a-fA-F]{40})`).FindStringSubmatch(out)
	if m == nil {
		t.Fatalf("deploy printed no addresses:\n%s", out)
	}
	addrs := struct{ Inbox, Bridge common.Address }{common.HexToAddress(m[1]), common.HexToAddress(m[2])}
	l1Args := []string{"--l1-rpc", l1.HTTPEndpoint(), "--inbox", addrs.Inbox.Hex()}
	derive := append([]string{"--l1-beacon", l1.BeaconEndpoint(), "--l1-bridge", addrs.Bridge.Hex(), "--l1-confirmations", "1"}, l1Args...)
	seqURL := runCmd(t, append([]string{"sequencer", "--rpc-port", "0", "--data-dir", t.TempDir(), "--block-time", "200ms",
		"--batch-age", "1s", "--log.level", "warn"}, derive...), regexp.MustCompile(`JSON-RPC (http://\S+),`))
	runCmd(t, append([]string{"batcher", "--sequencer", seqURL, "--key-file", keyFile, "--poll-interval", "200ms", "--log.level", "warn"}, l1Args...),
		regexp.MustCompile(`(batcher: posting)`))
	exeURL := runCmd(t, append([]string{"executor", "--source", "l1", "--rpc-port", "0", "--data-dir", t.TempDir(), "--poll-interval", "200ms",
		"--log.level", "warn"}, derive...), regexp.MustCompile(`JSON-RPC (http://\S+),`))

	// A deposit through the Bridge, then a withdrawal from the new account.
	user := keys[2]
	br := bindings.NewBridge()
	opts := bind.NewKeyedTransactor(user, l1.ChainID())
	opts.Context, opts.Value = ctx, big.NewInt(params.Ether)
	tx, err := bind.Transact(br.Instance(ec, addrs.Bridge), opts, br.PackDeposit(crypto.PubkeyToAddress(user.PublicKey)))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := bind.WaitMined(ctx, ec, tx.Hash()); err != nil {
		t.Fatal(err)
	}
	seq, err := client.Dial(ctx, seqURL)
	if err != nil {
		t.Fatal(err)
	}
	defer seq.Close()
	var acc *api.Account
	harness.WaitFor(ctx, t, "the deposit at the sequencer", func() bool {
		acc, err = seq.GetAccount(ctx, crypto.PubkeyToAddress(user.PublicKey))
		return err == nil
	})
	cfg, err := seq.ChainConfig(ctx)
	if err != nil {
		t.Fatal(err)
	}
	// The withdrawal, through `crollup withdraw send`.
	userKey := hex.EncodeToString(crypto.FromECDSA(user))
	out, _, err = execute(t, []string{"withdraw", "send", "--to", "0x000000000000000000000000000000000000dEaD", "--amount", "12345",
		"--key", userKey, "--sequencer", seqURL})
	mh := regexp.MustCompile(`withdrawal (0x[0-9a-f]{64}): admitted \(account (\d+), nonce 0, 12345 wei to 0x000000000000000000000000000000000000dEaD, fee (\d+) wei\)`).FindStringSubmatch(out)
	if err != nil || mh == nil || mh[2] != fmt.Sprint(uint64(acc.Index)) || mh[3] != fmt.Sprint(uint64(cfg.FlatPrice)) {
		t.Fatalf("withdraw send: %v\n%s", err, out)
	}
	h := common.HexToHash(mh[1])
	var j *api.Job
	harness.WaitFor(ctx, t, "the withdrawal batched", func() bool {
		j, err = seq.GetJob(ctx, h)
		return err == nil && j.Status == api.StatusBatched
	})
	if j.L1Tx == nil || len(j.BlobHashes) == 0 {
		t.Fatalf("batched without its L1 record: %+v", j)
	}
	exe, err := client.Dial(ctx, exeURL)
	if err != nil {
		t.Fatal(err)
	}
	defer exe.Close()
	harness.WaitFor(ctx, t, "the withdrawal executed from L1", func() bool {
		x, err := exe.GetJob(ctx, h)
		return err == nil && x.Status == api.StatusExecuted && x.Receipt != nil && x.Receipt.Skip == "applied" && uint64(*x.Block) == uint64(*j.Block)
	})
	// Finalizing needs a confirmed assertion, and there is none: nothing is sent.
	out, _, err = execute(t, []string{"withdraw", "finalize", "--index", "0", "--key", userKey, "--l1-rpc", l1.HTTPEndpoint(),
		"--l1-bridge", addrs.Bridge.Hex(), "--executor", exeURL})
	if err == nil || !strings.Contains(err.Error(), "no assertion is confirmed yet") {
		t.Fatalf("withdraw finalize without a confirmed assertion: %v\n%s", err, out)
	}
	// `crollup job status` merges the executor's record with the sequencer's L1 fields.
	st, _, err := execute(t, []string{"job", "status", h.Hex(), "--sequencer", seqURL, "--executor", exeURL})
	if err != nil || !strings.Contains(st, `"status": "batched"`) || !strings.Contains(st, j.L1Tx.Hex()) || !strings.Contains(st, `"receipt"`) {
		t.Fatalf("job status: %v\n%s", err, st)
	}
	out, _, err = execute(t, []string{"batcher", "--help"})
	if err != nil || !strings.Contains(out, "--key-file") || !strings.Contains(out, "Inbox.batchCount()") {
		t.Fatalf("batcher --help: %v\n%s", err, out)
	}
}

// TestDeployRefuses checks that deploy names the bad or missing argument before it touches L1.
func TestDeployRefuses(t *testing.T) {
	clearEnv(t)
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"deploy"}, "--l1-rpc is required"},
		{[]string{"deploy", "--l1-rpc", "http://127.0.0.1:1"}, "--key-file is required"},
		{[]string{"deploy", "--l1-rpc", "http://127.0.0.1:1", "--key-file", "k", "--batcher", "0x12"}, "--batcher: want"},
		{[]string{"deploy", "--l1-rpc", "http://127.0.0.1:1", "--key-file", "k", "--batcher", "0x2c7536E3605D9C16a7a3D7b1898e529396a65c23",
			"--force-inclusion-delay", "1500ms"}, "whole seconds"},
	} {
		_, _, err := execute(t, c.args)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%v: %v, want %q", c.args, err, c.want)
		}
	}
}
