package stf

import (
	"encoding/binary"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/crollup/crollup/chain/batch"
	"github.com/crollup/crollup/chain/layout"
	"github.com/crollup/crollup/chain/msg"
	"github.com/crollup/crollup/fraudvm/isa"
	"github.com/crollup/crollup/fraudvm/vm"
)

// Limits of the chain (docs/spec/chain.md §2).
const (
	// MaxRecords bounds account, program, job and withdrawal indices (records of a 2^36 region).
	MaxRecords = 1 << 30
	// MaxProgramSize bounds a program object (the validator's default).
	MaxProgramSize = 1 << 30
	// HeapSize is the object heap's size.
	HeapSize = uint64(1) << layout.HeapBits
	// batchHeight, scratchHeight and outputHeight are the heights of the batch region, of all
	// of scratch and of the output region.
	batchHeight   = layout.RegionBits - 5
	scratchHeight = layout.RegionBits + 2 - 5
	outputHeight  = layout.RegionBits - 5
)

var (
	jobTypeHash      = crypto.Keccak256Hash([]byte(msg.JobType))
	uploadTypeHash   = crypto.Keccak256Hash([]byte(msg.UploadType))
	withdrawTypeHash = crypto.Keccak256Hash([]byte(msg.WithdrawType))

	secpN     = uint256.MustFromHex("0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141")
	secpHalfN = new(uint256.Int).Rsh(secpN, 1)
	two128    = new(uint256.Int).Lsh(uint256.NewInt(1), 128)
	maxU256   = new(uint256.Int).SetAllOne()
)

func be32(b []byte) uint32 { return binary.BigEndian.Uint32(b) }
func be64(b []byte) uint64 { return binary.BigEndian.Uint64(b) }

func zero(b []byte) bool {
	for _, x := range b {
		if x != 0 {
			return false
		}
	}
	return true
}

// word i of a body.
func word(body []byte, i int) []byte { return body[32*i : 32*i+32] }

// u64Word decodes a canonical uint64 word; ok is false if its high 24 bytes are not zero.
func u64Word(w []byte) (uint64, bool) { return be64(w[24:]), zero(w[:24]) }

func globalsAddr(i int) uint64 { return layout.GlobalsBase + uint64(i)*32 }

func (m *Machine) step() error {
	switch m.r.Phase {
	case PhaseBegin:
		return m.begin()
	case PhaseLoad:
		return m.load()
	case PhaseHeader:
		m.header()
	case PhaseDelayed:
		return m.delayed()
	case PhaseMsgLoad:
		m.msgLoad()
	case PhaseMsgAuth:
		m.msgAuth()
	case PhaseJobCheck:
		m.jobCheck()
	case PhaseJobInput:
		m.jobInput()
	case PhaseJobReserve:
		m.jobReserve()
	case PhaseJobProgram:
		m.jobProgram()
	case PhaseJobInputGraft:
		m.jobInputGraft()
	case PhaseJobFinish:
		m.jobFinish()
	case PhaseUploadCheck:
		m.uploadCheck()
	case PhaseUploadData:
		m.uploadData()
	case PhaseUploadPay:
		m.uploadPay()
	case PhaseUploadCreate:
		m.uploadCreate()
	case PhaseUploadWrite:
		m.uploadWrite()
	case PhaseUploadFinal:
		m.uploadFinal()
	case PhaseWithdrawCheck:
		m.withdrawCheck()
	case PhaseWithdrawApply:
		m.withdrawApply()
	case PhaseWithdrawRecord:
		m.withdrawRecord()
	case PhaseReceipt:
		m.receipt()
	case PhaseEnd:
		m.end()
	case PhaseBlock:
		m.block()
	case PhaseBlockEnd:
		m.blockEnd()
	default:
		return fmt.Errorf("%w: phase %v", ErrNoStep, m.r.Phase)
	}
	return nil
}

// ---- batch phases ----

