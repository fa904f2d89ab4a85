package main

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/crollup/crollup/chain/api"
	"github.com/crollup/crollup/chain/batch"
	"github.com/crollup/crollup/chain/client"
	"github.com/crollup/crollup/fraudvm/program"
)

// signerFor dials the sequencer and builds a signer for the key: the account index comes from
// the sequencer (compute_getAccount), the domain from compute_chainConfig.
func signerFor(ctx context.Context, o clientOptions) (*client.Client, *client.Signer, *api.ChainConfig, *api.Account, error) {
	key, err := o.key()
	if err != nil {
		return nil, nil, nil, nil, err
	}
	c, err := client.Dial(ctx, o.Sequencer)
	if err != nil {
		return nil, nil, nil, nil, err
	}
	cfg, err := c.ChainConfig(ctx)
	if err != nil {
		c.Close()
		return nil, nil, nil, nil, err
	}
	addr := crypto.PubkeyToAddress(key.PublicKey)
	acc, err := c.GetAccount(ctx, addr)
	if err != nil {
		c.Close()
		return nil, nil, nil, nil, fmt.Errorf("account of %s: %w", addr, err)
	}
	return c, &client.Signer{Key: key, Account: uint32(acc.Index), Domain: cfg.Domain()}, cfg, acc, nil
}

// key parses --key, or CROLLUP_KEY when --key is not set.
func (o clientOptions) key() (*ecdsa.PrivateKey, error) {
	hexKey := o.Key
	if hexKey == "" {
		hexKey = os.Getenv("CROLLUP_KEY")
	}
	if hexKey == "" {
		return nil, errors.New("--key (or CROLLUP_KEY) is required: the hex private key that signs")
	}
	key, err := crypto.HexToECDSA(strings.TrimPrefix(hexKey, "0x"))
	if err != nil {
		return nil, fmt.Errorf("--key: %w", err)
	}
	return key, nil
}

// maxFee parses a --max-fee value; empty means exact.
func maxFee(s string, exact *uint256.Int) (*uint256.Int, error) {
	if s == "" {
		return exact, nil
	}
	v, err := uint256.FromDecimal(s)
	if err != nil {
		return nil, fmt.Errorf("--max-fee: want wei in decimal: %w", err)
	}
	return v, nil
}

func jobSubmit(ctx context.Context, a *app, opts jobSubmitOptions) error {
	c, signer, cfg, acc, err := signerFor(ctx, opts.clientOptions)
	if err != nil {
		return err
	}
	defer c.Close()
	var root common.Hash
	var input []byte
	if opts.Model != "" {
		im, err := readModel(opts.Model)
		if err != nil {
			return err
		}
		t, err := readTensor(tensorInput{File: opts.Input}, im.Input)
		if err != nil {
			return err
		}
		dense, err := im.Input.EncodeInput(t)
		if err != nil {
			return fmt.Errorf("--input: %w", err)
		}
		root = im.Program.Root()
		if input, err = program.Pack(im.Program.InputTensor(), dense); err != nil {
			return fmt.Errorf("--input: %w", err)
		}
	} else {
		raw, err := os.ReadFile(opts.Input)
		if err != nil {
			return err
		}
		input = raw
		if strings.HasPrefix(opts.Program, "0x") && len(opts.Program) == 66 {
			root = common.HexToHash(opts.Program)
		} else {
			p, err := readProgram(opts.Program)
			if err != nil {
				return err
			}
			root = p.Root()
			if !opts.Packed {
				if input, err = program.Pack(p.InputTensor(), raw); err != nil {
					return fmt.Errorf("--input: %w", err)
				}
			}
		}
	}
	prog, err := c.GetProgram(ctx, root)
	if err != nil {
		return err
	}
	if prog.State != "ready" {
		return fmt.Errorf("program %s is %s on the chain: upload it first (crollup program upload)", root, prog.State)
	}
	fee := new(uint256.Int).Mul(uint256.NewInt(uint64(prog.Steps)), uint256.NewInt(uint64(cfg.StepPrice)))
	fee.Add(fee, new(uint256.Int).Mul(uint256.NewInt(uint64(len(input))), uint256.NewInt(uint64(cfg.BytePrice))))
	limit, err := maxFee(opts.MaxFee, fee)
	if err != nil {
		return err
	}
	s, err := signer.Job(root, uint64(prog.Steps), input, limit, uint64(acc.Nonce))
	if err != nil {
		return err
	}
	hash, err := c.Send(ctx, s, uint32(prog.Index), input)
	if err != nil {
		return err
	}
	fmt.Fprintf(a.out, "job %s: admitted (account %d, nonce %d, fee %v wei, program %d)\n", hash, acc.Index, uint64(acc.Nonce), fee, uint64(prog.Index))
	if opts.Wait <= 0 {
		return nil
	}
	return follow(ctx, a, opts.clientOptions, hash, opts.Wait)
}

