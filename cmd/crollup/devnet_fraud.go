package main

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/crollup/crollup/chain/dispute"
	"github.com/crollup/crollup/chain/dispute/onchain"
	"github.com/crollup/crollup/challenger"
	"github.com/crollup/crollup/challenger/fault"
	"github.com/crollup/crollup/contracts/bindings"
	"github.com/crollup/crollup/devnet"
)

// fraudDemo is `devnet --fraud`: a challenger and a liar that gets a job's output wrong, both
// printing their moves.
type fraudDemo struct {
	say        func(string, ...any)
	d          *devnet.Devnet
	chal, liar *devnet.Disputer

	mu       sync.Mutex
	asserted time.Time // when the liar's first assertion landed
	slashed  bool      // a Slash move was printed
}

// startFraud starts the demo's challenger and liar.
func startFraud(ctx context.Context, say func(string, ...any), d *devnet.Devnet) (*fraudDemo, error) {
	f := &fraudDemo{say: say, d: d}
	onMove := func(x *devnet.Disputer, mv dispute.Move, rc *types.Receipt) {
		if x.Name == "liar" && mv.Kind == "RollupAssert" {
			f.mu.Lock()
			if f.asserted.IsZero() {
				f.asserted = time.Now()
			}
			f.mu.Unlock()
		}
		say("[dispute] %-10s %s", x.Name, x.Svc.Describe(mv, rc))
		if mv.Kind == "Slash" {
			f.mu.Lock()
			f.slashed = true
			f.mu.Unlock()
		}
	}
	var err error
	if f.chal, err = d.StartDisputer(ctx, "challenger", devnet.KeyChallenger, nil, 500*time.Millisecond, onMove); err != nil {
		return nil, err
	}
	lie := fault.JobOutput
	if f.liar, err = d.StartDisputer(ctx, "liar", devnet.KeyLiar, &lie, 500*time.Millisecond, onMove); err != nil {
		return nil, err
	}
	say("[dispute] a challenger (%s) and a liar (%s) are watching: the liar will rival the proposer's assertion over the first job with one whose job output is tampered",
		d.Address(devnet.KeyChallenger), d.Address(devnet.KeyLiar))
	return f, nil
}

// wait returns once the liar's assertion is rejected, its bond slashed and the honest assertion
// beside it confirmed, printing the outcome.
func (f *fraudDemo) wait(ctx context.Context) error {
	liar := onchain.Party(f.d.Address(devnet.KeyLiar))
	rb := bindings.NewRollup()
	inst := rb.Instance(f.d.Client, f.d.Addrs.Rollup)
	var rejected, honest challenger.AssertionView
	err := poll(ctx, 10*time.Minute, func() (bool, error) {
		v := f.chal.Runner.View()
		rejected, honest = challenger.AssertionView{}, challenger.AssertionView{}
		for _, a := range v.Assertions {
			if a.Staker == liar && a.Side == challenger.Wrong && a.Status == dispute.AssertionRejected {
				rejected = a
			}
		}
		if rejected.Staker == "" {
			return false, nil
		}
		for _, a := range v.Assertions {
			if a.Parent == rejected.Parent && a.Side == challenger.Honest && a.Status == dispute.AssertionConfirmed {
				honest = a
			}
		}
		bonded, err := bind.Call(inst, &bind.CallOpts{Context: ctx}, rb.PackBonded(f.d.Address(devnet.KeyLiar)), rb.UnpackBonded)
		// The Rollup says the bond is gone as soon as the slash is mined; the move is printed
		// once its transaction has its confirmations: the outcome comes after it.
		f.mu.Lock()
		printed := f.slashed
		f.mu.Unlock()
		return err == nil && !bonded && printed && honest.Staker != "", nil
	})
	if err != nil {
		return fmt.Errorf("the fraud demo: %w", err)
	}
	f.mu.Lock()
	took := time.Since(f.asserted).Round(time.Second)
	f.mu.Unlock()
	f.say("[dispute] the liar's assertion %s (root %s, the state after %d batches) is rejected and its bond slashed; the honest root %s is confirmed; %s from the wrong assertion to its rejection",
		rejected.ID.TerminalString(), rejected.StateRoot.TerminalString(), rejected.BatchEnd, honest.StateRoot.TerminalString(), took)
	return nil
}