func (m *Machine) begin() error {
	g0 := m.leaf(globalsAddr(0))
	g2 := m.leaf(globalsAddr(2))
	g3 := m.leaf(globalsAddr(3))
	n := be64(g0[0:])
	b, err := m.oracle.Batch(n)
	if err != nil {
		return fmt.Errorf("%w: batch %d: %w", ErrNoStep, n, err)
	}
	if b.Number != n {
		return fmt.Errorf("%w: oracle returned batch %d for %d", ErrNoStep, b.Number, n)
	}
	m.batch = b
	m.oracleData(b.Preimage())
	m.r.Batch, m.r.PayloadLength, m.r.DelayedTarget = n, b.PayloadLength, b.DelayedCount
	m.r.StepPrice, m.r.BytePrice, m.r.FlatPrice = be64(g2[0:]), be64(g2[8:]), be64(g2[16:])
	m.r.HeapPrice = be64(g3[0:])
	m.r.Cursor, m.r.Count = 0, uint32((uint64(b.PayloadLength)+31)/32)
	if b.PayloadLength == 0 {
		m.r.Phase = PhaseDelayed
	} else {
		m.r.Phase = PhaseLoad
	}
	return nil
}

func (m *Machine) oracleBatch() (*Batch, error) {
	if m.batch == nil || m.batch.Number != m.r.Batch {
		b, err := m.oracle.Batch(m.r.Batch)
		if err != nil {
			return nil, fmt.Errorf("%w: batch %d: %w", ErrNoStep, m.r.Batch, err)
		}
		m.batch = b
	}
	return m.batch, nil
}

func (m *Machine) load() error {
	b, err := m.oracleBatch()
	if err != nil {
		return err
	}
	w := m.r.Cursor
	word, canonical, loc, err := b.word(w)
	if err != nil {
		return fmt.Errorf("%w: %w", ErrNoStep, err)
	}
	if m.wit != nil {
		ww, err := b.wordWitness(loc)
		if err != nil {
			return fmt.Errorf("%w: %w", ErrNoStep, err)
		}
		m.oracleData(b.Preimage(), ww)
	}
	if !canonical {
		m.reject()
		return nil
	}
	addr := layout.BatchBase + 32*uint64(w)
	m.leaf(addr)
	m.setLeaf(addr, word)
	m.r.Cursor++
	if m.r.Cursor == m.r.Count {
		m.r.Cursor, m.r.Phase = 0, PhaseHeader
	}
	return nil
}

// reject marks the payload invalid from here on: no further message of it is processed; the
// batch's delayed messages still are.
func (m *Machine) reject() {
	m.r.Flags = (m.r.Flags | FlagRejected) &^ FlagInBlock
	m.r.Cursor, m.r.Count, m.r.TableBase, m.r.Phase = 0, 0, 0, PhaseDelayed
	m.r.Block, m.r.Blocks, m.r.BlockEnd, m.r.BlockDelayed = 0, 0, 0, 0
}

func (m *Machine) header() {
	h0 := m.leaf(layout.BatchBase)
	h1 := m.leaf(layout.BatchBase + 32)
	nb, nm := uint64(be32(h0[20:])), uint64(be32(h0[24:]))
	ok := string(h0[0:4]) == batch.Magic && h0[4] == batch.Version && zero(h0[5:8]) &&
		be64(h0[8:]) == m.r.Batch && be32(h0[16:]) == m.r.PayloadLength && m.r.PayloadLength%32 == 0 &&
		zero(h0[28:]) && be64(h1[0:]) == m.r.DelayedTarget && zero(h1[8:]) &&
		(2+nb+nm)*32 <= uint64(m.r.PayloadLength)
	if !ok {
		m.reject()
		return
	}
	m.r.Cursor, m.r.Count, m.r.TableBase = 0, uint32(nm), uint32(2+nb)
	m.r.Block, m.r.Blocks = 0, uint32(nb)
	m.r.Phase = PhaseDelayed
	if nb > 0 {
		m.r.Phase = PhaseBlock
	}
}

// block reads block-table entry Block: its messages must start at the cursor and fit in the
// batch, and its delayed count must not go back nor pass the batch's. A bad entry rejects the
// rest of the payload.
func (m *Machine) block() {
	e := m.leaf(layout.BatchBase + 32*(2+uint64(m.r.Block)))
	first, n, delayed := be32(e[8:]), be32(e[12:]), be64(e[16:])
	if first != m.r.Cursor || uint64(first)+uint64(n) > uint64(m.r.Count) || delayed < m.r.BlockDelayed ||
		delayed > m.r.DelayedTarget || !zero(e[24:]) {
		m.reject()
		return
	}
	m.r.Block++
	m.r.BlockEnd, m.r.BlockDelayed = first+n, delayed
	m.r.Flags |= FlagInBlock
	m.r.Phase = PhaseDelayed
}

