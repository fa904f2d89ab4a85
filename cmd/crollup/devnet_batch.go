package main

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
	"github.com/holiman/uint256"

	"github.com/crollup/crollup/batcher"
	"github.com/crollup/crollup/chain/batch"
	"github.com/crollup/crollup/chain/blob"
	"github.com/crollup/crollup/chain/derive"
	"github.com/crollup/crollup/chain/l1dev"
	"github.com/crollup/crollup/chain/msg"
	"github.com/crollup/crollup/contracts/bindings"
	"github.com/crollup/crollup/contracts/deploy"
	"github.com/crollup/crollup/fraudvm/memory"
	"github.com/crollup/crollup/fraudvm/program"
	"github.com/crollup/crollup/fraudvm/program/examples"
)

// devnetL2ChainID is the devnet rollup's chain id, bound into every signed message's EIP-712
// domain together with the Inbox address.
const devnetL2ChainID = 42069

// demoBatch does by hand what the sequencer and batcher will do: the demo user signs a Job for
// the example CNN on the sample input, a batch carrying it is posted to the Inbox in a blob
// transaction, and the batch is then rebuilt from L1 alone (logs and beacon blobs), as an L1-only
// executor or a challenger does.
func demoBatch(ctx context.Context, say func(string, ...any), client *ethclient.Client, l1 *l1dev.L1, addrs *deploy.Addresses, batcherKey, userKey *ecdsa.PrivateKey, account uint32) error {
	inbox := bindings.NewInbox()
	inboxC := inbox.Instance(client, addrs.Inbox)
	callOpts := &bind.CallOpts{Context: ctx}
	number, err := bind.Call(inboxC, callOpts, inbox.PackBatchCount(), inbox.UnpackBatchCount)
	if err != nil {
		return fmt.Errorf("batch: %w", err)
	}
	delayed, err := bind.Call(inboxC, callOpts, inbox.PackDelayedCount(), inbox.UnpackDelayedCount)
	if err != nil {
		return fmt.Errorf("batch: %w", err)
	}

	// The signed job.
	p := examples.CNN()
	input, err := program.Pack(p.InputTensor(), examples.SampleInput())
	if err != nil {
		return err
	}
	height := batch.DataHeight(len(input))
	inMem := memory.New()
	inMem.Write(0, input)
	job := &msg.Job{Program: p.Root(), Input: inMem.NodeHash(0, uint(height)), InputSize: uint64(len(input)),
		MaxSteps: p.Steps(), MaxFee: uint256.NewInt(params.GWei * 1_000_000), Nonce: number}
	domain := msg.Domain{ChainID: devnetL2ChainID, VerifyingContract: addrs.Inbox}
	signed, err := msg.NewSigned(job, domain, userKey, account)
	if err != nil {
		return err
	}
	body, err := signed.Body()
	if err != nil {
		return err
	}
	say("[job] %s signs Job #%d (EIP-712 digest %s): program %s, input %s (%d bytes)",
		crypto.PubkeyToAddress(userKey.PublicKey), job.Nonce, job.Digest(domain).TerminalString(), job.Program.TerminalString(), job.Input.TerminalString(), len(input))

	// The batch and its blob transaction.
	b := &batch.Batch{Number: number, Delayed: delayed,
		Blocks: []batch.Block{{Timestamp: uint64(time.Now().Unix()), Messages: 1}},
		Msgs:   []batch.Message{{Kind: uint8(msg.KindJob), Account: account, Body: body, Data: input}}}
	t0 := time.Now()
	posted, err := batcher.PostOnce(ctx, client, addrs.Inbox, batcherKey, b)
	if err != nil {
		return err
	}
	payload, r, tx := posted.Payload, posted.Receipt, posted.Tx
	say("[batch] batch %d (%d bytes in %d blob, %.1f%% full) in L1 block %d after %s: tx %s, blob %s, %d gas",
		number, len(payload), posted.Blobs, 100*float64(len(payload))/float64(posted.Blobs*blob.PayloadBytesPerBlob),
		r.BlockNumber, time.Since(t0).Round(time.Millisecond), tx.Hash(), tx.BlobHashes()[0].TerminalString(), r.GasUsed)

	// Derivation from L1 alone.
	src, err := derive.NewSource(ctx, derive.Config{L1RPC: l1.HTTPEndpoint(), BeaconURL: l1.BeaconEndpoint(), Inbox: addrs.Inbox, Bridge: addrs.Bridge})
	if err != nil {
		return err
	}
	defer src.Close()
	got, err := src.Batches(ctx, number, r.BlockNumber.Uint64())
	if err != nil {
		return fmt.Errorf("derive: %w", err)
	}
	if len(got) == 0 || got[0].Err != nil || !bytes.Equal(got[0].Payload, payload) {
		return fmt.Errorf("derive: batch %d not rebuilt from L1 (%d batches)", number, len(got))
	}
	deposits, err := src.DelayedMessages(ctx, 0, delayed)
	if err != nil {
		return fmt.Errorf("derive: %w", err)
	}
	m := got[0].Decoded.Msgs[0]
	back, err := msg.ParseBody(msg.Kind(m.Kind), m.Account, m.Body)
	if err != nil {
		return fmt.Errorf("derive: the job does not decode: %w", err)
	}
	from, err := msg.Recover(back.Message, domain, back.Signature)
	if err != nil {
		return err
	}
	say("[derive] from L1 logs and beacon blobs: batch %d, commitment checked, %d deposit(s) checked against the Inbox accumulator, job signed by %s",
		got[0].Number, len(deposits), from)
	return nil
}
