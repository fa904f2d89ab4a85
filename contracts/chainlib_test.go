package contracts_test

import (
	"bytes"
	"crypto/ecdsa"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/crollup/crollup/chain/msg"
	"github.com/crollup/crollup/contracts/bindings"
	"github.com/crollup/crollup/contracts/evm"
	"github.com/crollup/crollup/fraudvm/memory"
)

// The differential tests of the libraries the chain steps use (MerkleMemory.subtreeNode and fold,
// MessageAuth) against their Go twins (fraudvm/memory, chain/msg), through ChainLibHarness on the
// EVM.

// chainLib is a deployed ChainLibHarness.
type chainLib struct {
	c *evm.Contract
	b *bindings.ChainLibHarness
}

func newChainLib(t *testing.T) *chainLib {
	t.Helper()
	c, err := evm.DeployArtifact("ChainLibHarness")
	if err != nil {
		t.Fatal(err)
	}
	return &chainLib{c: c, b: bindings.NewChainLibHarness()}
}

// ret calls with input and returns the return data; a revert fails the test.
func (h *chainLib) ret(t *testing.T, input []byte) []byte {
	t.Helper()
	res, err := h.c.Call(input)
	if err != nil {
		t.Fatal(err)
	}
	if res.Revert != nil {
		t.Fatalf("ChainLibHarness %v", res.Revert)
	}
	return res.Return
}

// revert calls with input, which must revert with the custom error name, and returns its
// arguments.
func (h *chainLib) revert(t *testing.T, input []byte, name string) []any {
	t.Helper()
	res, err := h.c.Call(input)
	if err != nil {
		t.Fatal(err)
	}
	if res.Revert == nil || res.Revert.Name != name {
		t.Fatalf("ChainLibHarness call: revert = %v, want %s", res.Revert, name)
	}
	return res.Revert.Args
}

func (h *chainLib) subtreeNode(t *testing.T, data []byte, height uint) (common.Hash, uint64) {
	t.Helper()
	out, err := h.b.UnpackSubtreeNode(h.ret(t, h.b.PackSubtreeNode(data, big.NewInt(int64(height)))))
	if err != nil {
		t.Fatal(err)
	}
	return out.Node, out.GasUsed.Uint64()
}

func (h *chainLib) nodeRoot(t *testing.T, node common.Hash, addr uint64, height uint, proof []common.Hash) (common.Hash, uint64) {
	t.Helper()
	sib := make([]byte, 0, 32*len(proof))
	for _, p := range proof {
		sib = append(sib, p[:]...)
	}
	in := h.b.PackNodeRoot(node, new(big.Int).SetUint64(addr), big.NewInt(int64(height)), sib)
	out, err := h.b.UnpackNodeRoot(h.ret(t, in))
	if err != nil {
		t.Fatal(err)
	}
	return out.Root, out.GasUsed.Uint64()
}

func (h *chainLib) digest(t *testing.T, kind uint8, sep common.Hash, body []byte) (common.Hash, uint64) {
	t.Helper()
	out, err := h.b.UnpackDigest(h.ret(t, h.b.PackDigest(kind, sep, body)))
	if err != nil {
		t.Fatal(err)
	}
	return out.Hash, out.GasUsed.Uint64()
}

func (h *chainLib) recover(t *testing.T, hash, r, s, v common.Hash) (common.Address, uint64) {
	t.Helper()
	out, err := h.b.UnpackRecover(h.ret(t, h.b.PackRecover(hash, r, s, v)))
	if err != nil {
		t.Fatal(err)
	}
	return out.Signer, out.GasUsed.Uint64()
}

func randBytes(rng *rand.Rand, n int) []byte {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(rng.Uint32())
	}
	return b
}

func randHash(rng *rand.Rand) (h common.Hash) {
	copy(h[:], randBytes(rng, 32))
	return h
}