// nextBlock moves on after a block's messages: to the next block, or to the batch's remaining
// delayed messages.
func (m *Machine) nextBlock() { m.r.Phase = PhaseBlockEnd }

// blockEnd pays the fees the block collected to the fee recipient, then moves to the next block
// or to the batch's remaining delayed messages. Paying per block, not per batch, is what makes a
// block's effect independent of the batch that carries it: a fee recipient spending in block
// k+1 what it earned in block k sees the same balance either way.
func (m *Machine) blockEnd() {
	m.payFees()
	if m.r.Block < m.r.Blocks {
		m.r.Phase = PhaseBlock
		return
	}
	m.r.Flags &^= FlagInBlock
	m.r.Phase = PhaseDelayed
}

func (m *Machine) delayed() error {
	g0a := globalsAddr(0)
	g0 := m.leaf(g0a)
	k := be64(g0[8:])
	inBlock := m.r.Flags&FlagInBlock != 0
	target := m.r.DelayedTarget
	if inBlock {
		target = m.r.BlockDelayed
	}
	if k >= target {
		switch {
		case !inBlock:
			m.r.Phase = PhaseEnd
		case m.r.Cursor < m.r.BlockEnd:
			m.r.Phase = PhaseMsgLoad
		default:
			m.nextBlock()
		}
		return nil
	}
	dm, err := m.oracle.Delayed(k)
	if err != nil {
		return fmt.Errorf("%w: delayed message %d: %w", ErrNoStep, k, err)
	}
	if m.wit != nil {
		var l [32]byte
		binary.BigEndian.PutUint64(l[24:], uint64(len(dm)))
		padded := make([]byte, (len(dm)+31)/32*32)
		copy(padded, dm)
		m.oracleData(l[:], padded)
	}
	binary.BigEndian.PutUint64(g0[8:], k+1)
	m.setLeaf(g0a, g0)
	// A deposit: kind 1 ‖ index u32 ‖ to ‖ amount u256. Anything else is consumed and ignored.
	if len(dm) != 57 || dm[0] != 1 {
		return nil
	}
	idx, to := be32(dm[1:]), common.BytesToAddress(dm[5:25])
	amount := new(uint256.Int).SetBytes32(dm[25:57])
	if idx >= MaxRecords {
		return nil
	}
	g1a := globalsAddr(1)
	g1 := m.leaf(g1a)
	accounts := be32(g1[0:])
	if idx > accounts {
		return nil
	}
	create := idx == accounts
	if create {
		binary.BigEndian.PutUint32(g1[0:], accounts+1)
		m.setLeaf(g1a, g1)
	}
	a0a := layout.AccountAddr(idx)
	a0 := m.leaf(a0a)
	if create {
		var l layout.Leaf
		copy(l[:20], to[:])
		m.setLeaf(a0a, l)
	} else if common.BytesToAddress(a0[:20]) != to {
		return nil
	}
	m.credit(a0a+32, amount) // saturating is unreachable with real ETH; it keeps the machine total
	return nil
}

func (m *Machine) end() {
	m.graft(layout.BatchBase, batchHeight, 0, true)
	g0a := globalsAddr(0)
	g0 := m.leaf(g0a)
	binary.BigEndian.PutUint64(g0[0:], be64(g0[0:])+1)
	m.setLeaf(g0a, g0)
	m.r.Status = StatusDone
}

// payFees credits the fees collected so far to the fee recipient (globals leaf 2).
func (m *Machine) payFees() {
	g2 := m.leaf(globalsAddr(2))
	if rcp := be32(g2[24:]); rcp < MaxRecords && !m.r.Fees.IsZero() {
		m.credit(layout.AccountAddr(rcp)+32, &m.r.Fees)
	}
	m.r.Fees.Clear()
}

