package sequencer

import (
	"errors"
	"fmt"
	"math"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/crollup/crollup/chain/api"
	"github.com/crollup/crollup/chain/batch"
	"github.com/crollup/crollup/chain/layout"
	"github.com/crollup/crollup/chain/msg"
	"github.com/crollup/crollup/chain/stf"
	"github.com/crollup/crollup/fraudvm/memory"
	"github.com/crollup/crollup/fraudvm/program"
)

// codeUnavailable is JSON-RPC's internal error: the sequencer is stopping or cannot write.
const codeUnavailable = -32603

// Error is a refused request: a JSON-RPC error with one of chain/api's codes. Reason names the
// check that failed in one word (a chain skip reason such as "nonce", or "invalid", "too_large",
// "mempool_full", "bad_program", "duplicate", "unknown", "unavailable"); it is the error's data.
type Error struct {
	Code    int
	Reason  string
	Message string
}

func (e *Error) Error() string { return e.Message }

// ErrorCode is the JSON-RPC error code.
func (e *Error) ErrorCode() int { return e.Code }

// ErrorData is the JSON-RPC error's data: {"reason": Reason}.
func (e *Error) ErrorData() any { return map[string]string{"reason": e.Reason} }

func refuse(code int, reason, format string, args ...any) *Error {
	return &Error{Code: code, Reason: reason, Message: fmt.Sprintf(format, args...)}
}

func invalid(format string, args ...any) *Error {
	return refuse(api.CodeInvalidParam, "invalid", format, args...)
}

// methodOf names the send method of a kind.
func methodOf(k msg.Kind) string {
	switch k {
	case msg.KindJob:
		return api.MethodSendJob
	case msg.KindUpload:
		return api.MethodSendUpload
	case msg.KindWithdraw:
		return api.MethodSendWithdraw
	}
	return "send"
}

// Send admits a signed message of kind (the method's: compute_sendJob takes jobs, …): once it
// returns a hash, the message is in the write-ahead log and will be in a block, applied. It is
// what the send methods of the JSON-RPC API call; a refusal is an *Error.
func (s *Sequencer) Send(kind msg.Kind, req api.Send) (common.Hash, error) {
	t0 := time.Now()
	h, err := s.admit(kind, &req)
	s.metrics.latency.Observe(time.Since(t0).Seconds())
	if err != nil {
		s.refused(kind, err)
		return common.Hash{}, err
	}
	s.metrics.admitted.WithLabelValues(kind.String()).Inc()
	return h, nil
}

// refused counts and logs a refused message of kind.
func (s *Sequencer) refused(kind msg.Kind, err error) {
	reason := "unavailable"
	var e *Error
	if errors.As(err, &e) {
		reason = e.Reason
	}
	s.metrics.rejected.WithLabelValues(reason).Inc()
	s.log.Debug("Message refused", "kind", kind, "reason", reason, "err", err)
}

// badSignature is the refusal of a signature that does not even decode (not 65 bytes of hex, v
// not 27 or 28, nor 0 or 1): the code of the chain's signature skip, which refuses the signatures
// that decode but are invalid, so that every malformed signature has one code (docs/api.md).
func badSignature(err error) *Error {
	return refuse(api.SkipCode(layout.SkipSignature), layout.SkipSignature.String(),
		"%s: the signature does not decode (want 0x-prefixed hex of 65 bytes r ‖ s ‖ v, v = 27 or 28): %v", layout.SkipSignature, err)
}

func (s *Sequencer) admit(kind msg.Kind, req *api.Send) (common.Hash, error) {
	ent, err := s.prepare(kind, req)
	if err != nil {
		return common.Hash{}, err
	}
	done, err := s.admitLocked(ent, req.Message)
	if err != nil {
		return common.Hash{}, err
	}
	// The write is waited for outside the lock, so that the writer can group the next
	// admissions' entries into the same fsync.
	if err := <-done; err != nil {
		return common.Hash{}, notDurable(err)
	}
	return ent.hash, nil
}

// notDurable is the refusal of a message whose write-ahead log commit failed.
func notDurable(err error) *Error {
	return refuse(codeUnavailable, "unavailable", "the message could not be made durable: %v", err)
}

