package main

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/holiman/uint256"
	"github.com/spf13/cobra"

	"github.com/crollup/crollup/chain/client"
	"github.com/crollup/crollup/chain/withdrawal"
	"github.com/crollup/crollup/contracts/bindings"
)

type withdrawSendOptions struct {
	clientOptions
	To     string
	Amount string
	MaxFee string
	Wait   time.Duration
}

type withdrawFinalizeOptions struct {
	clientOptions
	Index     uint64
	FromBlock uint64
}

func newWithdrawCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "withdraw",
		Short: "Move ETH from crollup back to L1: send a withdrawal, then finalize it on L1",
		Long: `A withdrawal takes two steps. 'send' signs a Withdraw message: the chain debits the amount
and the fee from your account and records the withdrawal (its index is in the receipt). Once an
assertion covering that batch is confirmed on L1 (after the challenge period), 'finalize' fetches
the withdrawal's proofs against the confirmed state root from an executor and sends
Bridge.finalizeWithdrawal, which pays the amount to the recipient, once.`,
		RunE: groupRunE,
	}
	cmd.AddCommand(newWithdrawSendCmd(), newWithdrawFinalizeCmd(), newWithdrawBondCmd())
	return cmd
}

func newWithdrawBondCmd() *cobra.Command {
	var opts clientOptions
	cmd := &cobra.Command{
		Use:   "bond --key HEX --l1-rpc URL --l1-bridge ADDRESS",
		Short: "Take a proposer's bond and credits back from the Rollup",
		Long: `Bond returns the assertion bond of the L1 key --key once its latest assertion is confirmed
(Rollup.returnBond), then pays out everything the Rollup credits it (Rollup.withdraw): the bond,
and the rewards of disputes it won. A bond on a pending assertion is refused with the reason:
stop proposing, wait for the confirmation, and run it again.`,
		Args: cobra.NoArgs,
		RunE: withApp(func(ctx context.Context, a *app, _ []string) error {
			return withdrawBond(ctx, a, opts)
		}),
	}
	cmd.Flags().StringVar(&opts.Key, "key", "", "the proposer's L1 private key, hex (env CROLLUP_KEY)")
	l1Flags(cmd.Flags())
	return cmd
}

func newWithdrawSendCmd() *cobra.Command {
	var opts withdrawSendOptions
	cmd := &cobra.Command{
		Use:   "send --to ADDRESS --amount WEI --key HEX",
		Short: "Sign and send a withdrawal",
		Long: `Send signs a Withdraw of --amount wei to the L1 address --to and sends it to the sequencer.
The fee is the flat price (compute_chainConfig); --max-fee raises the limit signed. With --wait,
it follows the message until it is executed and prints the withdrawal index 'finalize' takes.`,
		Args: cobra.NoArgs,
		RunE: withApp(func(ctx context.Context, a *app, _ []string) error {
			return withdrawSend(ctx, a, opts)
		}),
	}
	opts.bind(cmd, true)
	fs := cmd.Flags()
	fs.StringVar(&opts.To, "to", "", "the L1 recipient")
	fs.StringVar(&opts.Amount, "amount", "", "wei to withdraw")
	fs.StringVar(&opts.MaxFee, "max-fee", "", "the most fee to pay, in wei (default: the exact fee)")
	fs.DurationVar(&opts.Wait, "wait", 0, "follow the withdrawal until executed, up to this long")
	return cmd
}

func newWithdrawFinalizeCmd() *cobra.Command {
	var opts withdrawFinalizeOptions
	cmd := &cobra.Command{
		Use:   "finalize --index N --key HEX --l1-rpc URL --l1-bridge ADDRESS",
		Short: "Pay a withdrawal on L1 once an assertion covering it is confirmed",
		Long: `Finalize finds the Rollup's newest confirmed assertion (from its L1 logs, from --from-block),
asks the executor for withdrawal --index's proofs against that assertion's state root
(compute_getWithdrawal), checks them as the Bridge will, and sends Bridge.finalizeWithdrawal from
the L1 key --key. Anyone may send it: the ETH goes to the withdrawal's recipient. A withdrawal
not yet covered by a confirmed assertion, or paid already, is refused with the reason, and
nothing is sent.`,
		Args: cobra.NoArgs,
		RunE: withApp(func(ctx context.Context, a *app, _ []string) error {
			return withdrawFinalize(ctx, a, opts)
		}),
	}
	opts.bind(cmd, true)
	fs := cmd.Flags()
	fs.Uint64Var(&opts.Index, "index", 0, "the withdrawal index (the receipt's index)")
	fs.Uint64Var(&opts.FromBlock, "from-block", 0, "the L1 block to scan the Rollup's logs from (its deployment block)")
	l1Flags(fs)
	if err := cmd.MarkFlagRequired("index"); err != nil {
		panic(err)
	}
	return cmd
}

