package sequencer

import (
	"context"
	"encoding/binary"
	"errors"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/holiman/uint256"

	"github.com/crollup/crollup/chain/api"
	"github.com/crollup/crollup/chain/batch"
	"github.com/crollup/crollup/chain/client"
	"github.com/crollup/crollup/chain/layout"
	"github.com/crollup/crollup/chain/msg"
	"github.com/crollup/crollup/chain/stf/stftest"
	"github.com/crollup/crollup/fraudvm/program/examples"
)

// highS returns s's signature replaced by its high-s twin (the same signer under plain
// ecrecover), which the chain refuses (EIP-2).
func highS(s *msg.Signed) *msg.Signed {
	n := uint256.MustFromHex("0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141")
	out := *s
	v := new(uint256.Int).SetBytes32(out.Signature[32:64])
	v.Sub(n, v)
	b := v.Bytes32()
	copy(out.Signature[32:64], b[:])
	out.Signature[64] ^= 27 ^ 28
	return &out
}

// TestAdmissionSkipReasons sends one message per chain skip reason through the RPC: each is
// refused with api.SkipCode(reason), a message that names the values involved, and no effect
// on the sender's nonce.
func TestAdmissionSkipReasons(t *testing.T) {
	p := examples.MLP()
	fee := func(n int) uint64 { return stftest.JobFee(p, n) }
	e := newEnv(t, testConfig(), 0, 1_000_000_000, 1_000, 1_000_000_000)
	_, prog, input := e.mlp(1)
	rich, poor, other := 1, 2, 3
	sign := func(i int, m msg.Message, hint uint32) *msg.Signed {
		s, err := msg.NewSigned(m, e.keys.Cfg.Domain, e.keys.Keys[i], hint)
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	job := func(i int, mut func(j *msg.Job)) *msg.Signed {
		j := &msg.Job{Program: p.Root(), Input: batch.DataRoot(input), InputSize: uint64(len(input)), MaxSteps: p.Steps(),
			MaxFee: uint256.NewInt(fee(len(input))), Nonce: e.nonces[i]}
		if mut != nil {
			mut(j)
		}
		return sign(i, j, uint32(i))
	}
	flipped := append([]byte(nil), input...)
	flipped[0] ^= 1
	uploads, err := e.users[other].Upload(p.Bytes(), batch.DataHeight(int(p.Size()))-2, uint256.NewInt(1<<40), 0)
	if err != nil {
		t.Fatal(err)
	}
	withdraw := func(i int, amount, maxFee uint64) *msg.Signed {
		return sign(i, &msg.Withdraw{To: common.HexToAddress("0xdead"), Amount: uint256.NewInt(amount), MaxFee: uint256.NewInt(maxFee), Nonce: e.nonces[i]}, uint32(i))
	}

	for _, tc := range []struct {
		name   string
		reason layout.Skip
		s      *msg.Signed
		prog   uint32
		data   []byte
		want   string
	}{
		{"high s", layout.SkipSignature, highS(job(rich, nil)), prog, input, "high s"},
		{"hint of another account", layout.SkipAccount, sign(rich, job(rich, nil).Message, uint32(other)), prog, input, "(the signer's account is 1)"},
		{"hint of no account", layout.SkipAccount, sign(rich, job(rich, nil).Message, 99), prog, input, "account 99 does not exist"},
		{"nonce from the future", layout.SkipNonce, job(rich, func(j *msg.Job) { j.Nonce++ }), prog, input, "expects nonce"},
		{"job above the balance", layout.SkipBalance, job(poor, nil), prog, input, "has 1000 wei, the job's fee is"},
		{"maxFee below the fee", layout.SkipFee, job(rich, func(j *msg.Job) { j.MaxFee = uint256.NewInt(fee(len(input)) - 1) }), prog, input, "maxFee is"},
		{"unknown program index", layout.SkipProgram, job(rich, nil), 7, input, "program 7 is not registered"},
		{"maxSteps below the program's", layout.SkipSteps, job(rich, func(j *msg.Job) { j.MaxSteps-- }), prog, input, "maxSteps"},
		{"inputSize not the data's", layout.SkipSize, job(rich, func(j *msg.Job) { j.InputSize += 32 }), prog, input, "inputSize"},
		{"data not the signed input", layout.SkipSize, job(rich, nil), prog, flipped, "is not the signed input root"},
		{"chunk of a complete program", layout.SkipUpload, uploads[0].Signed, prog, uploads[0].Data, "already complete"},
		{"new program not at the next index", layout.SkipUpload, uploads[0].Signed, prog + 5, uploads[0].Data, "next free index"},
		{"job without data", layout.SkipMalformed, job(rich, nil), prog, nil, "needs its data"},
		{"withdrawal with a program index", layout.SkipMalformed, withdraw(rich, 1, stftest.FlatPrice), 3, nil, "no program index"},
		{"withdrawal above the balance", layout.SkipBalance, withdraw(poor, 1000, stftest.FlatPrice), 0, nil, "the withdrawal needs 1000 wei"},
		{"withdrawal fee below the price", layout.SkipFee, withdraw(rich, 1, stftest.FlatPrice-1), 0, nil, "maxFee is 999 wei"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			before, err := e.c.GetAccount(context.Background(), e.users[rich].Address())
			if err != nil {
				t.Fatal(err)
			}
			_, err = e.send(tc.s, tc.prog, tc.data)
			var ce *client.Error
			if !errors.As(err, &ce) || ce.Code != api.SkipCode(tc.reason) {
				t.Fatalf("got %v (code %d), want code %d (%s)", err, code(err), api.SkipCode(tc.reason), tc.reason)
			}
			if r, ok := ce.Skip(); !ok || r != tc.reason || !strings.Contains(ce.Message, tc.want) || !strings.HasPrefix(ce.Message, tc.reason.String()+": ") {
				t.Fatalf("error %q: want reason %s and %q", ce.Message, tc.reason, tc.want)
			}
			t.Log(ce.Message)
			after, _ := e.c.GetAccount(context.Background(), e.users[rich].Address())
			if after.Nonce != before.Nonce || after.Balance.ToInt().Cmp(before.Balance.ToInt()) != 0 {
				t.Fatalf("a refused message changed the account: %+v → %+v", before, after)
			}
		})
	}
	// The nonces the refused messages used are still free.
	e.mustSend(e.job(rich, p, input), prog, input)
	e.mustSend(e.withdraw(poor, 0), 0, nil)
	e.produce()
	e.replay()
	if got := testutilCount(t, e.seq, "crollup_sequencer_admissions_rejected_total", "nonce"); got != 1 {
		t.Fatalf("rejections by nonce: %v", got)
	}
}

