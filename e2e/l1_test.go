package e2e

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/params"
	"github.com/holiman/uint256"

	"github.com/crollup/crollup/chain/api"
	"github.com/crollup/crollup/chain/batch"
	"github.com/crollup/crollup/chain/client"
	"github.com/crollup/crollup/chain/derive"
	"github.com/crollup/crollup/chain/genesis"
	"github.com/crollup/crollup/chain/stf/stftest"
	"github.com/crollup/crollup/devnet"
	"github.com/crollup/crollup/e2e/harness"
	"github.com/crollup/crollup/fraudvm/program"
	"github.com/crollup/crollup/fraudvm/program/examples"
	"github.com/crollup/crollup/sequencer"
)

// TestRollupOnL1 runs the whole system against the in-process L1: two users deposit through the
// Bridge, the sequencer includes the deposits, they upload a program and send jobs and a
// withdrawal, the batcher posts every batch in blobs (and is restarted half way), and an executor
// that reads nothing but L1 (Inbox logs, beacon blobs, deposits) must reach, block by block, the
// state roots of the executor that follows the sequencer. Every message must end "batched" with
// the transaction and blob hashes that L1 holds for its batch.
func TestRollupOnL1(t *testing.T) {
	if testing.Short() {
		t.Skip("starts an L1")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	seq := sequencer.DefaultConfig()
	// Small batches, so that some seal on size (uploads of 16 KiB chunks) and some on age.
	seq.BlockTime, seq.BatchAge, seq.MaxBlockBytes, seq.MaxBatchBytes = 300*time.Millisecond, 3*time.Second, 40_000, 60_000
	// The follower runs jobs on every OpenCL device (PoCL in CI) beside the CPU, the L1-only
	// executor on the CPU: their roots are compared at every block.
	backends := openCLBackends(t)
	d := startDevnet(ctx, t, devnet.Config{Sequencer: seq, L1Executor: true, Backends: backends})

	// Deposits: the sequencer must include them and create the accounts.
	users := []int{devnet.KeyUser, devnet.KeyUser + 1}
	signers := make([]*client.Signer, len(users))
	for i, k := range users {
		dep, err := d.Deposit(ctx, k, big.NewInt(params.Ether))
		if err != nil {
			t.Fatal(err)
		}
		if dep.Account != uint32(i) {
			t.Fatalf("user %d got account %d", i, dep.Account)
		}
		signers[i] = &client.Signer{Key: d.Keys[k], Account: dep.Account, Domain: d.Chain.Cfg.Domain}
	}
	for i, k := range users {
		harness.WaitFor(ctx, t, "deposit in the sequencer", func() bool {
			a, err := d.Seq.Account(d.Address(k))
			return err == nil && a.Balance.ToInt().Cmp(big.NewInt(params.Ether)) == 0 && uint32(a.Index) == signers[i].Account
		})
	}

	// User 0 uploads the MLP in 16 KiB chunks; both send jobs; user 1 withdraws.
	p := examples.MLP()
	input, err := program.Pack(p.InputTensor(), examples.SampleInput())
	if err != nil {
		t.Fatal(err)
	}
	nonces := make([]uint64, len(users))
	var hashes []common.Hash
	info, err := d.Seq.Program(batch.DataRoot(p.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	prog := uint32(info.Index)
	const h = 9 // 16 KiB chunks
	chunks, err := signers[0].Upload(p.Bytes(), h, uint256.NewInt(stftest.UploadFee(h)), nonces[0])
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range chunks {
		hash, err := d.Seq.Send(c.Signed.Kind, api.Send{Message: c.Signed, Program: hexU64(prog), Data: c.Data})
		if err != nil {
			t.Fatalf("upload: %v", err)
		}
		nonces[0]++
		hashes = append(hashes, hash)
	}
	var jobs []common.Hash
	for round := range 6 {
		for i := range users {
			s, err := signers[i].Job(p.Root(), p.Steps(), input, uint256.NewInt(stftest.JobFee(p, len(input))), nonces[i])
			if err != nil {
				t.Fatal(err)
			}
			hash, err := d.Seq.Send(s.Kind, api.Send{Message: s, Program: hexU64(prog), Data: input})
			if err != nil {
				t.Fatalf("job %d of user %d: %v", round, i, err)
			}
			nonces[i]++
			hashes, jobs = append(hashes, hash), append(jobs, hash)
		}
		time.Sleep(400 * time.Millisecond) // several blocks
		if round == 2 {
			// A batcher restart: the next one resumes from the Inbox's count.
			if err := d.StopBatcher(ctx); err != nil {
				t.Fatal(err)
			}
			if err := d.StartBatcher(ctx); err != nil {
				t.Fatal(err)
			}
		}
	}
	// A pause longer than the batch age: the open batch is sealed on age, and the withdrawal's
	// block starts the next one, so the age seal is seen with a block after it.
	harness.WaitFor(ctx, t, "the open batch sealed on age", func() bool {
		head, err := d.Seq.BlockNumber(ctx)
		if err != nil {
			return false
		}
		hb, err := d.Seq.Block(ctx, head)
		if err != nil {
			return false
		}
		b, err := d.Seq.Batch(ctx, uint64(hb.Batch))
		return err == nil && b.Sealed
	})
	w, err := signers[1].Withdraw(d.Address(users[1]), uint256.NewInt(1e15), uint256.NewInt(stftest.FlatPrice), nonces[1])
	if err != nil {
		t.Fatal(err)
	}
	wh, err := d.Seq.Send(w.Kind, api.Send{Message: w})
	if err != nil {
		t.Fatal(err)
	}
	hashes = append(hashes, wh)

	// Every message ends batched, with its batch's L1 transaction and blob hashes.
	var last *api.Job
	for _, hsh := range hashes {
		harness.WaitFor(ctx, t, "message batched", func() bool {
			j, err := d.Seq.Job(hsh, nil)
			last = j
			return err == nil && j.Status == api.StatusBatched
		})
		if last.L1Tx == nil || len(last.BlobHashes) == 0 || last.Batch == nil {
			t.Fatalf("batched message %s without its L1 record: %+v", hsh, last)
		}
	}
	top := uint64(*last.Block)

	// The L1-only executor reaches the follower's roots at every block up to the last batched one.
	harness.WaitFor(ctx, t, "L1-only executor", func() bool {
		n, _, ok := d.L1Exec.Head()
		return ok && n >= top
	})
	harness.WaitFor(ctx, t, "follower", func() bool {
		n, _, ok := d.Exec.Head()
		return ok && n >= top
	})
	for n := uint64(0); n <= top; n++ {
		a, err := d.Exec.StateRoot(n)
		if err != nil {
			t.Fatal(err)
		}
		b, err := d.L1Exec.StateRoot(n)
		if err != nil {
			t.Fatal(err)
		}
		if a.StateRoot != b.StateRoot {
			t.Fatalf("block %d: follower root %s, L1-only root %s", n, a.StateRoot, b.StateRoot)
		}
	}
	// Job results agree and verify.
	for _, hsh := range jobs {
		ja, err := d.Exec.Job(hsh)
		if err != nil || ja.Receipt == nil || ja.Receipt.Skip != "applied" {
			t.Fatalf("job %s at the follower: %+v %v", hsh, ja, err)
		}
		jb, err := d.L1Exec.Job(hsh)
		if err != nil || jb.Receipt == nil || *jb.JobIndex != *ja.JobIndex {
			t.Fatalf("job %s from L1: %+v %v", hsh, jb, err)
		}
		ra, err := d.Exec.JobResult(uint64(*ja.JobIndex))
		if err != nil {
			t.Fatal(err)
		}
		rb, err := d.L1Exec.JobResult(uint64(*ja.JobIndex))
		if err != nil {
			t.Fatal(err)
		}
		if ra.OutputRoot != rb.OutputRoot || ra.Status != "halted" {
			t.Fatalf("job %d: output %s (%s) vs %s", *ja.JobIndex, ra.OutputRoot, ra.Status, rb.OutputRoot)
		}
	}

	if len(backends.Devices) > 0 {
		ds := d.Exec.Devices()
		if len(ds) == 0 || ds[0].Name != "opencl:0" || ds[0].Jobs == 0 || !ds[0].Healthy {
			t.Fatalf("follower devices %+v: want opencl:0 healthy, with jobs run", ds)
		}
		t.Logf("follower devices: %+v", ds)
	}

	// L1 holds each batch once, in order (derive fails on a gap or a repeat), and each is the
	// join of the sequencer's blocks; the blob hashes the sequencer reports are L1's.
	src, err := derive.NewSource(ctx, derive.Config{L1RPC: d.L1.HTTPEndpoint(), BeaconURL: d.L1.BeaconEndpoint(), Inbox: d.Addrs.Inbox, Bridge: d.Addrs.Bridge})
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	head, err := d.Client.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	got, err := src.Batches(ctx, 0, head)
	if err != nil {
		t.Fatal(err)
	}
	bySize, byAge, blocks := 0, 0, uint64(0)
	for i, b := range got {
		info, err := d.Seq.Batch(ctx, b.Number)
		if err != nil {
			t.Fatal(err)
		}
		if !info.Sealed || info.Posted == nil || info.Posted.L1Tx != b.TxHash || len(info.Posted.BlobHashes) != len(b.BlobHashes) {
			t.Fatalf("batch %d: sequencer %+v, L1 tx %s", b.Number, info, b.TxHash)
		}
		if b.Err != nil || b.Decoded == nil || uint64(info.First) != blocks {
			t.Fatalf("batch %d: %v (first block %d, want %d)", b.Number, b.Err, info.First, blocks)
		}
		blocks += uint64(len(b.Decoded.Blocks))
		// Why the sequencer sealed it, by positive evidence for each reason: on size if its next
		// block would not have fitted; on age if the next block came at least BatchAge after
		// its first (block times are whole seconds, floored, and BatchAge is too, so the
		// comparison is exact). A batch with neither is a failure, not "age by elimination".
		// The last batch may have no next block: only age can seal it, and it counts for
		// neither.
		next, err := d.Seq.Block(ctx, uint64(*info.Last)+1)
		if err != nil {
			if i != len(got)-1 {
				t.Fatalf("batch %d is not the last on L1 but the sequencer has no block after it: %v", b.Number, err)
			}
			continue
		}
		firstBlock, err := d.Seq.Block(ctx, uint64(info.First))
		if err != nil {
			t.Fatal(err)
		}
		first, err := batch.Decode(next.Payload)
		if err != nil {
			t.Fatal(err)
		}
		joined, err := batch.Join(b.Number, b.Decoded, first).Encode()
		if err != nil {
			t.Fatal(err)
		}
		sizeSealed := len(joined) > seq.MaxBatchBytes
		ageSealed := time.Duration(next.Timestamp-firstBlock.Timestamp)*time.Second >= seq.BatchAge
		if !sizeSealed && !ageSealed {
			t.Fatalf("batch %d (blocks %d to %d, %d bytes) was sealed %ds after its first block, before its age %s, and its next block would have fitted",
				b.Number, info.First, *info.Last, len(joined), next.Timestamp-firstBlock.Timestamp, seq.BatchAge)
		}
		if sizeSealed {
			bySize++
		}
		if ageSealed {
			byAge++
		}
	}
	if len(got) < 3 || blocks <= top || bySize == 0 || byAge == 0 {
		t.Fatalf("%d batches on L1 (%d sealed on size, %d on age) holding %d blocks; the last batched message is in block %d",
			len(got), bySize, byAge, blocks, top)
	}
	t.Logf("%d batches on L1 (%d full enough to seal on size, %d old enough to seal on age), %d blocks, %d messages", len(got), bySize, byAge, blocks, len(hashes))
}

// startDevnet starts a devnet with a 1-second L1 and the test prices (stftest), logging to t,
// and stops it when the test ends.
func startDevnet(ctx context.Context, t *testing.T, cfg devnet.Config) *devnet.Devnet {
	t.Helper()
	cfg.L1BlockTime, cfg.Log = time.Second, harness.TestLog(t)
	cfg.Chain = genesis.Config{ChainID: 42069, StepPrice: stftest.StepPrice, BytePrice: stftest.BytePrice, FlatPrice: stftest.FlatPrice}
	d, err := devnet.Start(ctx, cfg)
	t.Cleanup(func() {
		stopCtx, c := context.WithTimeout(context.Background(), time.Minute)
		defer c()
		if err := d.Stop(stopCtx); err != nil {
			t.Errorf("stop: %v", err)
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func hexU64(v uint32) hexutil.Uint64 { return hexutil.Uint64(v) }