// randAligned returns a random address aligned to a subtree of the given height.
func randAligned(rng *rand.Rand, height uint) uint64 {
	if height == memory.Depth {
		return 0
	}
	shift := memory.LeafSize<<height - 1
	return rng.Uint64N(memory.Size) &^ uint64(shift)
}

// TestSubtreeNode compares MerkleMemory.subtreeNode with memory.NodeHash for subtrees of heights
// 0 to 4 at random aligned addresses, random, zero and half-zero contents, and checks that the node
// with the subtree's siblings folds to the memory root.
func TestSubtreeNode(t *testing.T) {
	h := newChainLib(t)
	rng := rand.New(rand.NewPCG(1, 2))
	m := memory.New()
	// Some content elsewhere, so the siblings are not all zero subtrees.
	for range 8 {
		m.Write(randAligned(rng, 4), randBytes(rng, 512))
	}
	for i := range 60 {
		height := uint(i % 5)
		n := memory.LeafSize << height
		addr := randAligned(rng, height)
		data := randBytes(rng, n)
		switch i / 5 % 4 {
		case 1: // all zero: Go answers from its zero-subtree table
			clear(data)
		case 2: // the second half zero
			clear(data[n/2:])
		case 3: // one leaf non-zero
			clear(data)
			copy(data[rng.IntN(n/32)*32:], randBytes(rng, 32))
		}
		m.Write(addr, data)
		want := m.NodeHash(addr, height)
		got, gas := h.subtreeNode(t, data, height)
		if got != want {
			t.Fatalf("subtreeNode(height %d at %#x) = %x, memory.NodeHash = %x", height, addr, got, want)
		}
		root, _ := h.nodeRoot(t, got, addr, height, m.ProveNode(addr, height))
		if root != m.Root() {
			t.Fatalf("fold(subtreeNode, height %d at %#x) = %x, memory root %x", height, addr, root, m.Root())
		}
		if i == 4 {
			t.Logf("subtreeNode gas, height 4 (512 bytes, 15 keccaks): %d", gas)
		}
	}
	// Height 0 is the word itself.
	w := randBytes(rng, 32)
	if got, _ := h.subtreeNode(t, w, 0); !bytes.Equal(got[:], w) {
		t.Fatalf("subtreeNode(height 0) = %x, want the word %x", got, w)
	}
	for _, c := range []struct {
		height uint64
		n      int
	}{{5, 1024}, {4, 480}, {4, 544}, {0, 0}, {0, 64}, {1, 32}, {3, 512}, {1 << 62, 32}} {
		in := h.b.PackSubtreeNode(make([]byte, c.n), new(big.Int).SetUint64(c.height))
		args := h.revert(t, in, "BadSubtree")
		if args[0].(*big.Int).Uint64() != c.height || args[1].(*big.Int).Uint64() != uint64(c.n) {
			t.Fatalf("BadSubtree%v, want (%d, %d)", args, c.height, c.n)
		}
	}
}

