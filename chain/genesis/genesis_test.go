package genesis

import (
	"testing"

	"github.com/crollup/crollup/chain/layout"
	"github.com/crollup/crollup/chain/stf"
	"github.com/crollup/crollup/config"
)

func TestFromConfig(t *testing.T) {
	c := config.Default().Chain
	c.Accounts = "0x00000000000000000000000000000000000000aa=1000,0x00000000000000000000000000000000000000bb=7"
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
