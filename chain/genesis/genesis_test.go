package genesis

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/crollup/crollup/chain/layout"
	"github.com/crollup/crollup/chain/stf"
)

func TestFromConfig(t *testing.T) {
	c := DefaultConfig()
	c.Accounts = []Account{{common.HexToAddress("0xaa"), uint256.NewInt(1000)}, {common.HexToAddress("0xbb"), uint256.NewInt(7)}}
	a, err := New(c)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := New(c)
	if a.Root() != b.Root() {
		t.Fatal("genesis is not deterministic")
	}
	g, err := stf.ReadGlobals(a.Mem)
	if err != nil || g.Accounts != 2 || g.FlatPrice != c.FlatPrice || g != a.Globals {
		t.Fatalf("globals %+v (%v), want %+v", g, err, a.Globals)
	}
	acc, err := layout.DecodeAccount([2]layout.Leaf{a.Mem.ReadLeaf(layout.AccountAddr(1)), a.Mem.ReadLeaf(layout.AccountAddr(1) + 32)})
	if err != nil || acc.Balance.Uint64() != 7 || acc.Address[19] != 0xbb {
		t.Fatalf("account 1: %+v, %v", acc, err)
	}
	c.ChainID++
	d, _ := New(c)
	if d.Cfg.Domain == a.Cfg.Domain {
		t.Fatal("chain id not in the domain")
	}
}

func TestCheck(t *testing.T) {
	c := DefaultConfig()
	c.Accounts = []Account{{Address: common.HexToAddress("0xaa")}}
	if _, err := New(c); err == nil {
		t.Fatal("an account without a balance was accepted")
	}
}