// prepare runs the checks that need neither the pending state nor s.mu: decoding and sizes,
// then authenticate (the signer's recovery, ~40 µs of CPU). It returns the entry admitLocked
// takes, with the recovery in ent.rec. Concurrent calls run in parallel, so the recovery never
// queues for the admission lock.
func (s *Sequencer) prepare(kind msg.Kind, req *api.Send) (*entry, error) {
	method := methodOf(kind)
	sg := req.Message
	switch {
	case sg == nil || sg.Message == nil:
		return nil, invalid("%s: the signed message is missing", method)
	case sg.Kind != kind || sg.Message.Kind() != kind:
		return nil, invalid("%s takes a %s message, got a %s (use %s)", method, kind, sg.Kind, methodOf(sg.Kind))
	case uint64(req.Program) > math.MaxUint32:
		return nil, invalid("program index %d: above 2^32-1", uint64(req.Program))
	case len(req.Data) > batch.WordSize<<batch.MaxDataHeight:
		return nil, refuse(api.CodeTooLarge, "too_large", "data of %d bytes: a job input or upload chunk is at most %d bytes",
			len(req.Data), batch.WordSize<<batch.MaxDataHeight)
	}
	e, err := batch.FromSigned(sg, uint32(req.Program), req.Data)
	if errors.Is(err, msg.ErrBadSignature) {
		return nil, badSignature(err)
	}
	if err != nil {
		return nil, invalid("%s: %v", method, err)
	}
	one := batch.Batch{Blocks: []batch.Block{{Messages: 1}}, Msgs: []batch.Message{e}}
	payload, err := one.Encode()
	if err != nil {
		return nil, refuse(api.CodeTooLarge, "too_large", "%v", err)
	}
	if len(payload) > s.cfg.MaxBlockBytes {
		return nil, refuse(api.CodeTooLarge, "too_large", "the message needs a block payload of %d bytes; this sequencer's blocks hold at most %d",
			len(payload), s.cfg.MaxBlockBytes)
	}
	rec, err := s.authenticate(&e, sg)
	if err != nil {
		return nil, err
	}
	return &entry{hash: e.Hash(), msg: e, bound: payloadBound(&e), rec: rec}, nil
}

// authenticate runs, before admitLocked and outside s.mu (concurrently), the checks of the
// chain's message check that need no pending state: the signature's shape and the recovery of
// its signer over this chain's EIP-712 digest (chain/stf Authenticate, the chain's own code),
// then the signer against the address of the hinted account (an account's address never
// changes once the account exists). It returns the refusal admitLocked would return, code and
// message, when it can be sure of it, and nil otherwise: admitLocked then decides, by applying
// the message. So a message with a bad signature, one signed over another domain or by another
// key, never takes s.mu, where honest admissions queue.
//
// It refuses only where admitLocked would refuse the same way: the entry passes the chain's
// earlier checks (an entry built by batch.FromSigned fails them only on its data and program
// index), and none of admitLocked's checks before the chain's refuses it — the sequencer is not
// stopping or failed and the mempool has room; a duplicate has the same body, signature
// included, as a message that passed these checks, so it passes them too.
//
// It also returns what it recovered, which admitLocked hands to the chain's ApplyBlock
// (stf.ApplyBlockRecovered) so that the signer is not recovered a second time under the lock;
// nil when it recovered nothing.
func (s *Sequencer) authenticate(e *batch.Message, sg *msg.Signed) (*stf.Recovered, error) {
	if s.lockedChecks {
		return nil, nil
	}
	k := msg.Kind(e.Kind)
	if k == msg.KindWithdraw && (len(e.Data) != 0 || e.Program != 0) || k != msg.KindWithdraw && len(e.Data) == 0 {
		return nil, nil // the chain skips it as malformed first
	}
	signer, skip := stf.Authenticate(s.sep, k, e.Body)
	rec := &stf.Recovered{Signer: signer, Skip: skip}
	var refusal *Error
	switch skip {
	case layout.SkipSignature:
		refusal = refuse(api.SkipCode(skip), skip.String(), "%s: %s", skip, s.explainSignature(sg))
	case layout.Applied:
		s.dirMu.RLock()
		var owner common.Address
		if e.Account < uint32(len(s.addrs)) {
			owner = s.addrs[e.Account]
		}
		if owner == (common.Address{}) || owner == signer {
			s.dirMu.RUnlock()
			return rec, nil // the state decides
		}
		why := accountMismatch(e.Account, owner, signer, s.signerHint(signer))
		s.dirMu.RUnlock()
		refusal = refuse(api.SkipCode(layout.SkipAccount), layout.SkipAccount.String(), "%s: %s", layout.SkipAccount, why)
	default:
		return rec, nil
	}
	if s.stopping.Load() || s.failed.Load() != nil || s.pool.room(e.Account) != nil {
		return rec, nil
	}
	return rec, refusal
}

