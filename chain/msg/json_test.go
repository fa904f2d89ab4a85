package msg

import (
	"bytes"
	"encoding/json"
	"errors"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

// TestJSONGolden pins the JSON forms: EIP-712 field names, hex strings, quantities without
// leading zeros.
func TestJSONGolden(t *testing.T) {
	sig := withRS(uint256.NewInt(0xab), uint256.NewInt(0xcd), 28)
	for _, c := range []struct {
		v    any
		want string
	}{
		{knownJob(), `{"program":"0x1111111111111111111111111111111111111111111111111111111111111101",` +
			`"input":"0xa0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a00b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b",` +
			`"inputSize":"0x1000","maxSteps":"0xf4240","maxFee":"0xde0b6b3a7640000","nonce":"0x7"}`},
		{&Upload{Program: common.Hash{31: 1}, Size: 64, Offset: 0, Chunk: common.Hash{0: 0xff}, Nonce: ^uint64(0)},
			`{"program":"0x0000000000000000000000000000000000000000000000000000000000000001","size":"0x40","offset":"0x0",` +
				`"chunk":"0xff00000000000000000000000000000000000000000000000000000000000000","maxFee":"0x0","nonce":"0xffffffffffffffff"}`},
		{&Withdraw{To: common.Address{19: 2}, Amount: new(uint256.Int).SetAllOne(), MaxFee: uint256.NewInt(1), Nonce: 0},
			`{"to":"0x0000000000000000000000000000000000000002",` +
				`"amount":"0xffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff","maxFee":"0x1","nonce":"0x0"}`},
		{Signed{Kind: KindWithdraw, Message: &Withdraw{To: common.Address{19: 2}, Nonce: 3}, Signature: sig, AccountHint: 0xffffffff},
			`{"kind":"Withdraw","message":{"to":"0x0000000000000000000000000000000000000002","amount":"0x0","maxFee":"0x0","nonce":"0x3"},` +
				`"signature":"0x` + strings.Repeat("0", 62) + `ab` + strings.Repeat("0", 62) + `cd1c","accountHint":"0xffffffff"}`},
	} {
		got, err := json.Marshal(c.v)
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != c.want {
			t.Errorf("%T:\n got %s\nwant %s", c.v, got, c.want)
		}
	}
}

func TestJSONRoundTrip(t *testing.T) {
	rng := rand.New(rand.NewPCG(17, 18))
	for _, k := range allKinds {
		for range 30 {
			s := randSigned(t, rng, k)
			js, err := json.Marshal(s)
			if err != nil {
				t.Fatal(err)
			}
			var got Signed
			if err := json.Unmarshal(js, &got); err != nil {
				t.Fatalf("%s: %v", js, err)
			}
			if !sameSigned(&got, s) {
				t.Fatalf("%v: JSON round trip %s gives %+v", k, js, got)
			}
		}
	}
}

// TestJSONStrict: each input is the golden Job (or Signed) with one thing wrong.
func TestJSONStrict(t *testing.T) {
	job, err := json.Marshal(knownJob())
	if err != nil {
		t.Fatal(err)
	}
	var ok Job
	if err := json.Unmarshal(job, &ok); err != nil || !bytes.Equal(ok.EncodeData(), knownJob().EncodeData()) {
		t.Fatalf("control: %v", err)
	}
	edit := func(old, new string) string {
		if !strings.Contains(string(job), old) {
			t.Fatalf("%q not in %s", old, job)
		}
		return strings.Replace(string(job), old, new, 1)
	}
	for name, in := range map[string]string{
		"missing field":       edit(`,"nonce":"0x7"`, ``),
		"unknown field":       edit(`"nonce":"0x7"`, `"nonce":"0x7","salt":"0x1"`),
		"leading zero":        edit(`"nonce":"0x7"`, `"nonce":"0x07"`),
		"decimal":             edit(`"nonce":"0x7"`, `"nonce":"7"`),
		"number":              edit(`"nonce":"0x7"`, `"nonce":7`),
		"uint64 overflow":     edit(`"inputSize":"0x1000"`, `"inputSize":"0x10000000000000000"`),
		"uint256 overflow":    edit(`"maxFee":"0xde0b6b3a7640000"`, `"maxFee":"0x1`+strings.Repeat("0", 64)+`"`),
		"empty quantity":      edit(`"maxFee":"0xde0b6b3a7640000"`, `"maxFee":"0x"`),
		"short hash":          edit(`"program":"0x11`, `"program":"0x`),
		"null field":          edit(`"nonce":"0x7"`, `"nonce":null`),
		"not an object":       `"0x1"`,
		"null":                `null`,
		"trailing garbage in": edit(`"0x7"}`, `"0x7"}}`),
	} {
		var j Job
		if err := json.Unmarshal([]byte(in), &j); err == nil {
			t.Errorf("%s: accepted %s", name, in)
		}
	}
	// Withdraw: an address of the wrong length.
	if err := json.Unmarshal([]byte(`{"to":"0x00","amount":"0x0","maxFee":"0x0","nonce":"0x0"}`), new(Withdraw)); err == nil {
		t.Error("short address accepted")
	}

	s := Signed{Kind: KindJob, Message: knownJob(), Signature: withRS(uint256.NewInt(1), uint256.NewInt(2), 27), AccountHint: 5}
	signed, err := json.Marshal(s)
	if err != nil {
		t.Fatal(err)
	}
	sedit := func(old, new string) string {
		if !strings.Contains(string(signed), old) {
			t.Fatalf("%q not in %s", old, signed)
		}
		return strings.Replace(string(signed), old, new, 1)
	}
	for name, c := range map[string]struct {
		in   string
		want error
	}{
		"hint over uint32": {sedit(`"accountHint":"0x5"`, `"accountHint":"0x100000000"`), ErrMalformed},
		"missing hint":     {sedit(`,"accountHint":"0x5"`, ``), ErrMalformed},
		"null message":     {sedit(string(job), `null`), ErrMalformed},
		"kind mismatch":    {sedit(`"kind":"Job"`, `"kind":"Withdraw"`), nil},
		"lower-case kind":  {sedit(`"kind":"Job"`, `"kind":"job"`), ErrUnknownKind},
		"kind number":      {sedit(`"kind":"Job"`, `"kind":1`), nil},
		"v = 2":            {sedit(`1b"`, `02"`), ErrBadSignature},
		"64-byte sig":      {sedit(`1b"`, `"`), ErrBadSignature},
	} {
		var got Signed
		err := json.Unmarshal([]byte(c.in), &got)
		if err == nil {
			t.Errorf("%s: accepted %s", name, c.in)
		} else if c.want != nil && !errors.Is(err, c.want) {
			t.Errorf("%s: error %v, want %v", name, err, c.want)
		}
	}
	// v = 0 is accepted and normalized.
	var got Signed
	if err := json.Unmarshal([]byte(sedit(`1b"`, `00"`)), &got); err != nil || got.Signature.V() != 27 {
		t.Fatalf("v = 0: %v, v = %d", err, got.Signature.V())
	}
}