// TestNodeRoot compares MerkleMemory.fold with the memory root for a node of every height 0 to 35
// and its ProveNode siblings, and with memory.NodeRootFromProof for a tampered node or sibling.
func TestNodeRoot(t *testing.T) {
	h := newChainLib(t)
	rng := rand.New(rand.NewPCG(3, 4))
	m := memory.New()
	var written []uint64
	for range 24 {
		a := randAligned(rng, 0)
		m.Write(a, randBytes(rng, 32*(1+rng.IntN(64))))
		written = append(written, a)
	}
	for i := range 2 * (memory.Depth + 1) {
		height := uint(i % (memory.Depth + 1))
		addr := randAligned(rng, height)
		if i > memory.Depth { // the second round: nodes over written content
			addr = written[rng.IntN(len(written))] &^ (memory.LeafSize<<height - 1)
		}
		node := m.NodeHash(addr, height)
		proof := m.ProveNode(addr, height)
		got, gas := h.nodeRoot(t, node, addr, height, proof)
		if got != m.Root() {
			t.Fatalf("fold(height %d at %#x) = %x, memory root %x", height, addr, got, m.Root())
		}
		if height == 0 && i == 0 {
			t.Logf("fold gas, leaf (35 siblings): %d", gas)
		}
		// A different node, or a different sibling, folds to what Go folds it to, not the root.
		bad := node
		bad[rng.IntN(32)] ^= 1 << rng.IntN(8)
		want := memory.NodeRootFromProof(bad, addr, height, proof)
		if got, _ := h.nodeRoot(t, bad, addr, height, proof); got != want || got == m.Root() {
			t.Fatalf("fold(tampered node, height %d at %#x) = %x, Go %x, root %x", height, addr, got, want, m.Root())
		}
		if len(proof) > 0 {
			badProof := append([]common.Hash(nil), proof...)
			badProof[rng.IntN(len(badProof))][rng.IntN(32)] ^= 1
			want := memory.NodeRootFromProof(node, addr, height, badProof)
			if got, _ := h.nodeRoot(t, node, addr, height, badProof); got != want || got == m.Root() {
				t.Fatalf("fold(tampered sibling, height %d at %#x) = %x, Go %x", height, addr, got, want)
			}
		}
	}
}

func randU256(rng *rand.Rand) *uint256.Int {
	switch rng.IntN(4) {
	case 0:
		return nil
	case 1:
		return uint256.NewInt(rng.Uint64())
	default:
		return new(uint256.Int).SetBytes(randBytes(rng, 32))
	}
}

func randMessage(rng *rand.Rand, k msg.Kind) msg.Message {
	switch k {
	case msg.KindJob:
		return &msg.Job{Program: randHash(rng), Input: randHash(rng), InputSize: rng.Uint64(), MaxSteps: rng.Uint64(),
			MaxFee: randU256(rng), Nonce: rng.Uint64()}
	case msg.KindUpload:
		return &msg.Upload{Program: randHash(rng), Size: rng.Uint64(), Offset: rng.Uint64(), Chunk: randHash(rng),
			MaxFee: randU256(rng), Nonce: rng.Uint64()}
	default:
		return &msg.Withdraw{To: common.BytesToAddress(randBytes(rng, 20)), Amount: randU256(rng), MaxFee: randU256(rng),
			Nonce: rng.Uint64()}
	}
}

func randDomain(rng *rand.Rand, i int) msg.Domain {
	d := msg.Domain{ChainID: rng.Uint64(), VerifyingContract: common.BytesToAddress(randBytes(rng, 20))}
	switch i {
	case 0:
		d = msg.Domain{}
	case 1:
		d.ChainID = 1
	case 2:
		d.ChainID = ^uint64(0)
	}
	return d
}

// separatorOf is the EIP-712 domain separator for a chain id of any size: keccak256(typeHash ‖
// keccak256(name) ‖ keccak256(version) ‖ chainId ‖ verifyingContract), one word each.
func separatorOf(chainID *big.Int, verifyingContract common.Address) common.Hash {
	return crypto.Keccak256Hash(
		crypto.Keccak256([]byte(msg.DomainType)),
		crypto.Keccak256([]byte(msg.DomainName)),
		crypto.Keccak256([]byte(msg.DomainVersion)),
		common.BigToHash(chainID).Bytes(),
		common.BytesToHash(verifyingContract[:]).Bytes(),
	)
}