// admitLocked runs the checks that need the pending state and, if the message passes, makes it
// part of that state and of the mempool and hands it to the WAL writer, whose answer done
// receives. ent comes from prepare.
func (s *Sequencer) admitLocked(ent *entry, sg *msg.Signed) (<-chan error, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.admitHeld(ent, sg); err != nil {
		return nil, err
	}
	done, err := s.wal.submit(ent)
	if err != nil {
		// Unreachable: Stop closes the WAL with s.mu held, after setting s.closed.
		return nil, refuse(codeUnavailable, "unavailable", "the sequencer is stopping: %v", err)
	}
	return done, nil
}

// admitHeld is admitLocked with s.mu held and without the WAL: the message, if it passes, is
// part of the pending state and of the mempool, and the caller must submit it to the WAL before
// releasing s.mu (the writer, counting durable messages, finds it in the mempool).
func (s *Sequencer) admitHeld(ent *entry, sg *msg.Signed) error {
	if err := s.admitChecks(ent); err != nil {
		return err
	}
	// The chain's own rules: apply the message alone as a block to a snapshot of the pending
	// state, in accounting mode, and read its receipt.
	e := &ent.msg
	before := s.pending
	next := before.Snapshot()
	rc, err := s.applyOne(next, e, ent.rec)
	if err != nil {
		return refuse(codeUnavailable, "unavailable", "applying the message: %v", err)
	}
	if rc.Skip == layout.SkipNonce {
		if dup := s.sequencedDuplicate(ent); dup != nil {
			return dup
		}
	}
	if rc.Skip != layout.Applied {
		return refuse(api.SkipCode(rc.Skip), rc.Skip.String(), "%s: %s", rc.Skip, s.explain(before, e, sg, rc.Skip))
	}
	if msg.Kind(e.Kind) == msg.KindUpload {
		if err := checkCompleted(before, next, uint32(rc.Index)); err != nil {
			return err
		}
	}

	// Admitted: the mempool numbers it, and the caller queues it in the WAL after it.
	ent.receipt = rc.Index
	s.pending = next
	s.pool.push(ent)
	s.scanRecords()
	s.metrics.mempool.Set(float64(s.pool.len()))
	return nil
}

// admitChecks runs admission's checks, with s.mu held, that come before the chain's rules and
// change nothing: the sequencer can write, the message is not a duplicate, the mempool has room.
func (s *Sequencer) admitChecks(ent *entry) error {
	e := &ent.msg
	if s.closed {
		return refuse(codeUnavailable, "unavailable", "the sequencer is stopping")
	}
	if p := s.failed.Load(); p != nil {
		return refuse(codeUnavailable, "unavailable", "the sequencer cannot write its database (%v); it accepts nothing until restarted", *p)
	}
	// The same message from the same account: the chain would skip it (its nonce is used); say
	// why. (Another sender's identical message has the same hash and is another message.)
	if s.pool.has(ent.hash, e.Account) {
		return refuse(api.SkipCode(layout.SkipNonce), "duplicate", "message %s is already admitted (pending)", ent.hash)
	}
	if err := s.pool.room(e.Account); err != nil {
		if dup := s.sequencedDuplicate(ent); dup != nil {
			return dup // the answer it had before the mempool filled
		}
		return err
	}
	return nil
}

