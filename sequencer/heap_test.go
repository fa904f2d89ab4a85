package sequencer

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/crollup/crollup/chain/api"
	"github.com/crollup/crollup/chain/batch"
	"github.com/crollup/crollup/chain/genesis"
	"github.com/crollup/crollup/chain/layout"
	"github.com/crollup/crollup/chain/msg"
	"github.com/crollup/crollup/chain/stf"
	"github.com/crollup/crollup/chain/stf/stftest"
	"github.com/crollup/crollup/fraudvm/program/examples"
)

// TestHeapReservationAttack plays the program-heap attack (issue 19): uploads that each declare
// a 2^30-byte object and send one 32-byte chunk, never completing it, so that each reserves a
// 1 GiB heap slot. 256 of them fill the 2^38-byte heap, after which every new program is refused
// ("the object heap has no room"), for every user. With the default heap price each one
// forfeits a deposit of 2^30 gwei (about 1.07 ETH): an attacker holding 10 ETH gets 9 slots,
// and an honest upload still succeeds. With no heap price the attack works, which is what
// the deposit is for (and what shows that this test can fail).
func TestHeapReservationAttack(t *testing.T) {
	const attackerBalance = 10_000_000_000_000_000_000 // 10 ETH
	for _, tc := range []struct {
		name      string
		heapPrice uint64
		reserved  int    // slots the attacker gets
		refusal   int    // the code of the attacker's first refused message
		honest    int    // the code of the honest upload (0: admitted)
		refusedAs string // in the attacker's refusal
	}{
		{"default heap price", genesis.DefaultHeapPrice, 9, api.CodeSkipBase + int(layout.SkipBalance), 0, "the new program's deposit"},
		{"no heap price", 0, 256, api.CodeSkipBase + int(layout.SkipUpload), api.CodeSkipBase + int(layout.SkipUpload), "no room"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := heapEnv(t, tc.heapPrice, attackerBalance, 1_000_000_000_000_000_000)
			ctx := context.Background()
			chunk := make([]byte, 32)
			fee := stftest.UploadFee(0)
			deposit := new(uint256.Int).Mul(uint256.NewInt(1<<30), uint256.NewInt(tc.heapPrice))
			maxFee := new(uint256.Int).AddUint64(deposit, fee)
			reserved, refusal := 0, error(nil)
			for k := 0; k < 300 && refusal == nil; k++ {
				root := crypto.Keccak256Hash([]byte(fmt.Sprintf("never completed %d", k)))
				s, err := msg.NewSigned(&msg.Upload{Program: root, Size: 1 << 30, Chunk: batch.DataRoot(chunk), MaxFee: maxFee,
					Nonce: e.nonces[1]}, e.users[1].Domain, e.users[1].Key, 1)
				if err != nil {
					t.Fatal(err)
				}
				if _, refusal = e.send(s, uint32(reserved), chunk); refusal == nil {
					e.nonces[1]++
					reserved++
				}
			}
			if reserved != tc.reserved || code(refusal) != tc.refusal || !strings.Contains(refusal.Error(), tc.refusedAs) {
				t.Fatalf("the attacker reserved %d slots, then %v (code %d); want %d slots, then code %d (%q)",
					reserved, refusal, code(refusal), tc.reserved, tc.refusal, tc.refusedAs)
			}
			// Each reservation cost its chunk's fee and a deposit that never comes back.
			acc, err := e.c.GetAccount(ctx, e.users[1].Address())
			want := new(uint256.Int).Sub(uint256.NewInt(attackerBalance), new(uint256.Int).Mul(maxFee, uint256.NewInt(uint64(reserved))))
			if err != nil || !acc.Balance.ToInt().IsUint64() || acc.Balance.ToInt().Uint64() != want.Uint64() {
				t.Fatalf("attacker's account %+v (%v), want balance %v", acc, err, want)
			}

			// An honest user uploads the example MLP.
			p := examples.MLP()
			h := batch.DataHeight(int(p.Size())) - 2
			_, _, err = e.upload(2, p.Bytes(), h)
			if code(err) != tc.honest {
				t.Fatalf("honest upload: %v (code %d), want code %d", err, code(err), tc.honest)
			}
			info, err := e.c.GetProgram(ctx, p.Root())
			if err != nil {
				t.Fatal(err)
			}
			if ready := info.State == "ready"; ready != (tc.honest == 0) {
				t.Fatalf("honest program after the attack: %+v", info)
			}
		})
	}
}

// heapEnv is newEnv on a chain with the given heap price whose users 1 and 2 hold the given
// balances (account 0, the fee recipient, nothing), with room in the mempool for the attack.
func heapEnv(t *testing.T, heapPrice uint64, attacker, honest uint64) *env {
	if stf.HeapSize>>30 != 256 {
		t.Fatalf("the heap holds %d slots of 2^30 bytes, the test expects 256", stf.HeapSize>>30)
	}
	cfg := testConfig()
	cfg.MempoolPerAccount, cfg.MempoolTotal = 1000, 1000
	return newEnvWith(t, cfg, func(g *genesis.Config) { g.HeapPrice = heapPrice }, 0, attacker, honest)
}
