package sequencer

import (
	"context"
	"crypto/ecdsa"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/holiman/uint256"

	"github.com/crollup/crollup/chain/api"
	"github.com/crollup/crollup/chain/api/apitest"
	"github.com/crollup/crollup/chain/batch"
	"github.com/crollup/crollup/chain/client"
	"github.com/crollup/crollup/chain/layout"
	"github.com/crollup/crollup/chain/msg"
	"github.com/crollup/crollup/chain/stf/stftest"
	"github.com/crollup/crollup/fraudvm/program/examples"
)

// signOver signs m for key as a client would that uses domain name and version (crollup's are
// "crollup" and "1") with the chain id and verifying contract of d.
func signOver(t *testing.T, m msg.Message, name, version string, d msg.Domain, key *ecdsa.PrivateKey, hint uint32) *msg.Signed {
	t.Helper()
	var dom [5 * 32]byte
	copy(dom[0:], crypto.Keccak256([]byte(msg.DomainType)))
	copy(dom[32:], crypto.Keccak256([]byte(name)))
	copy(dom[64:], crypto.Keccak256([]byte(version)))
	binary.BigEndian.PutUint64(dom[128-8:], d.ChainID)
	copy(dom[160-20:], d.VerifyingContract[:])
	sep, sh := crypto.Keccak256Hash(dom[:]), m.StructHash()
	digest := crypto.Keccak256([]byte{0x19, 0x01}, sep[:], sh[:])
	raw, err := crypto.Sign(digest, key)
	if err != nil {
		t.Fatal(err)
	}
	var sig msg.Signature
	copy(sig[:], raw)
	sig[64] += 27
	return &msg.Signed{Kind: m.Kind(), Message: m, Signature: sig, AccountHint: hint}
}

// TestSignedForAnotherDomain sends Jobs, Uploads and Withdraws signed over a domain other than
// the chain's (chain id, verifying contract, name, version): the signer the chain recovers is
// an unrelated address, so the refusal (4002, account) must say that the domain may be wrong and
// name the domain to sign over. Signed over the right domain with a key that has no account,
// the same hint names both causes; with the key of another account, it names that account and
// not the domain.
func TestSignedForAnotherDomain(t *testing.T) {
	e := newEnv(t, testConfig(), 0, 1_000_000_000, 1_000_000_000)
	_, prog, input := e.mlp(1)
	e.produce()
	p := examples.MLP()
	good := e.keys.Cfg.Domain
	otherChain, otherInbox := good, good
	otherChain.ChainID++
	otherInbox.VerifyingContract = common.HexToAddress("0x2000000000000000000000000000000000000002")
	stranger, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	jobMsg := &msg.Job{Program: p.Root(), Input: batch.DataRoot(input), InputSize: uint64(len(input)), MaxSteps: p.Steps(),
		MaxFee: uint256.NewInt(stftest.JobFee(p, len(input))), Nonce: e.nonces[1]}
	uploadMsg := &msg.Upload{Program: common.Hash{7}, Size: 32, Offset: 0, Chunk: batch.DataRoot(make([]byte, 32)),
		MaxFee: uint256.NewInt(1 << 40), Nonce: e.nonces[1]}
	withdrawMsg := &msg.Withdraw{To: common.HexToAddress("0xdead"), Amount: uint256.NewInt(1), MaxFee: uint256.NewInt(stftest.FlatPrice), Nonce: e.nonces[1]}
	type send struct {
		s    *msg.Signed
		prog uint32
		data []byte
	}
	job := func(s *msg.Signed) send { return send{s, prog, input} }
	upload := func(s *msg.Signed) send { return send{s, 1, make([]byte, 32)} }
	withdraw := func(s *msg.Signed) send { return send{s, 0, nil} }
	wantDomain := fmt.Sprintf(`{name: "crollup", version: "1", chainId: 42069, verifyingContract: %s}`, common.HexToAddress(testInbox))
	const domainHint = "the EIP-712 domain may be wrong, or the key"
	key := e.keys.Keys[1]
	for _, tc := range []struct {
		name    string
		send    send
		want    []string
		notWant []string
	}{
		{"job, another chain id", job(signOver(t, jobMsg, "crollup", "1", otherChain, key, 1)), []string{domainHint, wantDomain}, nil},
		{"job, another verifying contract", job(signOver(t, jobMsg, "crollup", "1", otherInbox, key, 1)), []string{domainHint, wantDomain}, nil},
		{"job, another domain name", job(signOver(t, jobMsg, "Crollup", "1", good, key, 1)), []string{domainHint, wantDomain}, nil},
		{"job, another domain version", job(signOver(t, jobMsg, "crollup", "2", good, key, 1)), []string{domainHint, wantDomain}, nil},
		{"upload, another chain id", upload(signOver(t, uploadMsg, "crollup", "1", otherChain, key, 1)), []string{domainHint, wantDomain}, nil},
		{"withdraw, another verifying contract", withdraw(signOver(t, withdrawMsg, "crollup", "1", otherInbox, key, 1)), []string{domainHint, wantDomain}, nil},
		{"hint of no account, another chain id", job(signOver(t, jobMsg, "crollup", "1", otherChain, key, 9)), []string{"account 9 does not exist", domainHint, wantDomain}, nil},
		// The right domain: a key without an account reads the same (the chain cannot tell
		// the two apart), naming the key as a cause.
		{"right domain, a key without an account", job(signOver(t, jobMsg, "crollup", "1", good, stranger, 1)),
			[]string{"account 1 belongs to " + e.users[1].Address().Hex(), "signed by " + crypto.PubkeyToAddress(stranger.PublicKey).Hex(), domainHint, wantDomain}, nil},
		// The right domain and another account's key: the hint is what is wrong, and the
		// domain is not mentioned.
		{"right domain, another account's key", job(signOver(t, jobMsg, "crollup", "1", good, e.keys.Keys[2], 1)),
			[]string{"(the signer's account is 2)"}, []string{"domain"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := e.send(tc.send.s, tc.send.prog, tc.send.data)
			var ce *client.Error
			if !errors.As(err, &ce) || ce.Code != api.SkipCode(layout.SkipAccount) {
				t.Fatalf("got %v, want code %d", err, api.SkipCode(layout.SkipAccount))
			}
			for _, w := range tc.want {
				if !strings.Contains(ce.Message, w) {
					t.Errorf("error %q does not say %q", ce.Message, w)
				}
			}
			for _, w := range tc.notWant {
				if strings.Contains(ce.Message, w) {
					t.Errorf("error %q says %q", ce.Message, w)
				}
			}
			t.Log(ce.Message)
		})
	}
	// The same job over the right domain is admitted.
	if _, err := e.send(signOver(t, jobMsg, "crollup", "1", good, key, 1), prog, input); err != nil {
		t.Fatal(err)
	}
}

