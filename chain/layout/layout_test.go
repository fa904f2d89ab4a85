package layout

import (
	"errors"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/crollup/crollup/fraudvm/isa"
)

func TestRegionsDisjointAlignedBelowScratch(t *testing.T) {
	type region struct {
		name       string
		base, bits uint64
	}
	rs := []region{
		{"globals", GlobalsBase, RegionBits}, {"accounts", AccountsBase, RegionBits}, {"jobs", JobsBase, RegionBits},
		{"programs", ProgramsBase, RegionBits}, {"heap", HeapBase, HeapBits}, {"withdrawals", WithdrawalsBase, RegionBits},
		{"batch", BatchBase, RegionBits}, {"receipts", ReceiptsBase, RegionBits},
	}
	for i, a := range rs {
		if a.base%(1<<a.bits) != 0 || a.base+(1<<a.bits) > isa.ScratchBase {
			t.Errorf("%s: not an aligned subtree below scratch", a.name)
		}
		for _, b := range rs[i+1:] {
			if a.base < b.base+(1<<b.bits) && b.base < a.base+(1<<a.bits) {
				t.Errorf("%s overlaps %s", a.name, b.name)
			}
		}
	}
	// The largest index of each record kind stays inside its region.
	for _, c := range []struct {
		name       string
		addr, base uint64
		size       uint64
	}{
		{"account", AccountAddr(1<<30 - 1), AccountsBase, RecordSize}, {"job", JobAddr(1<<64 - 1), JobsBase, RecordSize},
		{"program", ProgramAddr(1<<30 - 1), ProgramsBase, RecordSize}, {"withdrawal", WithdrawalAddr(1<<64 - 1), WithdrawalsBase, RecordSize},
		{"receipt", ReceiptAddr(1<<64 - 1), ReceiptsBase, isa.LeafSize},
	} {
		if c.addr < c.base || c.addr+c.size > c.base+(1<<RegionBits) || c.addr%isa.LeafSize != 0 {
			t.Errorf("%s: address 0x%x outside its region", c.name, c.addr)
		}
	}
}

func u256(r *rand.Rand) uint256.Int {
	var v uint256.Int
	v.SetAllOne()
	v.Rsh(&v, uint(r.IntN(256)))
	return v
}

func hash(r *rand.Rand) (h common.Hash) {
	for i := range h {
		h[i] = byte(r.Uint32())
	}
	return
}

func addr(r *rand.Rand) (a common.Address) {
	for i := range a {
		a[i] = byte(r.Uint32())
	}
	return
}

// flipsRejected checks that flipping each reserved byte of an encoding makes it malformed.
func flipsRejected(t *testing.T, what string, leaves []Leaf, reserved [][2]int, decode func([]Leaf) error) {
	t.Helper()
	if err := decode(leaves); err != nil {
		t.Fatalf("%s: valid encoding rejected: %v", what, err)
	}
	for _, rg := range reserved {
		for i := rg[0]; i < rg[1]; i++ {
			bad := append([]Leaf(nil), leaves...)
			bad[i/32][i%32] ^= 0x80
			if err := decode(bad); !errors.Is(err, ErrMalformed) {
				t.Fatalf("%s: reserved byte %d flipped: accepted", what, i)
			}
		}
	}
}

func TestRoundTrips(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 1))
	for k := 0; k < 200; k++ {
		g := Globals{r.Uint64(), r.Uint64(), r.Uint64(), r.Uint64(), r.Uint32(), r.Uint32(), r.Uint64(), r.Uint64(), r.Uint64(), r.Uint64(), r.Uint64(), r.Uint32(), r.Uint64()}
		if got, err := DecodeGlobals(g.Encode()); err != nil || got != g {
			t.Fatalf("globals: %v %v", got, err)
		}
		a := Account{Address: addr(r), Nonce: r.Uint64(), Balance: u256(r)}
		if got, err := DecodeAccount(a.Encode()); err != nil || got != a {
			t.Fatalf("account: %v", err)
		}
		fee := u256(r)
		fee.Rsh(&fee, 128)
		j := Job{Output: hash(r), Program: r.Uint32(), Sender: r.Uint32(), Status: JobStatus(r.IntN(3)), Fault: uint8(r.IntN(3)), Fee: fee}
		if got, err := DecodeJob(j.Encode()); err != nil || got != j {
			t.Fatalf("job: %v %v", got, err)
		}
		p := Program{Root: hash(r), HeapOffset: r.Uint64(), Height: uint8(r.IntN(36)), State: ProgramState(r.IntN(2) + 1), Size: r.Uint32(), Steps: r.Uint64(), Uploader: r.Uint32()}
		if got, err := DecodeProgram(p.Encode()); err != nil || got != p {
			t.Fatalf("program: %v", err)
		}
		w := Withdrawal{To: addr(r), Amount: u256(r)}
		if got, err := DecodeWithdrawal(w.Encode()); err != nil || got != w {
			t.Fatalf("withdrawal: %v", err)
		}
		rc := Receipt{Kind: uint8(r.IntN(4)), Skip: Skip(r.IntN(numSkips)), Account: r.Uint32(), Index: r.Uint64()}
		if got, err := DecodeReceipt(rc.Encode()); err != nil || got != rc {
			t.Fatalf("receipt: %v", err)
		}
	}
}

func TestReservedBytesRejected(t *testing.T) {
	g := (&Globals{Batches: 1}).Encode()
	flipsRejected(t, "globals", g[:], [][2]int{{32 + 24, 64}, {64 + 28, 96}, {96 + 8, 128}}, func(l []Leaf) error {
		_, err := DecodeGlobals([4]Leaf(l))
		return err
	})
	a := (&Account{Nonce: 1}).Encode()
	flipsRejected(t, "account", a[:], [][2]int{{28, 32}}, func(l []Leaf) error { _, err := DecodeAccount([2]Leaf(l)); return err })
	j := (&Job{Status: JobHalted}).Encode()
	flipsRejected(t, "job", j[:], [][2]int{{32 + 10, 32 + 16}}, func(l []Leaf) error { _, err := DecodeJob([2]Leaf(l)); return err })
	p := (&Program{State: ProgramReady}).Encode()
	flipsRejected(t, "program", p[:], [][2]int{{32 + 10, 32 + 12}, {32 + 28, 64}}, func(l []Leaf) error { _, err := DecodeProgram([2]Leaf(l)); return err })
	w := (&Withdrawal{}).Encode()
	flipsRejected(t, "withdrawal", w[:], [][2]int{{20, 32}}, func(l []Leaf) error { _, err := DecodeWithdrawal([2]Leaf(l)); return err })
	rc := (&Receipt{}).Encode()
	flipsRejected(t, "receipt", []Leaf{rc}, [][2]int{{2, 4}, {16, 32}}, func(l []Leaf) error { _, err := DecodeReceipt(l[0]); return err })
	// Out-of-range enumerations.
	bad := (&Job{}).Encode()
	bad[1][8] = 3
	if _, err := DecodeJob(bad); !errors.Is(err, ErrMalformed) {
		t.Error("job status 3 accepted")
	}
	bp := (&Program{State: ProgramReady}).Encode()
	bp[1][9] = 0
	if _, err := DecodeProgram(bp); !errors.Is(err, ErrMalformed) {
		t.Error("program state 0 accepted")
	}
}