// credit adds amount to the balance leaf at a, saturating at 2^256 − 1: one access.
func (m *Machine) credit(a uint64, amount *uint256.Int) {
	l := m.leaf(a)
	bal := new(uint256.Int).SetBytes32(l[:])
	if _, overflow := bal.AddOverflow(bal, amount); overflow {
		bal.SetAllOne()
	}
	m.setLeaf(a, bal.Bytes32())
}

// ---- messages ----

// skip ends the message's processing with a reason: its receipt is written next.
func (m *Machine) skip(reason layout.Skip) {
	m.r.Reason, m.r.Phase = uint8(reason), PhaseReceipt
}

// next moves to the next message of the block (or to BLOCK_END) and clears the per-message registers.
func (m *Machine) next() {
	r := &m.r
	r.Reason, r.Kind, r.Flags = 0, 0, r.Flags&^FlagNewProgram
	r.Account, r.BodyOff, r.DataOff, r.DataLen, r.DataHeight, r.AuxHeight, r.Program = 0, 0, 0, 0, 0, 0, 0
	r.Index, r.Aux = 0, 0
	r.Fee.Clear()
	r.Cursor++
	if r.Cursor < r.BlockEnd {
		r.Phase = PhaseMsgLoad
	} else {
		m.nextBlock()
	}
}

func (m *Machine) msgLoad() {
	t := m.leaf(layout.BatchBase + 32*(uint64(m.r.TableBase)+uint64(m.r.Cursor)))
	r := &m.r
	r.Kind, r.Account = t[0], be32(t[4:])
	bodyOff, bodyLen := be32(t[8:]), be32(t[12:])
	dataOff, dataLen, dataH, prog := be32(t[16:]), be32(t[20:]), t[24], be32(t[28:])
	k := msg.Kind(t[0])
	length := uint64(r.PayloadLength)
	ok := k.Valid() && zero(t[1:4]) && zero(t[25:28]) &&
		uint64(bodyLen) == uint64(32*(k.BodyWords()+3)) && bodyOff%batch.BodyAlign == 0 &&
		uint64(bodyOff)+uint64(bodyLen) <= length
	if ok && k == msg.KindWithdraw {
		ok = dataOff == 0 && dataLen == 0 && dataH == 0 && prog == 0
	} else if ok {
		ok = dataLen > 0 && dataH <= batch.MaxDataHeight && batch.DataHeight(int(dataLen)) == dataH &&
			uint64(dataOff)%(32<<dataH) == 0 && uint64(dataOff)+uint64(dataLen) <= length
	}
	if !ok {
		m.skip(layout.SkipMalformed)
		return
	}
	r.BodyOff, r.DataOff, r.DataLen, r.DataHeight, r.Program = bodyOff, dataOff, dataLen, dataH, prog
	r.Phase = PhaseMsgAuth
}

func (m *Machine) body() []byte { return m.subtree(layout.BatchBase + uint64(m.r.BodyOff)) }

// Digest is the EIP-712 signing hash the message check computes for a body of kind k (a
// valid kind) under the domain separator sep: keccak256(0x19 ‖ 0x01 ‖ sep ‖ keccak256(typeHash ‖
// the body's encodeData words)). Words after the encodeData (the signature) are not hashed.
func Digest(sep common.Hash, k msg.Kind, body []byte) common.Hash {
	typeHash, n, _ := bodyShape(k)
	sh := crypto.Keccak256Hash(typeHash[:], body[:32*n])
	return crypto.Keccak256Hash([]byte{0x19, 0x01}, sep[:], sh[:])
}

// bodyShape returns, for a kind, the EIP-712 type hash, the number of encodeData words, and
// which of them must be canonical uint64 (u) or address (a) words.
func bodyShape(k msg.Kind) (common.Hash, int, string) {
	switch k {
	case msg.KindJob:
		return jobTypeHash, 6, "bbuuxu"
	case msg.KindUpload:
		return uploadTypeHash, 6, "buubxu"
	default:
		return withdrawTypeHash, 4, "axxu"
	}
}