// TestErrorCodes drives every code docs/api.md's Errors table gives the sequencer through its
// JSON-RPC server, with chain/client where it can send the request (a raw client for what it
// cannot: a signature that does not decode, a parameter of the wrong shape), and checks that
// the table names exactly the codes driven. (One case calls Sequencer.Send, as an in-process
// caller would, to check that its signature refusal has the same code.)
func TestErrorCodes(t *testing.T) {
	ctx := context.Background()
	cfg := testConfig()
	cfg.MempoolPerAccount = 8
	e := newEnv(t, cfg, 0, 1_000_000_000_000, 1_000, 1_000_000_000_000, 1_000_000_000_000)
	rich, poor, other, spam := 1, 2, 3, 4
	p, prog, input := e.mlp(rich)
	e.produce()
	raw, err := rpc.Dial(e.seq.RPCEndpoint())
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	// rawSend sends s as JSON with its signature replaced by sig (a JSON value).
	rawSend := func(method string, s *msg.Signed, prog uint32, data []byte, sig any) error {
		b, err := json.Marshal(api.Send{Message: s, Program: hexutil.Uint64(prog), Data: data})
		if err != nil {
			t.Fatal(err)
		}
		var m map[string]any
		if err := json.Unmarshal(b, &m); err != nil {
			t.Fatal(err)
		}
		m["message"].(map[string]any)["signature"] = sig
		var out api.SendResult
		return raw.CallContext(ctx, &out, method, m)
	}
	sigHex := func(s *msg.Signed, mut func(b []byte) []byte) string {
		return hexutil.Encode(mut(append([]byte(nil), s.Signature[:]...)))
	}
	job := func(i int, mut func(j *msg.Job)) *msg.Signed {
		j := &msg.Job{Program: p.Root(), Input: batch.DataRoot(input), InputSize: uint64(len(input)), MaxSteps: p.Steps(),
			MaxFee: uint256.NewInt(stftest.JobFee(p, len(input))), Nonce: e.nonces[i]}
		if mut != nil {
			mut(j)
		}
		s, err := msg.NewSigned(j, e.keys.Cfg.Domain, e.keys.Keys[i], uint32(i))
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	send := func(s *msg.Signed, prog uint32, data []byte) func() error {
		return func() error { _, err := e.send(s, prog, data); return err }
	}
	lie := append([]byte(nil), p.Bytes()...)
	binary.BigEndian.PutUint64(lie[16:], p.Steps()-1)
	dup := e.withdraw(other, 1)
	e.mustSend(dup, 0, nil)
	uploads, err := e.users[other].Upload(p.Bytes(), batch.DataHeight(int(p.Size()))-2, uint256.NewInt(1<<40), e.nonces[other])
	if err != nil {
		t.Fatal(err)
	}

	cases := []struct {
		name string
		code int
		call func() error
	}{
		{"signature: high s", api.SkipCode(layout.SkipSignature), send(highS(job(rich, nil)), prog, input)},
		{"signature: v = 5", api.SkipCode(layout.SkipSignature), func() error {
			return rawSend(api.MethodSendJob, job(rich, nil), prog, input, sigHex(job(rich, nil), func(b []byte) []byte { b[64] = 5; return b }))
		}},
		{"signature: 64 bytes", api.SkipCode(layout.SkipSignature), func() error {
			return rawSend(api.MethodSendJob, job(rich, nil), prog, input, sigHex(job(rich, nil), func(b []byte) []byte { return b[:64] }))
		}},
		{"signature: not hex", api.SkipCode(layout.SkipSignature), func() error {
			return rawSend(api.MethodSendJob, job(rich, nil), prog, input, "0xzz")
		}},
		{"signature: a number", api.SkipCode(layout.SkipSignature), func() error {
			return rawSend(api.MethodSendJob, job(rich, nil), prog, input, 7)
		}},
		{"signature: v = 5, from a Go caller (Sequencer.Send)", api.SkipCode(layout.SkipSignature), func() error {
			s := job(rich, nil)
			s.Signature[64] = 5
			_, err := e.seq.Send(msg.KindJob, api.Send{Message: s, Program: hexutil.Uint64(prog), Data: input})
			return err
		}},
		{"account", api.SkipCode(layout.SkipAccount), func() error {
			s := job(rich, nil)
			s2, _ := msg.NewSigned(s.Message, e.keys.Cfg.Domain, e.keys.Keys[rich], uint32(other))
			return send(s2, prog, input)()
		}},
		{"nonce", api.SkipCode(layout.SkipNonce), send(job(rich, func(j *msg.Job) { j.Nonce++ }), prog, input)},
		{"nonce: the same message twice", api.SkipCode(layout.SkipNonce), send(dup, 0, nil)},
		{"balance", api.SkipCode(layout.SkipBalance), send(job(poor, nil), prog, input)},
		{"fee", api.SkipCode(layout.SkipFee), send(job(rich, func(j *msg.Job) { j.MaxFee = uint256.NewInt(1) }), prog, input)},
		{"program", api.SkipCode(layout.SkipProgram), send(job(rich, nil), 7, input)},
		{"steps", api.SkipCode(layout.SkipSteps), send(job(rich, func(j *msg.Job) { j.MaxSteps-- }), prog, input)},
		{"size", api.SkipCode(layout.SkipSize), send(job(rich, func(j *msg.Job) { j.InputSize += 32 }), prog, input)},
		{"upload", api.SkipCode(layout.SkipUpload), send(uploads[0].Signed, prog, uploads[0].Data)},
		{"malformed", api.SkipCode(layout.SkipMalformed), send(job(rich, nil), prog, nil)},
		{"mempool full", api.CodeMempoolFull, func() error {
			for range cfg.MempoolPerAccount + 1 {
				if _, err := e.send(e.withdraw(spam, 1), 0, nil); err != nil {
					return err
				}
			}
			return nil
		}},
		{"too large", api.CodeTooLarge, func() error {
			big := make([]byte, batch.WordSize<<batch.MaxDataHeight+32)
			j, _ := e.users[rich].Job(common.Hash{1}, 1, big, uint256.NewInt(1<<50), e.nonces[rich])
			return send(j, 0, big)()
		}},
		{"bad program", api.CodeBadProgram, func() error { _, _, err := e.upload(rich, lie, batch.DataHeight(len(lie))-2); return err }},
		{"unknown message", api.CodeUnknown, func() error { _, err := e.c.GetJob(ctx, common.Hash{9}); return err }},
		{"unknown account", api.CodeUnknown, func() error { _, err := e.c.GetAccount(ctx, common.HexToAddress("0xbeef")); return err }},
		{"unknown block", api.CodeUnknown, func() error { _, err := e.c.GetBlock(ctx, 99); return err }},
		{"unknown batch", api.CodeUnknown, func() error { _, err := e.c.GetBatch(ctx, 99); return err }},
		{"invalid: another kind's method", api.CodeInvalidParam, func() error {
			var out api.SendResult
			return raw.CallContext(ctx, &out, api.MethodSendJob, api.Send{Message: e.withdraw(rich, 1)})
		}},
		{"invalid: a missing field", api.CodeInvalidParam, func() error {
			var out api.SendResult
			return raw.CallContext(ctx, &out, api.MethodSendWithdraw, map[string]any{"message": map[string]any{"kind": "Withdraw"}})
		}},
		{"invalid: account index above 2^32-1", api.CodeInvalidParam, func() error {
			var out api.Job
			return raw.CallContext(ctx, &out, api.MethodGetJob, common.Hash{9}, hexutil.Uint64(math.MaxUint32+1))
		}},
		// Last: the sequencer accepts nothing once a database write has failed.
		{"unavailable", codeUnavailable, func() error {
			fail := errors.New("disk on fire")
			e.seq.failed.Store(&fail)
			return send(job(rich, nil), prog, input)()
		}},
	}
	driven := map[int]bool{}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.call()
			if c, ok := apitest.Code(err); !ok || c != tc.code {
				t.Fatalf("got %v (code %d), want code %d", err, c, tc.code)
			}
			t.Log(err)
			driven[tc.code] = true
		})
	}
	apitest.CheckDocumented(t, "../docs/api.md", "sequencer", driven)
	if got := testutilCount(t, e.seq, "crollup_sequencer_admissions_rejected_total", "signature"); got != 6 {
		t.Errorf("signature rejections: %v, want 6 (the chain's and the decoder's)", got)
	}
}