// TestAdmissionInvalid covers what is refused before the chain is asked: a message sent with
// another kind's method, a missing message, data beyond the size limits.
func TestAdmissionInvalid(t *testing.T) {
	e := newEnv(t, testConfig(), 0, 1_000_000_000)
	raw, err := rpc.Dial(e.seq.RPCEndpoint())
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	call := func(method string, arg any) error {
		var out api.SendResult
		return raw.CallContext(context.Background(), &out, method, arg)
	}
	rpcCode := func(err error) int {
		var re rpc.Error
		if errors.As(err, &re) {
			return re.ErrorCode()
		}
		return 0
	}
	w := e.withdraw(1, 5)
	e.nonces[1]--
	if err := call(api.MethodSendJob, api.Send{Message: w}); rpcCode(err) != api.CodeInvalidParam || !strings.Contains(err.Error(), "compute_sendJob takes a Job message, got a Withdraw") {
		t.Fatalf("withdrawal as a job: %v", err)
	}
	if err := call(api.MethodSendWithdraw, map[string]any{"program": "0x0", "data": "0x"}); rpcCode(err) != api.CodeInvalidParam {
		t.Fatalf("no message: %v", err)
	}
	if err := call(api.MethodSendWithdraw, map[string]any{"message": map[string]any{"kind": "Withdraw"}}); rpcCode(err) != api.CodeInvalidParam || !strings.Contains(err.Error(), "missing field") {
		t.Fatalf("half a message: %v", err)
	}
	big := make([]byte, batch.WordSize<<batch.MaxDataHeight+32)
	j, _ := e.users[1].Job(common.Hash{1}, 1, big, uint256.NewInt(1<<50), 0)
	if _, err := e.send(j, 0, big); code(err) != api.CodeTooLarge {
		t.Fatalf("oversized data: %v", err)
	}
	if code, err := e.c.ChainConfig(context.Background()); err != nil || uint64(code.ChainID) != 42069 {
		t.Fatalf("chain config: %+v %v", code, err)
	}
	// The withdrawal still goes in with its nonce.
	e.mustSend(w, 0, nil)
}