// Authenticate is the stateless part of the message check of a body of kind k (a valid kind)
// under the domain separator sep, in the chain's order: the encodeData words' shape
// (SkipMalformed), the signature's shape — v 27 or 28, 0 < r < n, 0 < s ≤ n/2 — and the recovery
// of its signer (SkipSignature). It returns the signer and layout.Applied when all pass. The
// message check runs it, then compares the signer with the account's address and the nonce; the
// sequencer runs it before admission, outside its lock, to refuse junk early.
func Authenticate(sep common.Hash, k msg.Kind, body []byte) (common.Address, layout.Skip) {
	_, n, shape := bodyShape(k)
	if len(body) < 32*(n+3) {
		return common.Address{}, layout.SkipMalformed // not a body of kind k (the machine's always are)
	}
	for i := 0; i < n; i++ {
		w := word(body, i)
		if (shape[i] == 'u' && !zero(w[:24])) || (shape[i] == 'a' && !zero(w[:12])) {
			return common.Address{}, layout.SkipMalformed
		}
	}
	rw, sw, vw := word(body, n), word(body, n+1), word(body, n+2)
	r, s := new(uint256.Int).SetBytes32(rw), new(uint256.Int).SetBytes32(sw)
	if !zero(vw[:31]) || (vw[31] != 27 && vw[31] != 28) || r.IsZero() || !r.Lt(secpN) || s.IsZero() || s.Gt(secpHalfN) {
		return common.Address{}, layout.SkipSignature
	}
	digest := Digest(sep, k, body)
	sig := make([]byte, 65)
	copy(sig[0:32], rw)
	copy(sig[32:64], sw)
	sig[64] = vw[31] - 27
	pub, err := crypto.SigToPub(digest[:], sig)
	if err != nil {
		return common.Address{}, layout.SkipSignature
	}
	return crypto.PubkeyToAddress(*pub), layout.Applied
}

func (m *Machine) msgAuth() {
	body := m.body()
	_, n, _ := bodyShape(msg.Kind(m.r.Kind))
	signer, skip := m.authenticate(msg.Kind(m.r.Kind), body)
	if skip != layout.Applied {
		m.skip(skip)
		return
	}
	if m.r.Account >= MaxRecords {
		m.skip(layout.SkipAccount)
		return
	}
	a0 := m.leaf(layout.AccountAddr(m.r.Account))
	if common.BytesToAddress(a0[:20]) != signer {
		m.skip(layout.SkipAccount)
		return
	}
	nonce, _ := u64Word(word(body, n-1))
	if nonce != be64(a0[20:]) || nonce == ^uint64(0) {
		m.skip(layout.SkipNonce)
		return
	}
	switch msg.Kind(m.r.Kind) {
	case msg.KindJob:
		m.r.Phase = PhaseJobCheck
	case msg.KindUpload:
		m.r.Phase = PhaseUploadCheck
	default:
		m.r.Phase = PhaseWithdrawCheck
	}
}

// balance reads the account's balance leaf.
func (m *Machine) balance() *uint256.Int {
	l := m.leaf(layout.AccountAddr(m.r.Account) + 32)
	return new(uint256.Int).SetBytes32(l[:])
}

// pay debits amount from the balance (checked before) and bumps the nonce: two accesses.
func (m *Machine) pay(amount *uint256.Int) {
	a := layout.AccountAddr(m.r.Account)
	l1 := m.leaf(a + 32)
	bal := new(uint256.Int).SetBytes32(l1[:])
	m.setLeaf(a+32, bal.Sub(bal, amount).Bytes32())
	l0 := m.leaf(a)
	binary.BigEndian.PutUint64(l0[20:], be64(l0[20:])+1)
	m.setLeaf(a, l0)
}

// dataNode reads the node of the message's data piece in the batch region.
func (m *Machine) dataNode() common.Hash {
	return m.node(layout.BatchBase+uint64(m.r.DataOff), uint(m.r.DataHeight))
}

// programRecord reads the two leaves of the hinted program's record; if the hint is not a
// record index, it reads nothing and skips the message with reason.
func (m *Machine) programRecord(reason layout.Skip) (p0, p1 layout.Leaf, ok bool) {
	if m.r.Program >= MaxRecords {
		m.skip(reason)
		return p0, p1, false
	}
	pa := layout.ProgramAddr(m.r.Program)
	return m.leaf(pa), m.leaf(pa + 32), true
}