// TestMessageDigest compares MessageAuth's domain separator, type hashes, body sizes and digests
// with chain/msg's for random domains and messages of every kind, and checks its reverts.
func TestMessageDigest(t *testing.T) {
	h := newChainLib(t)
	rng := rand.New(rand.NewPCG(5, 6))
	for k := range 256 {
		out, err := h.b.UnpackBodyWords(h.ret(t, h.b.PackBodyWords(uint8(k))))
		if err != nil {
			t.Fatal(err)
		}
		if out.Uint64() != uint64(msg.Kind(k).BodyWords()) {
			t.Fatalf("bodyWords(%d) = %d, Go %d", k, out, msg.Kind(k).BodyWords())
		}
	}
	for _, k := range []msg.Kind{msg.KindJob, msg.KindUpload, msg.KindWithdraw} {
		got, err := h.b.UnpackTypeHash(h.ret(t, h.b.PackTypeHash(uint8(k))))
		if err != nil {
			t.Fatal(err)
		}
		if want := randMessage(rng, k).TypeHash(); got != want {
			t.Fatalf("typeHash(%v) = %x, Go %x", k, got, want)
		}
	}
	for i := range 40 {
		d := randDomain(rng, i)
		sep, err := h.b.UnpackDomainSeparator(h.ret(t, h.b.PackDomainSeparator(new(big.Int).SetUint64(d.ChainID), d.VerifyingContract)))
		if err != nil {
			t.Fatal(err)
		}
		if sep != d.Separator() {
			t.Fatalf("domainSeparator(%d, %v) = %x, Go %x", d.ChainID, d.VerifyingContract, sep, d.Separator())
		}
		k := msg.Kind(1 + i%3)
		m := randMessage(rng, k)
		got, gas := h.digest(t, uint8(k), sep, m.EncodeData())
		if want := m.Digest(d); got != want {
			t.Fatalf("digest(%v %+v, domain %+v) = %x, Go %x", k, m, d, got, want)
		}
		if i == 3 {
			t.Logf("digest gas, Job (6 words): %d", gas)
		}
	}
	// Go's Domain holds a uint64 chain id; the contract takes any uint256. Above 2^64 the
	// separator must still be the EIP-712 encoding, which separatorOf spells out (and which
	// agrees with Domain.Separator below 2^64).
	for i := range 6 {
		chainID := new(big.Int).SetBytes(randBytes(rng, 32))
		if i == 0 {
			chainID.SetUint64(^uint64(0)).Add(chainID, big.NewInt(1))
		}
		a := common.BytesToAddress(randBytes(rng, 20))
		got, err := h.b.UnpackDomainSeparator(h.ret(t, h.b.PackDomainSeparator(chainID, a)))
		if err != nil {
			t.Fatal(err)
		}
		if want := separatorOf(chainID, a); got != want {
			t.Fatalf("domainSeparator(%d, %v) = %x, want %x", chainID, a, got, want)
		}
		d := msg.Domain{ChainID: chainID.Uint64(), VerifyingContract: a}
		if separatorOf(new(big.Int).SetUint64(d.ChainID), a) != d.Separator() {
			t.Fatalf("separatorOf(%d, %v) is not Domain.Separator", d.ChainID, a)
		}
	}
	sep := randHash(rng)
	for _, k := range []uint8{0, 4, 255} {
		if args := h.revert(t, h.b.PackDigest(k, sep, make([]byte, 192)), "UnknownKind"); args[0].(uint8) != k {
			t.Fatalf("UnknownKind%v, want %d", args, k)
		}
		h.revert(t, h.b.PackTypeHash(k), "UnknownKind")
	}
	for _, c := range []struct {
		kind msg.Kind
		n    int
	}{{msg.KindJob, 128}, {msg.KindJob, 224}, {msg.KindUpload, 0}, {msg.KindWithdraw, 192}, {msg.KindWithdraw, 129}} {
		args := h.revert(t, h.b.PackDigest(uint8(c.kind), sep, make([]byte, c.n)), "BadEncodeDataLength")
		if args[0].(uint8) != uint8(c.kind) || args[1].(*big.Int).Uint64() != uint64(c.n) {
			t.Fatalf("BadEncodeDataLength%v, want (%d, %d)", args, c.kind, c.n)
		}
	}
}

var (
	secpN     = crypto.S256().Params().N
	secpHalfN = new(big.Int).Rsh(secpN, 1)
	secpP     = crypto.S256().Params().P
)

func word(x *big.Int) (w common.Hash) { return common.BigToHash(x) }