// follow prints a message's status each time it changes until it is executed.
func follow(ctx context.Context, a *app, o clientOptions, hash common.Hash, wait time.Duration) error {
	ctx, cancel := context.WithTimeout(ctx, wait)
	defer cancel()
	last := api.Status("")
	for {
		j, err := status(ctx, o, hash)
		if err == nil && j.Status != last {
			last = j.Status
			fmt.Fprintf(a.out, "job %s: %s%s\n", hash, j.Status, statusDetail(j))
			if j.Status == api.StatusExecuted || j.Status == api.StatusBatched {
				return nil
			}
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("job %s: still %s after %s", hash, last, wait)
		case <-time.After(200 * time.Millisecond):
		}
	}
}

func statusDetail(j *api.Job) string {
	var b strings.Builder
	if j.Block != nil {
		fmt.Fprintf(&b, " block %d", uint64(*j.Block))
	}
	if j.Index != nil {
		fmt.Fprintf(&b, " position %d", uint64(*j.Index))
	}
	if j.Receipt != nil {
		fmt.Fprintf(&b, " receipt %s", j.Receipt.Skip)
	}
	if j.JobIndex != nil {
		fmt.Fprintf(&b, " job %d", uint64(*j.JobIndex))
	}
	if j.StateRoot != nil {
		fmt.Fprintf(&b, " state root %s", j.StateRoot)
	}
	if j.L1Tx != nil {
		fmt.Fprintf(&b, " batch %d in L1 block %d tx %s", uint64(*j.Batch), uint64(*j.L1Block), j.L1Tx)
	}
	return b.String()
}

// status merges what the sequencer knows (pending, sequenced, batched on L1) with what the
// executor knows (executed: receipt, state root). An executed message whose batch is on L1 is
// batched, with the executor's fields.
func status(ctx context.Context, o clientOptions, hash common.Hash) (*api.Job, error) {
	var executed *api.Job
	if e, err := client.Dial(ctx, o.Executor); err == nil {
		j, err := e.GetJob(ctx, hash)
		e.Close()
		if err == nil && j.Status == api.StatusExecuted {
			executed = j
		}
	}
	s, err := client.Dial(ctx, o.Sequencer)
	if err != nil {
		if executed != nil {
			return executed, nil
		}
		return nil, err
	}
	defer s.Close()
	j, err := s.GetJob(ctx, hash)
	if err != nil || executed == nil {
		if executed != nil {
			return executed, nil
		}
		return j, err
	}
	executed.Batch, executed.L1Tx, executed.L1Block, executed.BlobHashes = j.Batch, j.L1Tx, j.L1Block, j.BlobHashes
	if j.Status == api.StatusBatched {
		executed.Status = api.StatusBatched
	}
	return executed, nil
}

func jobStatus(ctx context.Context, a *app, o clientOptions, arg string) error {
	if !strings.HasPrefix(arg, "0x") || len(arg) != 66 {
		return fmt.Errorf("HASH: want a 0x-prefixed 32-byte hash, got %q", arg)
	}
	j, err := status(ctx, o, common.HexToHash(arg))
	if err != nil {
		return err
	}
	return printJSON(a, j)
}