func (m *Machine) jobCheck() {
	body := m.body()
	p0, p1, ok := m.programRecord(layout.SkipProgram)
	if !ok {
		return
	}
	if layout.ProgramState(p1[9]) != layout.ProgramReady || !bytesEq(p0[:], word(body, 0)) {
		m.skip(layout.SkipProgram)
		return
	}
	steps := be64(p1[16:])
	inputSize, _ := u64Word(word(body, 2))
	maxSteps, _ := u64Word(word(body, 3))
	if maxSteps < steps {
		m.skip(layout.SkipSteps)
		return
	}
	if inputSize != uint64(m.r.DataLen) {
		m.skip(layout.SkipSize)
		return
	}
	fee := new(uint256.Int).Mul(uint256.NewInt(steps), uint256.NewInt(m.r.StepPrice))
	fee.Add(fee, new(uint256.Int).Mul(uint256.NewInt(inputSize), uint256.NewInt(m.r.BytePrice)))
	if !fee.Lt(two128) || fee.Gt(new(uint256.Int).SetBytes32(word(body, 4))) {
		m.skip(layout.SkipFee)
		return
	}
	if m.balance().Lt(fee) {
		m.skip(layout.SkipBalance)
		return
	}
	m.r.Fee.Set(fee)
	m.r.Phase = PhaseJobInput
}

func bytesEq(a, b []byte) bool { return string(a) == string(b) }

func (m *Machine) jobInput() {
	body := m.body()
	if n := m.dataNode(); !bytesEq(n[:], word(body, 1)) {
		m.skip(layout.SkipSize)
		return
	}
	m.r.Phase = PhaseJobReserve
}

func (m *Machine) jobReserve() {
	m.pay(&m.r.Fee)
	g0a := globalsAddr(0)
	g0 := m.leaf(g0a)
	j := be64(g0[16:])
	binary.BigEndian.PutUint64(g0[16:], j+1)
	m.setLeaf(g0a, g0)
	rec := layout.Job{Program: m.r.Program, Sender: m.r.Account, Status: layout.JobReserved, Fee: m.r.Fee}
	l := rec.Encode()
	ja := layout.JobAddr(j) + 32
	m.leaf(ja)
	m.setLeaf(ja, l[1])
	m.r.Index = j
	m.skip(layout.Applied)
}

func (m *Machine) receipt() {
	g1a := globalsAddr(1)
	g1 := m.leaf(g1a)
	n := be64(g1[8:])
	binary.BigEndian.PutUint64(g1[8:], n+1)
	m.setLeaf(g1a, g1)
	rc := layout.Receipt{Kind: m.r.Kind, Skip: layout.Skip(m.r.Reason), Account: m.r.Account, Index: m.r.Index}
	ra := layout.ReceiptAddr(n)
	m.leaf(ra)
	m.setLeaf(ra, rc.Encode())
	if msg.Kind(m.r.Kind) == msg.KindJob && m.r.Reason == uint8(layout.Applied) {
		m.r.Phase = PhaseJobProgram
		return
	}
	m.next()
}

func (m *Machine) jobProgram() {
	p1 := m.leaf(layout.ProgramAddr(m.r.Program) + 32)
	off, h, steps := be64(p1[0:]), uint(p1[8]), be64(p1[16:])
	src := layout.HeapBase + off
	m.node(src, h)
	m.graft(isa.RegionProgram.Base(), h, src, false)
	m.job = vm.New(vm.State{Phase: vm.PhaseStart, Limit: max(steps, 1)}, m.mem)
	m.r.Phase = PhaseJobInputGraft
}

func (m *Machine) jobInputGraft() {
	src := layout.BatchBase + uint64(m.r.DataOff)
	m.dataNode()
	m.graft(isa.RegionInput.Base(), uint(m.r.DataHeight), src, false)
	m.r.Phase = PhaseJobRun
}