func vWord(v uint64) common.Hash { return common.BigToHash(new(big.Int).SetUint64(v)) }

// goRecover is what MessageAuth.recover must return, from chain/msg: msg.Recover's address, or
// zero where it fails. A v word that is not a single byte cannot be a Signature's v (and
// chain/stf rejects it); v ∈ {0, 1}, which msg.Recover accepts, MessageAuth rejects by design.
func goRecover(m msg.Message, d msg.Domain, r, s, v common.Hash) common.Address {
	if !bytes.Equal(v[:31], make([]byte, 31)) || v[31] < 27 {
		return common.Address{}
	}
	var sig msg.Signature
	copy(sig[0:32], r[:])
	copy(sig[32:64], s[:])
	sig[64] = v[31]
	a, err := msg.Recover(m, d, sig)
	if err != nil {
		return common.Address{}
	}
	return a
}

// notOnCurve returns the smallest x ≥ from (below n) that is not the x coordinate of a secp256k1
// point: x³ + 7 has no square root mod p, so ecrecover finds no key for r = x.
func notOnCurve(from int64) *big.Int {
	for x := big.NewInt(from); ; x.Add(x, big.NewInt(1)) {
		y2 := new(big.Int).Exp(x, big.NewInt(3), secpP)
		y2.Add(y2, big.NewInt(7)).Mod(y2, secpP)
		if new(big.Int).ModSqrt(y2, secpP) == nil {
			return x
		}
	}
}

func randKey(rng *rand.Rand) *ecdsa.PrivateKey {
	for {
		k, err := crypto.ToECDSA(randBytes(rng, 32))
		if err == nil {
			return k
		}
	}
}

