package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/ethereum-optimism/optimism/op-service/txmgr"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/crollup/crollup/challenger"
	"github.com/crollup/crollup/executor/proposer"
	"github.com/crollup/crollup/fraudvm/bulk"
)

// challengerParts is a Service over L1 with what it holds open.
type challengerParts struct {
	svc    *challenger.Service
	rollup common.Address
	closer []func()
}

func (p *challengerParts) close() {
	for i := len(p.closer) - 1; i >= 0; i-- {
		p.closer[i]()
	}
}

// newChallengerParts builds a challenger Service from the configuration: its chain derived from
// L1 (l1.*, chain.*), its mirror of the Rollup found through l1.bridge, sending through tx (nil:
// a read-only service from the key file's address, or from none, for list and show).
func newChallengerParts(ctx context.Context, a *app, tx challenger.Sender) (*challengerParts, error) {
	if common.HexToAddress(a.cfg.L1.Bridge) == (common.Address{}) {
		return nil, errors.New("the challenger needs --l1-bridge: the Rollup is found through the Bridge")
	}
	_, gen, err := a.genesis()
	if err != nil {
		return nil, err
	}
	p := &challengerParts{}
	src, err := l1Source(ctx, a)
	if err != nil {
		return nil, err
	}
	p.closer = append(p.closer, src.Close)
	ec, err := ethclient.DialContext(ctx, a.cfg.L1.RPC)
	if err != nil {
		p.close()
		return nil, err
	}
	p.closer = append(p.closer, ec.Close)
	if p.rollup, err = rollupOf(ctx, ec, common.HexToAddress(a.cfg.L1.Bridge)); err != nil {
		p.close()
		return nil, err
	}
	w, err := challenger.NewWatch(ctx, src, gen.Cfg, gen.Mem, bulk.NewCPU(a.cfg.VM.Workers), ec, p.rollup, a.cfg.Challenger.FromBlock)
	if err != nil {
		p.close()
		return nil, fmt.Errorf("%w (chain.*: give the chain's settings)", err)
	}
	if tx == nil {
		var from common.Address
		if a.cfg.Challenger.KeyFile != "" {
			key, err := readKeyFile(a.cfg.Challenger.KeyFile)
			if err != nil {
				p.close()
				return nil, err
			}
			from = crypto.PubkeyToAddress(key.PublicKey)
		}
		tx = readOnly(from)
	}
	p.svc = w.Service(a.log.New("svc", "challenger"), tx)
	p.svc.Nonces = ec
	return p, nil
}

// readOnly is the Sender of a service that only reads.
type readOnly common.Address

func (r readOnly) From() common.Address { return common.Address(r) }

func (readOnly) Send(context.Context, txmgr.TxCandidate) (*types.Receipt, error) {
	return nil, errors.New("read-only: this command sends nothing")
}

func (readOnly) SendAsync(_ context.Context, _ txmgr.TxCandidate, ch chan txmgr.SendResponse) {
	ch <- txmgr.SendResponse{Err: errors.New("read-only: this command sends nothing")}
}

// runChallenger runs `crollup challenger` until ctx is cancelled.
func runChallenger(ctx context.Context, a *app) error {
	c := a.cfg.Challenger
	rcfg, err := a.cfg.ChallengerConfig()
	if err != nil {
		return err
	}
	switch {
	case a.cfg.L1.RPC == "":
		return errors.New("the challenger needs --l1-rpc and --l1-beacon")
	case c.KeyFile == "":
		return errors.New("the challenger needs --key-file: the hex private key it sends moves from")
	case c.DataDir == "":
		return errors.New("the challenger needs --data-dir for its journal of moves")
	}
	key, err := readKeyFile(c.KeyFile)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(c.DataDir, 0o755); err != nil {
		return err
	}
	journal, err := challenger.OpenJournal(filepath.Join(c.DataDir, "journal"))
	if err != nil {
		return err
	}
	defer journal.Close()
	lg := a.log.New("svc", "challenger")
	tm, err := proposer.NewTxManager(a.cfg.L1.RPC, key, c.Confirmations, 0, lg, nil)
	if err != nil {
		return err
	}
	defer tm.Close()
	parts, err := newChallengerParts(ctx, a, tm)
	if err != nil {
		return err
	}
	defer parts.close()
	parts.svc.Journal = journal
	r, err := challenger.NewRunner(rcfg, lg, parts.svc, challenger.NewMetrics(nil, c.LowClock))
	if err != nil {
		return err
	}
	return runService(ctx, "challenger", r, stopTimeout, func() {
		metrics := ""
		if ep := r.MetricsEndpoint(); ep != "" {
			metrics = ", metrics and /healthz on " + ep
		}
		fmt.Fprintf(a.out, "challenger: watching Rollup %s from %s, journal in %s%s\n", parts.rollup, tm.From(), c.DataDir, metrics)
	})
}

// listAssertions prints the Rollup's assertions as the challenger judges them.
func listAssertions(ctx context.Context, a *app) error {
	return readOnlyView(ctx, a, func(p *challengerParts) error {
		challenger.WriteAssertions(a.out, p.svc.View())
		return nil
	})
}

// readOnlyView runs f on a read-only challenger brought up to L1 (list, show).
func readOnlyView(ctx context.Context, a *app, f func(*challengerParts) error) error {
	p, err := newChallengerParts(ctx, a, nil)
	if err != nil {
		return err
	}
	defer p.close()
	if err := p.svc.Sync(ctx); err != nil {
		return err
	}
	return f(p)
}

// showAssertion prints the claim tree of an assertion's game; the assertion may be given by a
// prefix of its ID as list prints it.
func showAssertion(ctx context.Context, a *app, arg string) error {
	want := strings.ToLower(strings.TrimPrefix(arg, "0x"))
	if len(want) < 4 {
		return fmt.Errorf("assertion %q: give at least 4 hex digits of its ID", arg)
	}
	return readOnlyView(ctx, a, func(p *challengerParts) error {
		var found []common.Hash
		for _, av := range p.svc.View().Assertions {
			if strings.HasPrefix(strings.TrimPrefix(av.ID.Hex(), "0x"), want) {
				found = append(found, av.ID)
			}
		}
		switch len(found) {
		case 0:
			return fmt.Errorf("no assertion %s on Rollup %s (crollup challenger list shows them)", arg, p.rollup)
		case 1:
			p.svc.WriteClaims(a.out, found[0])
			return nil
		}
		return fmt.Errorf("%d assertions start with %s: give more digits", len(found), arg)
	})
}