func (m *Machine) jobFinish() {
	js := m.job.Registers()
	out := m.node(isa.RegionOutput.Base(), outputHeight)
	ja := layout.JobAddr(m.r.Index)
	m.leaf(ja)
	m.setLeaf(ja, out)
	l1 := m.leaf(ja + 32)
	l1[8], l1[9] = byte(js.Status), byte(js.Fault)
	m.setLeaf(ja+32, l1)
	m.r.Fees.Add(&m.r.Fees, new(uint256.Int).SetBytes(l1[16:32]))
	m.graft(isa.ScratchBase, scratchHeight, 0, true)
	m.job = vm.New(vm.State{}, m.mem)
	m.next()
}

// ---- uploads ----

func (m *Machine) uploadCheck() {
	body := m.body()
	p0, p1, ok := m.programRecord(layout.SkipUpload)
	if !ok {
		return
	}
	size, _ := u64Word(word(body, 1))
	offset, _ := u64Word(word(body, 2))
	isNew := p1[9] == 0
	if isNew {
		if size == 0 || size%32 != 0 || size > MaxProgramSize {
			m.skip(layout.SkipSize)
			return
		}
	} else if layout.ProgramState(p1[9]) != layout.ProgramUploading || !bytesEq(p0[:], word(body, 0)) ||
		uint64(be32(p1[12:])) != size || be32(p1[24:]) != m.r.Account {
		m.skip(layout.SkipUpload)
		return
	}
	chunk := uint64(32) << m.r.DataHeight
	padded := uint64(32) << batch.DataHeight(int(size))
	if offset%chunk != 0 || offset > padded || padded-offset < chunk {
		m.skip(layout.SkipSize)
		return
	}
	fee := new(uint256.Int).Mul(uint256.NewInt(chunk), uint256.NewInt(m.r.BytePrice))
	fee.Add(fee, uint256.NewInt(m.r.FlatPrice))
	debit := new(uint256.Int).Set(fee) // fee + a new program's deposit: what maxFee bounds
	if isNew {
		debit.Add(debit, m.deposit(padded))
	}
	if debit.Gt(new(uint256.Int).SetBytes32(word(body, 4))) {
		m.skip(layout.SkipFee)
		return
	}
	if m.balance().Lt(debit) {
		m.skip(layout.SkipBalance)
		return
	}
	m.r.Fee.Set(fee)
	if isNew {
		m.r.Flags |= FlagNewProgram
	}
	m.r.Phase = PhaseUploadData
}

// deposit is what reserving a heap slot of padded bytes costs until the program is ready:
// padded·heapPrice < 2^30·2^64, exact in 256 bits.
func (m *Machine) deposit(padded uint64) *uint256.Int {
	return new(uint256.Int).Mul(uint256.NewInt(padded), uint256.NewInt(m.r.HeapPrice))
}

// heapSlot returns where a new program of size bytes goes given the heap bytes in use, and
// whether it fits.
func heapSlot(used, size uint64) (off, end uint64, ok bool) {
	padded := uint64(32) << batch.DataHeight(int(size))
	off = (used + padded - 1) / padded * padded
	return off, off + padded, off >= used && off+padded <= HeapSize
}

func (m *Machine) uploadData() {
	body := m.body()
	if n := m.dataNode(); !bytesEq(n[:], word(body, 3)) {
		m.skip(layout.SkipSize)
		return
	}
	if m.r.Flags&FlagNewProgram != 0 {
		g1 := m.leaf(globalsAddr(1))
		size, _ := u64Word(word(body, 1))
		if _, _, ok := heapSlot(be64(g1[16:]), size); be32(g1[4:]) != m.r.Program || !ok {
			m.skip(layout.SkipUpload)
			return
		}
	}
	m.r.Phase = PhaseUploadPay
}

func (m *Machine) uploadPay() {
	m.pay(&m.r.Fee)
	m.r.Fees.Add(&m.r.Fees, &m.r.Fee)
	if m.r.Flags&FlagNewProgram != 0 {
		m.r.Phase = PhaseUploadCreate
	} else {
		m.r.Phase = PhaseUploadWrite
	}
}