// sequencedDuplicate is the refusal of a message the same account already had sequenced, or nil
// when it has not. It reads the message index (a database read, ~20 µs under the admission
// lock), so admission asks only when the chain skips the message for its nonce: a sequenced
// message always is (the message check reads, in order, the message's own shape, its signature,
// the signer against the account's address, which never changes once set, and then the nonce,
// which the first application used up), so a message the chain applies is never one of them.
func (s *Sequencer) sequencedDuplicate(ent *entry) error {
	loc, err := s.locate(ent.hash, ent.msg.Account)
	if err != nil {
		return refuse(codeUnavailable, "unavailable", "message index: %v", err)
	}
	if loc != nil {
		return refuse(api.SkipCode(layout.SkipNonce), "duplicate", "message %s is already sequenced (block %d, index %d)", ent.hash, loc.Block, loc.Index)
	}
	return nil
}

// checkCompleted validates the object of program p if the upload just applied (before → next)
// made it ready: the chain does not validate programs, so the sequencer refuses the chunk that
// would complete an invalid one (docs/spec/chain.md §10).
func checkCompleted(before, next *memory.Memory, p uint32) error {
	after, ok := readProgram(next, p)
	if !ok || after.State != layout.ProgramReady {
		return nil
	}
	if was, ok := readProgram(before, p); ok && was.State == layout.ProgramReady {
		return nil
	}
	obj := make([]byte, after.Size)
	next.Read(layout.HeapBase+after.HeapOffset, obj)
	if _, err := program.Decode(obj); err != nil {
		return refuse(api.CodeBadProgram, "bad_program", "this chunk completes program %s (index %d, %d bytes), which the validator rejects: %v",
			after.Root, p, after.Size, err)
	}
	return nil
}

// payloadBound is an upper bound of the bytes a message adds to a block payload: its table word,
// its body slot and its data piece padded to a power of two (chain/batch's layout).
func payloadBound(m *batch.Message) int {
	return batch.WordSize + batch.BodyAlign + dataSlot(m)
}

// dataSlot is the size of the message's data piece in a payload.
func dataSlot(m *batch.Message) int {
	if len(m.Data) == 0 {
		return 0
	}
	return batch.WordSize << batch.DataHeight(len(m.Data))
}

// blockOverhead bounds what a payload holds besides its messages' bounds: the header and block
// words and the padding before the bodies; the data pieces add at most one largest piece of
// alignment.
const blockOverhead = 3*batch.WordSize + batch.BodyAlign

func readAccount(mem *memory.Memory, i uint32) (layout.Account, bool) {
	a, err := layout.DecodeAccount([2]layout.Leaf{mem.ReadLeaf(layout.AccountAddr(i)), mem.ReadLeaf(layout.AccountAddr(i) + 32)})
	return a, err == nil && a.Address != (common.Address{})
}

func readProgram(mem *memory.Memory, p uint32) (layout.Program, bool) {
	if p >= stf.MaxRecords {
		return layout.Program{}, false
	}
	r, err := layout.DecodeProgram([2]layout.Leaf{mem.ReadLeaf(layout.ProgramAddr(p)), mem.ReadLeaf(layout.ProgramAddr(p) + 32)})
	return r, err == nil
}