// TestRecover compares MessageAuth.recover with chain/msg's Recover on valid signatures and on
// every way a signature can be rejected: high s, r or s zero or out of range, v other than 27 or 28
// as a whole word, and r with no curve point, where the precompile answers nothing.
func TestRecover(t *testing.T) {
	h := newChainLib(t)
	rng := rand.New(rand.NewPCG(7, 8))
	garbageR := notOnCurve(1)
	logged := false
	for i := range 12 {
		d := randDomain(rng, i)
		key := randKey(rng)
		signer := crypto.PubkeyToAddress(key.PublicKey)
		m := randMessage(rng, msg.Kind(1+i%3))
		sig, err := msg.Sign(m, d, key)
		if err != nil {
			t.Fatal(err)
		}
		digest := m.Digest(d)
		r, s, v := sig.R(), sig.S(), vWord(uint64(sig.V()))
		sInt := s.Big()
		flipped := vWord(uint64(55 - sig.V())) // 27 ↔ 28

		type sigCase struct {
			name    string
			r, s, v common.Hash
		}
		cases := []sigCase{
			{"valid", r, s, v},
			{"high s", r, word(new(big.Int).Sub(secpN, sInt)), flipped},
			{"v flipped", r, s, flipped},
			{"r zero", common.Hash{}, s, v},
			{"s zero", r, common.Hash{}, v},
			{"r = n", word(secpN), s, v},
			{"r = n + 1", word(new(big.Int).Add(secpN, big.NewInt(1))), s, v}, // an x coordinate below p, but r ≥ n
			{"r max", common.MaxHash, s, v},
			{"s = n/2", r, word(secpHalfN), v},
			{"s = n/2 + 1", r, word(new(big.Int).Add(secpHalfN, big.NewInt(1))), v},
			{"s = n - 1", r, word(new(big.Int).Sub(secpN, big.NewInt(1))), v},
			{"r not on curve", word(garbageR), s, v},
			{"v 0", r, s, vWord(uint64(sig.V()) - 27)},
			{"v 1", r, s, vWord(uint64(28 - sig.V()))},
			{"v 26", r, s, vWord(26)},
			{"v 29", r, s, vWord(29)},
			{"v 27 + 256", r, s, vWord(uint64(sig.V()) + 256)},
			{"v high bit", r, s, common.BigToHash(new(big.Int).SetBit(new(big.Int).SetUint64(uint64(sig.V())), 255, 1))},
			{"random r, s", randHash(rng), word(new(big.Int).Rsh(randHash(rng).Big(), 2)), v},
		}
		for _, c := range cases {
			want := goRecover(m, d, c.r, c.s, c.v)
			got, gas := h.recover(t, digest, c.r, c.s, c.v)
			if got != want {
				t.Fatalf("%s (message %d): recover = %v, Go %v", c.name, i, got, want)
			}
			switch c.name {
			case "valid":
				if got != signer {
					t.Fatalf("valid (message %d): recover = %v, signer %v", i, got, signer)
				}
				if !logged {
					t.Logf("recover gas, valid signature: %d", gas)
					logged = true
				}
			case "high s", "r zero", "s zero", "r = n", "r = n + 1", "r max", "s = n/2 + 1", "s = n - 1",
				"r not on curve", "v 0", "v 1", "v 26", "v 29", "v 27 + 256", "v high bit":
				if got != (common.Address{}) {
					t.Fatalf("%s (message %d): recover = %v, want zero", c.name, i, got)
				}
			}
		}

		// The cases must test what they claim: the precompile (go-ethereum's Ecrecover) does
		// accept the high-s twin and recovers the signer from it, msg.Recover accepts v ∈ {0, 1},
		// and only the curve stops the garbage r.
		high := append(append(append([]byte(nil), r[:]...), word(new(big.Int).Sub(secpN, sInt)).Bytes()...), 28-sig.V())
		if pub, err := crypto.Ecrecover(digest[:], high); err != nil || common.BytesToAddress(crypto.Keccak256(pub[1:])[12:]) != signer {
			t.Fatalf("high s (message %d): Ecrecover = %x, %v; want the signer", i, pub, err)
		}
		var sig01 msg.Signature = sig
		sig01[64] -= 27
		if a, err := msg.Recover(m, d, sig01); err != nil || a != signer {
			t.Fatalf("v %d (message %d): msg.Recover = %v, %v; want the signer", sig01[64], i, a, err)
		}
		var garbage msg.Signature = sig
		copy(garbage[0:32], word(garbageR).Bytes())
		if garbage.Validate() != nil {
			t.Fatalf("r not on curve: Validate rejects %v", garbage)
		}
	}
}

// TestRecoverGas checks that recover, given too little gas for the precompile, fails rather than
// report a valid signature as invalid: at every gas limit it returns the signer or reverts. (Here
// the 1/64 of the gas that the caller keeps across the failed precompile call is already too little
// to return, so this holds even without recover's EcrecoverFailed check, which guards a caller
// that would need less.)
func TestRecoverGas(t *testing.T) {
	h := newChainLib(t)
	rng := rand.New(rand.NewPCG(9, 10))
	key := randKey(rng)
	m := randMessage(rng, msg.KindWithdraw)
	d := randDomain(rng, 5)
	sig, err := msg.Sign(m, d, key)
	if err != nil {
		t.Fatal(err)
	}
	signer := crypto.PubkeyToAddress(key.PublicKey)
	digest := m.Digest(d)
	var failed, ok int
	for limit := int64(2000); limit <= 6000; limit += 10 {
		in := h.b.PackRecoverWithGas(digest, sig.R(), sig.S(), vWord(uint64(sig.V())), big.NewInt(limit))
		out, err := h.b.UnpackRecoverWithGas(h.ret(t, in))
		if err != nil {
			t.Fatal(err)
		}
		switch {
		case !out.Ok:
			failed++
		case out.Signer != signer:
			t.Fatalf("recover with %d gas = %v, want the signer %v or a revert", limit, out.Signer, signer)
		default:
			ok++
		}
	}
	if failed == 0 || ok == 0 {
		t.Fatalf("gas limits 2000..6000: %d failed, %d recovered; the range must cover both", failed, ok)
	}
}