func (m *Machine) uploadCreate() {
	body := m.body()
	size, _ := u64Word(word(body, 1))
	g1a := globalsAddr(1)
	g1 := m.leaf(g1a)
	off, end, _ := heapSlot(be64(g1[16:]), size)
	binary.BigEndian.PutUint32(g1[4:], be32(g1[4:])+1)
	binary.BigEndian.PutUint64(g1[16:], end)
	m.setLeaf(g1a, g1)
	p := layout.Program{Root: common.BytesToHash(word(body, 0)), HeapOffset: off, Height: batch.DataHeight(int(size)),
		State: layout.ProgramUploading, Size: uint32(size), Uploader: m.r.Account}
	l := p.Encode()
	pa := layout.ProgramAddr(m.r.Program)
	m.leaf(pa)
	m.setLeaf(pa, l[0])
	m.leaf(pa + 32)
	m.setLeaf(pa+32, l[1])
	// The deposit (checked with the fee in UPLOAD_CHECK; the fee is paid, so it is still there).
	a := layout.AccountAddr(m.r.Account) + 32
	bl := m.leaf(a)
	bal := new(uint256.Int).SetBytes32(bl[:])
	m.setLeaf(a, bal.Sub(bal, m.deposit(end-off)).Bytes32())
	m.r.Phase = PhaseUploadWrite
}

func (m *Machine) uploadWrite() {
	body := m.body()
	offset, _ := u64Word(word(body, 2))
	p1 := m.leaf(layout.ProgramAddr(m.r.Program) + 32)
	m.r.Aux, m.r.AuxHeight = be64(p1[0:]), p1[8]
	m.dataNode()
	m.graft(layout.HeapBase+m.r.Aux+offset, uint(m.r.DataHeight), layout.BatchBase+uint64(m.r.DataOff), false)
	m.r.Phase = PhaseUploadFinal
}

func (m *Machine) uploadFinal() {
	pa := layout.ProgramAddr(m.r.Program)
	p0 := m.leaf(pa)
	slot := layout.HeapBase + m.r.Aux
	if m.node(slot, uint(m.r.AuxHeight)) == common.Hash(p0) {
		hdr := m.leaf(slot)
		p1 := m.leaf(pa + 32)
		p1[9] = byte(layout.ProgramReady)
		copy(p1[16:24], hdr[16:24])
		m.setLeaf(pa+32, p1)
		// Ready: the uploader (the only account that writes chunks) gets its deposit back.
		m.credit(layout.AccountAddr(m.r.Account)+32, m.deposit(uint64(32)<<m.r.AuxHeight))
	}
	m.r.Index = uint64(m.r.Program)
	m.skip(layout.Applied)
}

// ---- withdrawals ----

func (m *Machine) withdrawCheck() {
	body := m.body()
	fee := uint256.NewInt(m.r.FlatPrice)
	if fee.Gt(new(uint256.Int).SetBytes32(word(body, 2))) {
		m.skip(layout.SkipFee)
		return
	}
	total, overflow := new(uint256.Int).AddOverflow(new(uint256.Int).SetBytes32(word(body, 1)), fee)
	if overflow || m.balance().Lt(total) {
		m.skip(layout.SkipBalance)
		return
	}
	m.r.Fee.Set(fee)
	m.r.Phase = PhaseWithdrawApply
}

func (m *Machine) withdrawApply() {
	body := m.body()
	total := new(uint256.Int).Add(new(uint256.Int).SetBytes32(word(body, 1)), &m.r.Fee)
	m.pay(total)
	m.r.Fees.Add(&m.r.Fees, &m.r.Fee)
	g0a := globalsAddr(0)
	g0 := m.leaf(g0a)
	w := be64(g0[24:])
	binary.BigEndian.PutUint64(g0[24:], w+1)
	m.setLeaf(g0a, g0)
	m.r.Index = w
	m.r.Phase = PhaseWithdrawRecord
}

func (m *Machine) withdrawRecord() {
	body := m.body()
	wd := layout.Withdrawal{To: common.BytesToAddress(word(body, 0)[12:])}
	wd.Amount.SetBytes32(word(body, 1))
	l := wd.Encode()
	a := layout.WithdrawalAddr(m.r.Index)
	m.leaf(a)
	m.setLeaf(a, l[0])
	m.leaf(a + 32)
	m.setLeaf(a+32, l[1])
	m.skip(layout.Applied)
}