// explain says, with the values involved, why the chain skips message e (signed sg) in the state
// mem, for reason r. The chain has decided; this only finds the words.
func (s *Sequencer) explain(mem *memory.Memory, e *batch.Message, sg *msg.Signed, r layout.Skip) string {
	g, _ := stf.ReadGlobals(mem)
	acc, accOK := readAccount(mem, e.Account)
	if e.Account >= g.Accounts {
		accOK = false
	}
	price := func(n, p uint64) *uint256.Int { return new(uint256.Int).Mul(uint256.NewInt(n), uint256.NewInt(p)) }
	switch r {
	case layout.SkipSignature:
		return s.explainSignature(sg)
	case layout.SkipAccount:
		signer, err := sg.Signer(s.domain)
		if err != nil {
			return err.Error()
		}
		// A signer with an account means the key and the domain are right and the hint is
		// wrong. One without is another key, or the right key over another EIP-712 domain:
		// another digest recovers another (random) address, so the chain cannot tell which.
		hint := s.signerHint(signer)
		if !accOK {
			return fmt.Sprintf("account %d does not exist (the chain has %d accounts; accounts are created by deposits); the signer is %s%s",
				e.Account, g.Accounts, signer, hint)
		}
		return accountMismatch(e.Account, acc.Address, signer, hint)
	case layout.SkipNonce:
		return fmt.Sprintf("account %d expects nonce %d, the message has nonce %d", e.Account, acc.Nonce, nonceOf(sg.Message))
	case layout.SkipMalformed:
		if msg.Kind(e.Kind) == msg.KindWithdraw {
			return "a Withdraw carries no data and no program index"
		}
		if len(e.Data) == 0 {
			return fmt.Sprintf("a %s needs its data (the job input or the upload chunk)", msg.Kind(e.Kind))
		}
		return "the message does not decode"
	}
	switch m := sg.Message.(type) {
	case *msg.Job:
		rec, ok := readProgram(mem, e.Program)
		fee := price(m.InputSize, g.BytePrice)
		if ok {
			fee.Add(fee, price(rec.Steps, g.StepPrice))
		}
		switch r {
		case layout.SkipProgram:
			where := ""
			if idx, ok := s.programs[m.Program]; ok {
				where = fmt.Sprintf(" (program %s is registered at index %d)", m.Program, idx[len(idx)-1])
			}
			switch {
			case !ok:
				return fmt.Sprintf("program %d is not registered (the chain has %d programs)%s", e.Program, g.Programs, where)
			case rec.Root != m.Program:
				return fmt.Sprintf("program %d is %s, the job names %s%s", e.Program, rec.Root, m.Program, where)
			default:
				return fmt.Sprintf("program %d (%s) is still uploading", e.Program, rec.Root)
			}
		case layout.SkipSteps:
			return fmt.Sprintf("maxSteps %d is below the %d steps of program %d", m.MaxSteps, rec.Steps, e.Program)
		case layout.SkipSize:
			if m.InputSize != uint64(len(e.Data)) {
				return fmt.Sprintf("inputSize %d, but the data has %d bytes", m.InputSize, len(e.Data))
			}
			return fmt.Sprintf("the data's root %s is not the signed input root %s", batch.DataRoot(e.Data), m.Input)
		case layout.SkipFee:
			return fmt.Sprintf("the fee is %v wei (%d steps × %d + %d input bytes × %d), maxFee is %v wei", fee, rec.Steps, g.StepPrice,
				m.InputSize, g.BytePrice, orZero(m.MaxFee))
		case layout.SkipBalance:
			return fmt.Sprintf("account %d has %v wei, the job's fee is %v wei", e.Account, &acc.Balance, fee)
		}
	case *msg.Upload:
		chunk := uint64(dataSlot(e))
		fee := price(chunk, g.BytePrice)
		fee.Add(fee, uint256.NewInt(g.FlatPrice))
		rec, ok := readProgram(mem, e.Program)
		// A new program's first chunk also deposits heapPrice per byte of its heap slot.
		deposit := new(uint256.Int)
		if !ok && m.Size > 0 && m.Size <= stf.MaxProgramSize {
			deposit = price(uint64(batch.WordSize)<<batch.DataHeight(int(m.Size)), g.HeapPrice)
		}
		debit := new(uint256.Int).Add(fee, deposit)
		switch r {
		case layout.SkipUpload:
			switch {
			case ok && rec.State == layout.ProgramReady:
				return fmt.Sprintf("program %d (%s) is already complete", e.Program, rec.Root)
			case ok && rec.Root != m.Program:
				return fmt.Sprintf("program %d is another object (%s), the upload names %s", e.Program, rec.Root, m.Program)
			case ok && uint64(rec.Size) != m.Size:
				return fmt.Sprintf("program %d is %d bytes, the upload says %d", e.Program, rec.Size, m.Size)
			case ok:
				return fmt.Sprintf("program %d is being uploaded by account %d", e.Program, rec.Uploader)
			case e.Program != g.Programs:
				return fmt.Sprintf("a new program is registered at the next free index, %d, not %d", g.Programs, e.Program)
			default:
				return "the object heap has no room for the program"
			}
		case layout.SkipSize:
			padded := uint64(batch.WordSize) << batch.DataHeight(int(m.Size))
			switch {
			case !ok && (m.Size == 0 || m.Size%32 != 0 || m.Size > stf.MaxProgramSize):
				return fmt.Sprintf("an object of %d bytes: the size must be a positive multiple of 32, at most 2^30", m.Size)
			case m.Offset%chunk != 0 || m.Offset > padded || padded-m.Offset < chunk:
				return fmt.Sprintf("a chunk of %d bytes (padded) at offset %d: it must be aligned to its size and inside the object (%d bytes padded)",
					chunk, m.Offset, padded)
			default:
				return fmt.Sprintf("the data's root %s is not the signed chunk root %s", batch.DataRoot(e.Data), m.Chunk)
			}
		case layout.SkipFee:
			if !deposit.IsZero() {
				return fmt.Sprintf("the fee is %v wei (%d + %d bytes × %d) and the new program's deposit %v wei (%d slot bytes × %d, returned when it is complete): maxFee %v wei must cover %v wei",
					fee, g.FlatPrice, chunk, g.BytePrice, deposit, uint64(batch.WordSize)<<batch.DataHeight(int(m.Size)), g.HeapPrice, orZero(m.MaxFee), debit)
			}
			return fmt.Sprintf("the fee is %v wei (%d + %d bytes × %d), maxFee is %v wei", fee, g.FlatPrice, chunk, g.BytePrice, orZero(m.MaxFee))
		case layout.SkipBalance:
			if !deposit.IsZero() {
				return fmt.Sprintf("account %d has %v wei, the chunk's fee is %v wei and the new program's deposit %v wei", e.Account, &acc.Balance, fee, deposit)
			}
			return fmt.Sprintf("account %d has %v wei, the chunk's fee is %v wei", e.Account, &acc.Balance, fee)
		}
	case *msg.Withdraw:
		fee := uint256.NewInt(g.FlatPrice)
		switch r {
		case layout.SkipFee:
			return fmt.Sprintf("the fee is %v wei, maxFee is %v wei", fee, orZero(m.MaxFee))
		case layout.SkipBalance:
			return fmt.Sprintf("account %d has %v wei, the withdrawal needs %v wei + the fee %v wei", e.Account, &acc.Balance, orZero(m.Amount), fee)
		}
	}
	return "the chain skips it"
}

// explainSignature says why the chain finds sg's signature invalid.
func (s *Sequencer) explainSignature(sg *msg.Signed) string {
	if _, err := sg.Signer(s.domain); err != nil {
		return err.Error()
	}
	return "the signature is not valid"
}

// signerHint says which account a recovered signer has, or that it has none. s.mu or s.dirMu
// (read) must be held.
func (s *Sequencer) signerHint(signer common.Address) string {
	if i, ok := s.accounts[signer]; ok {
		return fmt.Sprintf(" (the signer's account is %d)", i)
	}
	return s.unknownSigner()
}

// accountMismatch explains the account skip of a message for an existing account, owned by
// owner, signed by signer.
func accountMismatch(account uint32, owner, signer common.Address, hint string) string {
	return fmt.Sprintf("account %d belongs to %s, but the message is signed by %s%s", account, owner, signer, hint)
}

// unknownSigner is the hint for a recovered signer that has no account: the EIP-712 domain may
// be wrong, or the key, and here is the domain to sign over.
func (s *Sequencer) unknownSigner() string {
	return fmt.Sprintf(", which has no account: the EIP-712 domain may be wrong, or the key (sign over this chain's domain %s, as compute_chainConfig gives it)",
		domainString(s.domain))
}

// domainString writes d as the EIP-712 domain a client signs over.
func domainString(d msg.Domain) string {
	return fmt.Sprintf("{name: %q, version: %q, chainId: %d, verifyingContract: %s}", msg.DomainName, msg.DomainVersion, d.ChainID, d.VerifyingContract)
}

func orZero(v *uint256.Int) *uint256.Int {
	if v == nil {
		return new(uint256.Int)
	}
	return v
}

func nonceOf(m msg.Message) uint64 {
	switch m := m.(type) {
	case *msg.Job:
		return m.Nonce
	case *msg.Upload:
		return m.Nonce
	case *msg.Withdraw:
		return m.Nonce
	}
	return 0
}