// TestUploadJobWithdraw walks the valid messages through admission and into a block: a
// multi-chunk upload whose last chunk makes the program ready, a job on it, a withdrawal, and an
// upload whose last chunk completes an object the validator rejects.
func TestUploadJobWithdraw(t *testing.T) {
	ctx := context.Background()
	e := newEnv(t, testConfig(), 0, 1_000_000_000_000)
	p := examples.MLP()
	if info, err := e.c.GetProgram(ctx, p.Root()); err != nil || info.State != "none" || info.Index != 0 {
		t.Fatalf("program before upload: %+v %v", info, err)
	}
	h := batch.DataHeight(int(p.Size())) - 2
	chunks, err := e.users[1].Upload(p.Bytes(), h, uint256.NewInt(stftest.UploadFee(h)+stftest.HeapDeposit(int(p.Size()))), 0)
	if err != nil || len(chunks) < 3 {
		t.Fatalf("%d chunks, %v", len(chunks), err)
	}
	var hashes []common.Hash
	for i, c := range chunks {
		hashes = append(hashes, e.mustSend(c.Signed, 0, c.Data))
		e.nonces[1]++
		info, err := e.c.GetProgram(ctx, p.Root())
		want := "uploading"
		if i == len(chunks)-1 {
			want = "ready"
		}
		if err != nil || info.State != want || info.Index != 0 || uint64(info.Size) != p.Size() {
			t.Fatalf("after chunk %d: %+v %v", i, info, err)
		}
	}
	if info, _ := e.c.GetProgram(ctx, p.Root()); uint64(info.Steps) != p.Steps() {
		t.Fatalf("ready program: %+v, want %d steps", info, p.Steps())
	}
	input, _ := packMLP(p)
	jh := e.mustSend(e.job(1, p, input), 0, input)
	wh := e.mustSend(e.withdraw(1, 12_345), 0, nil)
	hashes = append(hashes, jh, wh)

	j, err := e.c.GetJob(ctx, jh)
	if err != nil || j.Status != api.StatusPending || j.Kind != msg.KindJob || j.Account != 1 || j.JobIndex == nil || *j.JobIndex != 0 || j.Block != nil {
		t.Fatalf("pending job: %+v %v", j, err)
	}
	// The first chunk's heap deposit came back with the last: only fees are spent.
	acc, err := e.c.GetAccount(ctx, e.users[1].Address())
	spent := stftest.JobFee(p, len(input)) + 12_345 + stftest.FlatPrice
	for _, c := range chunks {
		spent += stftest.UploadFee(batch.DataHeight(len(c.Data)))
	}
	if err != nil || uint64(acc.Nonce) != uint64(len(chunks))+2 || acc.Balance.ToInt().Uint64() != 1_000_000_000_000-spent {
		t.Fatalf("account after the messages: %+v %v (spent %d)", acc, err, spent)
	}

	// An object whose header understates its steps: the chain would take it, the validator
	// does not. Every chunk but the last is admitted; the last is refused and the program stays
	// uploading.
	lie := append([]byte(nil), p.Bytes()...)
	binary.BigEndian.PutUint64(lie[16:], p.Steps()-1)
	idx, lieHashes, err := e.upload(1, lie, h)
	if code(err) != api.CodeBadProgram || !strings.Contains(err.Error(), "validator rejects") || len(lieHashes) != len(chunks)-1 || idx != 1 {
		t.Fatalf("lying program: index %d, %d chunks admitted, %v", idx, len(lieHashes), err)
	}
	t.Log(err)
	hashes = append(hashes, lieHashes...)
	if info, _ := e.c.GetProgram(ctx, batch.DataRoot(lie)); info.State != "uploading" || info.Index != 1 {
		t.Fatalf("lying program after the refusal: %+v", info)
	}
	if _, err := e.c.GetAccount(ctx, common.HexToAddress("0xbeef")); code(err) != api.CodeUnknown {
		t.Fatalf("unknown account: %v", err)
	}
	if _, err := e.c.BlockNumber(ctx); code(err) != api.CodeUnknown {
		t.Fatalf("block number before the first block: %v", err)
	}

	e.produce()
	blocks := e.replay()
	if len(blocks) != 1 || len(blocks[0].Hashes) != len(hashes) {
		t.Fatalf("%d blocks, want 1 with %d messages", len(blocks), len(hashes))
	}
	for i, h := range hashes {
		if blocks[0].Hashes[i] != h {
			t.Fatalf("block message %d is %s, sent %s", i, blocks[0].Hashes[i], h)
		}
	}
	j, err = e.c.GetJob(ctx, jh)
	if err != nil || j.Status != api.StatusSequenced || *j.Block != 0 || *j.Index != hexU(len(chunks)) || *j.JobIndex != 0 {
		t.Fatalf("sequenced job: %+v %v", j, err)
	}
	if acc2, _ := e.c.GetAccount(ctx, e.users[1].Address()); acc2.Nonce != acc.Nonce+hexU(len(chunks)-1) {
		t.Fatalf("account after the block: %+v", acc2)
	}
	if _, err := e.c.GetJob(ctx, common.Hash{9}); code(err) != api.CodeUnknown {
		t.Fatalf("unknown message: %v", err)
	}
	if _, err := e.c.GetBlock(ctx, 1); code(err) != api.CodeUnknown {
		t.Fatalf("block 1: %v", err)
	}
	e.checkPendingIsSequenced()
}
