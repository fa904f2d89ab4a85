package e2e

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"math/big"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
	"github.com/holiman/uint256"

	"github.com/crollup/crollup/chain/batch"
	"github.com/crollup/crollup/chain/msg"
)

// docTypes reads the EIP-712 types block of docs/api.md, the one examples/node/send-job.mjs signs
// with.
func docTypes(t *testing.T) (string, map[string][]apitypes.Type) {
	t.Helper()
	doc, err := os.ReadFile(filepath.Join("..", "docs", "api.md"))
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile("<!-- eip712-types[^>]*-->\\s*```json\\n([\\s\\S]*?)\\n```").FindSubmatch(doc)
	if m == nil {
		t.Fatal("docs/api.md: no ```json block after the eip712-types marker")
	}
	var types map[string][]apitypes.Type
	dec := json.NewDecoder(bytes.NewReader(m[1]))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&types); err != nil {
		t.Fatalf("docs/api.md eip712-types block: %v", err)
	}
	return string(doc), types
}

// TestAPIDocTypes builds a client from docs/api.md alone and checks it against chain/msg: the
// documented EIP-712 types (the JSON block a client copies) give the chain's encodeType strings
// and, through go-ethereum's apitypes (eth_signTypedData_v4), the chain's digest for every kind;
// the encodeType table and the domain type are the chain's; and the documented message hash
// keccak256(kind ‖ accountHint ‖ program hint ‖ body) is batch.Message.Hash.
func TestAPIDocTypes(t *testing.T) {
	doc, types := docTypes(t)
	if len(types) != 3 {
		t.Fatalf("docs/api.md documents types %v, want Job, Upload and Withdraw", types)
	}
	for _, want := range []string{msg.JobType, msg.UploadType, msg.WithdrawType, msg.DomainType} {
		if !strings.Contains(doc, "`"+want+"`") {
			t.Errorf("docs/api.md lacks the encodeType `%s`", want)
		}
	}
	domain := msg.Domain{ChainID: 31337, VerifyingContract: common.HexToAddress("0x00000000000000000000000000000000000c0ffe")}
	key, _ := crypto.ToECDSA(crypto.Keccak256([]byte("api doc key")))
	root, chunk := crypto.Keccak256Hash([]byte("program")), crypto.Keccak256Hash([]byte("chunk"))
	cases := []struct {
		m       msg.Message
		fields  apitypes.TypedDataMessage
		program uint32
	}{
		{&msg.Job{Program: root, Input: chunk, InputSize: 800, MaxSteps: 3680, MaxFee: uint256.NewInt(4480), Nonce: 1},
			apitypes.TypedDataMessage{"program": root.Hex(), "input": chunk.Hex(), "inputSize": "800", "maxSteps": "3680", "maxFee": "4480", "nonce": "1"}, 3},
		{&msg.Upload{Program: root, Size: 1 << 20, Offset: 1 << 19, Chunk: chunk, MaxFee: uint256.NewInt(1 << 40), Nonce: 2},
			apitypes.TypedDataMessage{"program": root.Hex(), "size": "1048576", "offset": "524288", "chunk": chunk.Hex(), "maxFee": "1099511627776", "nonce": "2"}, 3},
		{&msg.Withdraw{To: common.HexToAddress("0x2c7536E3605D9C16a7a3D7b1898e529396a65c23"), Amount: uint256.NewInt(5), MaxFee: uint256.NewInt(7), Nonce: 3},
			apitypes.TypedDataMessage{"to": "0x2c7536E3605D9C16a7a3D7b1898e529396a65c23", "amount": "5", "maxFee": "7", "nonce": "3"}, 0},
	}
	for _, c := range cases {
		kind := c.m.Kind().String()
		fields, ok := types[kind]
		if !ok {
			t.Fatalf("docs/api.md: no %s type", kind)
		}
		td := apitypes.TypedData{
			Types: apitypes.Types{kind: fields, "EIP712Domain": {
				{Name: "name", Type: "string"}, {Name: "version", Type: "string"},
				{Name: "chainId", Type: "uint256"}, {Name: "verifyingContract", Type: "address"}}},
			PrimaryType: kind,
			Domain: apitypes.TypedDataDomain{Name: msg.DomainName, Version: msg.DomainVersion,
				ChainId: (*math.HexOrDecimal256)(new(big.Int).SetUint64(domain.ChainID)), VerifyingContract: domain.VerifyingContract.Hex()},
			Message: c.fields,
		}
		if got := td.TypeHash(kind); common.BytesToHash(got) != c.m.TypeHash() {
			t.Errorf("%s: the documented types encode as %q, the chain's type is %q", kind, string(td.EncodeType(kind)), map[string]string{
				"Job": msg.JobType, "Upload": msg.UploadType, "Withdraw": msg.WithdrawType}[kind])
			continue
		}
		digest, _, err := apitypes.TypedDataAndHash(td)
		if err != nil {
			t.Fatalf("%s: %v", kind, err)
		}
		if common.BytesToHash(digest) != c.m.Digest(domain) {
			t.Fatalf("%s: digest of the documented types %x, the chain's %s", kind, digest, c.m.Digest(domain))
		}

		// The message hash as docs/api.md defines it.
		s, err := msg.NewSigned(c.m, domain, key, 5)
		if err != nil {
			t.Fatal(err)
		}
		sig := s.Signature
		var head [9]byte
		head[0] = byte(c.m.Kind())
		binary.BigEndian.PutUint32(head[1:], 5)
		binary.BigEndian.PutUint32(head[5:], c.program)
		var v [32]byte
		v[31] = sig[64]
		want := crypto.Keccak256Hash(head[:], c.m.EncodeData(), sig[0:32], sig[32:64], v[:])
		e, err := batch.FromSigned(s, c.program, nil)
		if err != nil {
			t.Fatal(err)
		}
		if got := e.Hash(); got != want {
			t.Fatalf("%s: batch.Message.Hash %s, docs/api.md's definition gives %s", kind, got, want)
		}
	}
}