func jobResult(ctx context.Context, a *app, o clientOptions, arg string) error {
	var index uint64
	if strings.HasPrefix(arg, "0x") && len(arg) == 66 {
		j, err := status(ctx, o, common.HexToHash(arg))
		if err != nil {
			return err
		}
		if (j.Status != api.StatusExecuted && j.Status != api.StatusBatched) || j.JobIndex == nil {
			return fmt.Errorf("message %s is %s%s: no job result", arg, j.Status, statusDetail(j))
		}
		index = uint64(*j.JobIndex)
	} else {
		v, err := strconv.ParseUint(arg, 10, 64)
		if err != nil {
			return fmt.Errorf("JOB: want a job index or a message hash, got %q", arg)
		}
		index = v
	}
	e, err := client.Dial(ctx, o.Executor)
	if err != nil {
		return err
	}
	defer e.Close()
	r, err := e.GetJobResult(ctx, index) // verified
	if err != nil {
		return err
	}
	return printJSON(a, r)
}

func programUpload(ctx context.Context, a *app, opts programUploadOptions) error {
	p, err := readProgram(opts.File)
	if err != nil {
		return err
	}
	c, signer, cfg, acc, err := signerFor(ctx, opts.clientOptions)
	if err != nil {
		return err
	}
	defer c.Close()
	prog, err := c.GetProgram(ctx, p.Root())
	if err != nil {
		return err
	}
	switch prog.State {
	case "ready":
		fmt.Fprintf(a.out, "program %s is already registered and ready at index %d\n", p.Root(), uint64(prog.Index))
		return nil
	case "uploading":
		return fmt.Errorf("program %s is being uploaded at index %d (by its uploader); wait for it", p.Root(), uint64(prog.Index))
	}
	if opts.Height > batch.MaxDataHeight {
		return fmt.Errorf("--chunk-height: at most %d, got %d", batch.MaxDataHeight, opts.Height)
	}
	// The first chunk applied also deposits heapPrice per byte of the program's heap slot (it is
	// returned when the last one lands), so every chunk's limit covers fee + deposit.
	exact := cfg.UploadMaxFee(uint64(len(p.Bytes())), opts.Height)
	limit, err := maxFee(opts.MaxFee, exact)
	if err != nil {
		return err
	}
	chunks, err := signer.Upload(p.Bytes(), opts.Height, limit, uint64(acc.Nonce))
	if err != nil {
		return err
	}
	for i, ch := range chunks {
		h, err := c.Send(ctx, ch.Signed, uint32(prog.Index), ch.Data)
		if err != nil {
			return fmt.Errorf("chunk %d of %d: %w", i+1, len(chunks), err)
		}
		fmt.Fprintf(a.out, "chunk %d/%d (%d bytes): %s\n", i+1, len(chunks), len(ch.Data), h)
	}
	fmt.Fprintf(a.out, "program %s: %d bytes in %d chunks sent, index %d, %d steps\n", p.Root(), p.Size(), len(chunks), uint64(prog.Index), p.Steps())
	return nil
}

func account(ctx context.Context, a *app, o clientOptions, args []string) error {
	var addr common.Address
	switch {
	case len(args) == 1:
		if !common.IsHexAddress(args[0]) {
			return fmt.Errorf("ADDRESS: want a 0x-prefixed address, got %q", args[0])
		}
		addr = common.HexToAddress(args[0])
	default:
		hexKey := o.Key
		if hexKey == "" {
			hexKey = os.Getenv("CROLLUP_KEY")
		}
		key, err := crypto.HexToECDSA(strings.TrimPrefix(hexKey, "0x"))
		if err != nil {
			return errors.New("give an ADDRESS, or --key (or CROLLUP_KEY)")
		}
		addr = pubAddr(key)
	}
	c, err := client.Dial(ctx, o.Sequencer)
	if err != nil {
		return err
	}
	defer c.Close()
	acc, err := c.GetAccount(ctx, addr)
	if err != nil {
		return err
	}
	return printJSON(a, acc)
}

func pubAddr(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }
