package msg

import (
	"bytes"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
)

func TestBodyRoundTrip(t *testing.T) {
	key, _ := crypto.GenerateKey()
	d := Domain{ChainID: 7}
	s, err := NewSigned(&Withdraw{Amount: uint256.NewInt(5), Nonce: 3}, d, key, 0x01020304)
	if err != nil {
		t.Fatal(err)
	}
	body, err := s.Body()
	if err != nil {
		t.Fatal(err)
	}
	wire, _ := s.MarshalBinary()
	if !bytes.Equal(body, wire[wordSize:]) {
		t.Fatal("Body is not the wire form without its header")
	}
	back, err := ParseBody(KindWithdraw, 0x01020304, body)
	if err != nil {
		t.Fatal(err)
	}
	if again, _ := back.MarshalBinary(); !bytes.Equal(again, wire) {
		t.Fatal("ParseBody(Body()) changed the message")
	}
	if _, err := ParseBody(KindJob, 1, body); err == nil {
		t.Fatal("a Withdraw body parsed as a Job")
	}
}
