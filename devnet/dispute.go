package devnet

import (
	"context"
	"errors"
	"time"

	"github.com/ethereum-optimism/optimism/op-service/txmgr"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/crollup/crollup/chain/derive"
	"github.com/crollup/crollup/chain/dispute"
	"github.com/crollup/crollup/challenger"
	"github.com/crollup/crollup/challenger/fault"
	"github.com/crollup/crollup/executor/proposer"
	"github.com/crollup/crollup/fraudvm/bulk"
)

// Dev keys of the fraud demo's parties (StartDisputer), apart from the proposer and the users.
const (
	KeyChallenger = 11
	KeyLiar       = 12
)

// Disputer is a challenger the devnet runs: honest, or a liar getting one step of a fault kind
// wrong (the fraud demo). Its Service derives the chain from L1 alone and mirrors the Rollup.
type Disputer struct {
	Name   string
	Svc    *challenger.Service
	Runner *challenger.Runner
	tm     txmgr.TxManager
	src    *derive.Source
}

// StartDisputer starts a challenger sending from dev key `key`, a round every poll. With lie
// set, it is a liar of that kind (challenger/fault): it rivals the first honest assertion over a
// batch with a step of the kind with its own, and defends it. Set Svc.OnMove before moves
// matter: the first round runs at once. Stop stops it (Stop of the devnet does too).
func (d *Devnet) StartDisputer(ctx context.Context, name string, key int, lie *fault.Kind, poll time.Duration, onMove func(*Disputer, dispute.Move, *types.Receipt)) (*Disputer, error) {
	if d.Addrs.Rollup == (common.Address{}) {
		return nil, errors.New("devnet: no Rollup (the data dir's contracts predate it)")
	}
	src, err := derive.NewSource(ctx, derive.Config{L1RPC: d.L1.HTTPEndpoint(), BeaconURL: d.L1.BeaconEndpoint(), Inbox: d.Addrs.Inbox,
		Bridge: d.Addrs.Bridge, Log: d.cfg.Log})
	if err != nil {
		return nil, err
	}
	w, err := challenger.NewWatch(ctx, src, d.Chain.Cfg, d.Chain.Mem, bulk.NewCPU(0), d.Client, d.Addrs.Rollup, 0)
	if err != nil {
		src.Close()
		return nil, err
	}
	lg := d.cfg.Log.New("svc", name)
	tm, err := proposer.NewTxManager(d.L1.HTTPEndpoint(), d.Keys[key], 1, 250*time.Millisecond, lg, nil)
	if err != nil {
		src.Close()
		return nil, err
	}
	x := &Disputer{Name: name, tm: tm, src: src}
	x.Svc = w.Service(lg, tm)
	x.Svc.Nonces = d.Client
	if lie != nil {
		fault.Liar(x.Svc, w.Chain, *lie, func() dispute.Params { return w.Mirror.M.P })
	}
	if onMove != nil {
		x.Svc.OnMove = func(mv dispute.Move, rc *types.Receipt) { onMove(x, mv, rc) }
	}
	rcfg := challenger.DefaultRunnerConfig()
	rcfg.PollInterval, rcfg.MetricsPort = poll, 0
	if x.Runner, err = challenger.NewRunner(rcfg, lg, x.Svc, nil); err != nil {
		x.close()
		return nil, err
	}
	if err := x.Runner.Start(ctx); err != nil {
		x.close()
		return nil, err
	}
	d.disputers = append(d.disputers, x)
	return x, nil
}

func (x *Disputer) close() {
	x.tm.Close()
	x.src.Close()
}

// Stop stops the disputer's rounds and releases what it holds; it may be called again.
func (x *Disputer) Stop(ctx context.Context) error {
	if x.Runner.Stopped() {
		return nil
	}
	err := x.Runner.Stop(ctx)
	x.close()
	return err
}
