package l1data

import (
	"bytes"
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// TestBatchCommitmentLayout checks the packed layout byte by byte against a hand-written
// preimage.
func TestBatchCommitmentLayout(t *testing.T) {
	acc := common.HexToHash("0xaa")
	h1, h2 := common.HexToHash("0x0101"), common.HexToHash("0x0102")
	pre := common.FromHex("0x0102030405060708" + "0a0b0c0d" + "1112131415161718")
	pre = append(pre, acc[:]...)
	pre = append(pre, 2)
	pre = append(pre, h1[:]...)
	pre = append(pre, h2[:]...)
	if len(pre) != 53+64 {
		t.Fatalf("preimage is %d bytes", len(pre))
	}
	got := BatchCommitment(0x0102030405060708, 0x0a0b0c0d, 0x1112131415161718, acc, []common.Hash{h1, h2})
	if want := crypto.Keccak256Hash(pre); got != want {
		t.Fatalf("commitment %x, want %x", got, want)
	}
	forced := BatchCommitment(7, 0, 3, acc, nil)
	pre = append(common.FromHex("0x0000000000000007"+"00000000"+"0000000000000003"), acc[:]...)
	if want := crypto.Keccak256Hash(append(pre, 0)); forced != want {
		t.Fatalf("forced commitment %x, want %x", forced, want)
	}
}

func TestNextAcc(t *testing.T) {
	m := common.HexToHash("0x1234")
	if got, want := NextAcc(common.Hash{}, m), crypto.Keccak256Hash(make([]byte, 32), m[:]); got != want {
		t.Fatalf("acc(1) = %x, want %x", got, want)
	}
}

func TestDepositEncoding(t *testing.T) {
	d := Deposit{Index: 0x01020304, To: common.HexToAddress("0x00112233445566778899aabbccddeeff00112233")}
	d.Amount.SetUint64(0x0506)
	want := common.FromHex("0x01" + "01020304" + "00112233445566778899aabbccddeeff00112233" +
		"0000000000000000000000000000000000000000000000000000000000000506")
	enc := d.Encode()
	if !bytes.Equal(enc, want) {
		t.Fatalf("encoding\n got %x\nwant %x", enc, want)
	}
	if d.Hash() != crypto.Keccak256Hash(want) {
		t.Fatal("Hash is not keccak256 of the encoding")
	}
	back, err := DecodeDeposit(enc)
	if err != nil || back.Index != d.Index || back.To != d.To || !back.Amount.Eq(&d.Amount) {
		t.Fatalf("decode: %+v, %v", back, err)
	}
	for _, bad := range [][]byte{enc[:DepositSize-1], append(bytes.Clone(enc), 0), append([]byte{2}, enc[1:]...)} {
		if _, err := DecodeDeposit(bad); !errors.Is(err, ErrMalformedDeposit) {
			t.Errorf("DecodeDeposit(%x): %v, want ErrMalformedDeposit", bad, err)
		}
	}
}

func FuzzDecodeDeposit(f *testing.F) {
	max := Deposit{Index: ^uint32(0), To: common.MaxAddress}
	max.Amount.SetAllOne()
	f.Add((&Deposit{}).Encode())
	f.Add(max.Encode())
	f.Add([]byte{1, 2, 3})
	f.Fuzz(func(t *testing.T, b []byte) {
		d, err := DecodeDeposit(b)
		if err != nil {
			return
		}
		if !bytes.Equal(d.Encode(), b) {
			t.Fatalf("re-encoding %x gives %x", b, d.Encode())
		}
	})
}