func withdrawSend(ctx context.Context, a *app, opts withdrawSendOptions) error {
	if !common.IsHexAddress(opts.To) {
		return fmt.Errorf("--to: want the L1 recipient's 0x address, got %q", opts.To)
	}
	amount, err := uint256.FromDecimal(opts.Amount)
	if err != nil || amount.IsZero() {
		return fmt.Errorf("--amount: want a positive amount of wei in decimal, got %q", opts.Amount)
	}
	c, signer, cfg, acc, err := signerFor(ctx, opts.clientOptions)
	if err != nil {
		return err
	}
	defer c.Close()
	fee := uint256.NewInt(uint64(cfg.FlatPrice))
	limit, err := maxFee(opts.MaxFee, fee)
	if err != nil {
		return err
	}
	s, err := signer.Withdraw(common.HexToAddress(opts.To), amount, limit, uint64(acc.Nonce))
	if err != nil {
		return err
	}
	hash, err := c.Send(ctx, s, 0, nil)
	if err != nil {
		return err
	}
	fmt.Fprintf(a.out, "withdrawal %s: admitted (account %d, nonce %d, %v wei to %s, fee %v wei)\n", hash, acc.Index,
		uint64(acc.Nonce), amount, common.HexToAddress(opts.To), fee)
	if opts.Wait <= 0 {
		return nil
	}
	if err := follow(ctx, a, opts.clientOptions, hash, opts.Wait); err != nil {
		return err
	}
	j, err := status(ctx, opts.clientOptions, hash)
	if err != nil {
		return err
	}
	if j.Receipt != nil && j.Receipt.Skip == "applied" && j.Batch != nil {
		fmt.Fprintf(a.out, "withdrawal index %d: finalize it on L1 once an assertion covering batch %d is confirmed\n",
			uint64(j.Receipt.Index), uint64(*j.Batch))
	}
	return nil
}

func withdrawBond(ctx context.Context, a *app, opts clientOptions) error {
	ec, bridge, err := dialBridge(ctx, a)
	if err != nil {
		return err
	}
	defer ec.Close()
	key, err := opts.key()
	if err != nil {
		return err
	}
	rollup, err := rollupOf(ctx, ec, bridge)
	if err != nil {
		return err
	}
	chainID, err := ec.ChainID(ctx)
	if err != nil {
		return err
	}
	paid, err := withdrawal.ReturnBond(ctx, ec, bind.NewKeyedTransactor(key, chainID), rollup)
	if err != nil {
		return err
	}
	fmt.Fprintf(a.out, "paid %v wei to %s from the Rollup %s\n", paid, crypto.PubkeyToAddress(key.PublicKey), rollup)
	return nil
}

// dialBridge dials l1.rpc and returns the Bridge at l1.bridge.
func dialBridge(ctx context.Context, a *app) (*ethclient.Client, common.Address, error) {
	l1 := a.cfg.L1
	if l1.RPC == "" {
		return nil, common.Address{}, errors.New("--l1-rpc is required")
	}
	bridge := common.HexToAddress(l1.Bridge)
	if bridge == (common.Address{}) {
		return nil, common.Address{}, errors.New("--l1-bridge is required: the Bridge's address")
	}
	ec, err := ethclient.DialContext(ctx, l1.RPC)
	return ec, bridge, err
}

// rollupOf reads the Rollup the Bridge pays against.
func rollupOf(ctx context.Context, ec *ethclient.Client, bridge common.Address) (common.Address, error) {
	bb := bindings.NewBridge()
	rollup, err := bind.Call(bb.Instance(ec, bridge), &bind.CallOpts{Context: ctx}, bb.PackRollup(), bb.UnpackRollup)
	if err != nil {
		return common.Address{}, fmt.Errorf("Bridge %s: rollup(): %w", bridge, err)
	}
	return rollup, nil
}

func withdrawFinalize(ctx context.Context, a *app, opts withdrawFinalizeOptions) error {
	key, err := opts.key() // the L1 key that sends the transaction
	if err != nil {
		return err
	}
	ec, bridge, err := dialBridge(ctx, a)
	if err != nil {
		return err
	}
	defer ec.Close()
	rollup, err := rollupOf(ctx, ec, bridge)
	if err != nil {
		return err
	}
	asn, err := withdrawal.LatestConfirmed(ctx, ec, rollup, opts.FromBlock)
	if err != nil {
		return err
	}
	exec, err := client.Dial(ctx, opts.Executor)
	if err != nil {
		return err
	}
	defer exec.Close()
	w, err := exec.GetWithdrawal(ctx, opts.Index, asn.BatchEnd)
	if err != nil {
		hint := ""
		if client.NotFound(err) {
			hint = "; wait until an assertion covering the withdrawal's batch is confirmed"
		}
		return fmt.Errorf("withdrawal %d against the newest confirmed assertion %s (the state after %d batches, confirmed at L1 block %d): %w%s",
			opts.Index, asn.ID, asn.BatchEnd, asn.L1Block, err, hint)
	}
	chainID, err := ec.ChainID(ctx)
	if err != nil {
		return err
	}
	r, err := withdrawal.Finalize(ctx, ec, bind.NewKeyedTransactor(key, chainID), bridge, asn, w)
	if err != nil {
		return err
	}
	fmt.Fprintf(a.out, "withdrawal %d: paid %v wei to %s (L1 tx %s, block %d, gas %d), proven against assertion %s (%d batches, root %s)\n",
		opts.Index, w.Amount.ToInt(), w.To, r.TxHash, r.BlockNumber, r.GasUsed, asn.ID, asn.BatchEnd, asn.StateRoot)
	return nil
}
