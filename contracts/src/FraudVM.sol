// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {MerkleMemory} from "./lib/MerkleMemory.sol";
import {FixedPoint} from "./lib/FixedPoint.sol";

/// @title FraudVM
/// @notice The L1 one-step verifier of the fraudvm (docs/spec/fraudvm.md): given a packed
/// 256-byte machine state and the memory accesses of one step, it executes that step and returns
/// the post-state hash. It is the Solidity twin of fraudvm/verify (Go) and follows it line by
/// line: the same checks, each at the same point relative to the memory accesses, the same
/// proof consumption. Whatever the Go verifier rejects, this contract reverts on, with a named
/// error; whatever it accepts, this contract maps to the same post-state hash.
///
/// ABI
///   step(bytes state, bytes proofs) → bytes32 postStateHash
///       Executes one step from `state`; the pre-state hash is the hash of `state` itself.
///   verifyStep(bytes32 preStateHash, bytes state, bytes proofs) → bytes32 postStateHash
///       The same, after checking that `state` hashes to `preStateHash` (reverts BadStateHash):
///       the entry point a dispute game uses, holding only the agreed pre-state hash.
///   stateHash(bytes state) → bytes32
///       keccak256(state) with its first byte replaced by the status byte (spec §5).
///
/// `state` is exactly 256 bytes (spec §5). `proofs` is the step's accesses in order, each 1152
/// bytes: the leaf's 32-byte value before the step's write (if any), then its 35 sibling hashes
/// bottom-up, against the memory root current at that access. A step from a halted or faulted
/// state is a no-op (post = pre) and carries no proofs.
///
/// Faults (spec §6) are not reverts: a step whose instruction cannot execute is a valid step into
/// the faulted status, with exactly the accesses made before the fault was detected. The fault
/// path ends the call from wherever it is detected (`_fault`), as an error return would in Go.
///
/// @dev Registers are read once from the two first words of `state` into a memory struct, changed
/// there, and packed back for the post-state hash. Accesses are verified in calldata as they are
/// consumed; only one access per step ever writes, and it is always the last one, so the write
/// folds the new leaf with the siblings of the read just before it.
contract FraudVM {
    // ---------------------------------------------------------------------------------------------
    // Errors: the witness is rejected (a fault is not an error)

    /// `state` is not 256 bytes.
    error BadStateLength(uint256 length);
    /// `state` does not hash to the claimed pre-state hash (verifyStep only).
    error BadStateHash(bytes32 expected, bytes32 actual);
    /// A register holds a value no state encoding has: status > 2, phase > 3, slot > 4, a fault
    /// code > 2 or one that disagrees with the status, or a non-zero reserved byte (48–63).
    error MalformedState();
    /// The witness ends before access number `access` (0-based) of the step.
    error WitnessTooShort(uint256 access);
    /// Access number `access` (0-based) does not prove its leaf against the current memory root.
    error BadProof(uint256 access);
    /// `unusedBytes` bytes of witness are left after the step's last access.
    error TrailingWitness(uint256 unusedBytes);
    /// An access address is unaligned or beyond memory. No state can produce one (every address
    /// the machine forms lies in the scratch regions); checked because the Go verifier checks it.
    error BadAccessAddress(uint256 addr);

    // ---------------------------------------------------------------------------------------------
    // Machine constants (fraudvm/isa, fraudvm/vm)

    uint256 internal constant STATE_SIZE = 256;
    uint256 internal constant ACCESS_SIZE = 32 + MerkleMemory.LEAF_PROOF_SIZE; // leaf + siblings

    uint256 internal constant STATUS_RUNNING = 0;
    uint256 internal constant STATUS_HALTED = 1;
    uint256 internal constant STATUS_FAULTED = 2;

    uint256 internal constant FAULT_NONE = 0;
    uint256 internal constant FAULT_INVALID = 1;
    uint256 internal constant FAULT_STEP_LIMIT = 2;

    uint256 internal constant PHASE_START = 0;
    uint256 internal constant PHASE_FETCH = 1;
    uint256 internal constant PHASE_DECL = 2;
    uint256 internal constant PHASE_EXEC = 3;

    uint256 internal constant OP_HALT = 0x00;
    uint256 internal constant OP_MATMUL = 0x01;
    uint256 internal constant OP_REQUANT = 0x02;
    uint256 internal constant OP_ADD = 0x03;
    uint256 internal constant OP_LUT8 = 0x04;
    uint256 internal constant OP_MAXPOOL = 0x05;
    uint256 internal constant OP_IM2COL = 0x06;
    uint256 internal constant OP_ARGMAX = 0x07;
    uint256 internal constant OP_COPY = 0x08;
    uint256 internal constant NUM_OPS = 0x09;

    uint256 internal constant SLOT_DST = 0;
    uint256 internal constant SLOT_A = 1;
    uint256 internal constant SLOT_B = 2;
    uint256 internal constant SLOT_C = 3;
    uint256 internal constant NUM_SLOTS = 4;
    uint256 internal constant NO_TENSOR = 0xFFFF;

    uint256 internal constant INT8 = 0;
    uint256 internal constant INT32 = 1;

    uint256 internal constant FLAG_PER_TENSOR = 0x01;

    uint256 internal constant SCRATCH_BASE = 0xC0_0000_0000;
    uint256 internal constant REGION_BITS = 36;
    uint256 internal constant REGION_SIZE = 1 << REGION_BITS;
    uint256 internal constant NUM_REGIONS = 4;

    uint256 internal constant MASK32 = 0xFFFF_FFFF;
    uint256 internal constant MASK64 = 0xFFFF_FFFF_FFFF_FFFF;

    // ---------------------------------------------------------------------------------------------
    // Working state

    /// The registers (spec §5), unpacked. Integer registers hold their unsigned bit patterns;
    /// acc and acc2 are int32.
    struct Regs {
        uint256 status;
        uint256 phase;
        uint256 slot;
        uint256 fault;
        uint256 pc;
        uint256 step;
        uint256 e;
        uint256 q;
        int32 acc;
        int32 acc2;
        uint256 tbase;
        uint256 limit;
        bytes32 insn;
        bytes32[4] decl;
        uint256 pre; // calldata offset of the packed pre-state (a fault's post-state derives from it)
    }

    /// The witness's accesses, consumed in order against a running root.
    struct Mem {
        bytes32 root;
        uint256 next; //     calldata offset of the next access
        uint256 end; //      calldata offset one past the last witness byte
        uint256 accesses; // accesses consumed so far (the index in BadProof/WitnessTooShort)
        uint256 lastAddr; // address of the most recent access
        uint256 lastSib; //  calldata offset of its siblings
    }

    /// A slot's declaration, checked as the interpreter checks it.
    struct Tensor {
        uint256 rows;
        uint256 cols;
        uint256 stride;
        uint256 base;
        uint256 size;
    }

    /// The checked operands of the current instruction.
    struct Ops {
        Tensor d;
        Tensor a;
        Tensor b;
        Tensor c;
        bool hasB;
        bool hasC;
        uint256 total; // the element count the cursor e runs over
    }

    /// MAXPOOL/IM2COL geometry (spec §4 immediates) and the output width.
    struct Window {
        uint256 h;
        uint256 w;
        uint256 kh;
        uint256 kw;
        uint256 sh;
        uint256 sw;
        uint256 pad;
        int8 padValue;
        uint256 ow;
    }

    // ---------------------------------------------------------------------------------------------
    // Entry points

    /// @notice Executes one step from `state` and returns the post-state hash.
    /// @param state the packed pre-state (256 bytes); its hash is the pre-state hash
    /// @param proofs the step's accesses in order, 1152 bytes each
    function step(bytes calldata state, bytes calldata proofs) external pure returns (bytes32 postStateHash) {
        _checkLength(state);
        return _step(_stateHash(state), state, proofs);
    }

    /// @notice Checks that `state` hashes to `preStateHash`, executes one step and returns the
    /// post-state hash.
    /// @param preStateHash the agreed pre-state hash
    /// @param state the packed pre-state (256 bytes)
    /// @param proofs the step's accesses in order, 1152 bytes each
    function verifyStep(bytes32 preStateHash, bytes calldata state, bytes calldata proofs)
        external
        pure
        returns (bytes32 postStateHash)
    {
        _checkLength(state);
        bytes32 h = _stateHash(state);
        if (h != preStateHash) {
            revert BadStateHash(preStateHash, h);
        }
        return _step(h, state, proofs);
    }

    /// @notice The state hash of a packed state: keccak256(state) with byte 0 set to the status.
    function stateHash(bytes calldata state) external pure returns (bytes32) {
        _checkLength(state);
        return _stateHash(state);
    }

    // ---------------------------------------------------------------------------------------------
    // Step

    function _checkLength(bytes calldata state) private pure {
        if (state.length != STATE_SIZE) {
            revert BadStateLength(state.length);
        }
    }

    function _stateHash(bytes calldata state) private pure returns (bytes32 h) {
        assembly ("memory-safe") {
            let ptr := mload(0x40) // hashed in free memory without allocating it
            calldatacopy(ptr, state.offset, STATE_SIZE)
            h := keccak256(ptr, STATE_SIZE)
            h := or(shr(8, shl(8, h)), shl(248, byte(0, calldataload(state.offset))))
        }
    }

    function _step(bytes32 preHash, bytes calldata state, bytes calldata proofs) private pure returns (bytes32) {
        Regs memory r = _decode(state);
        if (r.status != STATUS_RUNNING) {
            // A halted or faulted machine stays put (as in Cannon): traces can be padded.
            if (proofs.length != 0) {
                revert TrailingWitness(proofs.length);
            }
            return preHash;
        }
        Mem memory m;
        m.root = _word(state, 224);
        m.next = _offset(proofs);
        m.end = m.next + proofs.length;

        // The step limit comes first, with no memory access.
        if ((r.limit != 0 && r.step >= r.limit) || r.step == MASK64) {
            _fault(r, m, FAULT_STEP_LIMIT);
        }
        if (r.phase == PHASE_START) {
            _start(r, m);
        } else if (r.phase == PHASE_FETCH) {
            _fetch(r, m);
        } else if (r.phase == PHASE_DECL) {
            _decl(r, m);
        } else {
            _exec(r, m);
        }
        _checkConsumed(m);
        r.step += 1;
        return _encodeHash(r, m.root);
    }

    function _checkConsumed(Mem memory m) private pure {
        if (m.next != m.end) {
            revert TrailingWitness(m.end - m.next);
        }
    }

    /// Ends the call with the hash of the faulted post-state: the pre-state with status 2, the
    /// fault code and step + 1 (wrapping at 2^64, as the Go uint64 does); memory unchanged, since
    /// every fault is detected before the step's write. The accesses made before the fault must
    /// be all the witness holds.
    function _fault(Regs memory r, Mem memory m, uint256 code) private pure {
        _checkConsumed(m);
        uint256 pre = r.pre;
        bytes32 root = m.root;
        assembly ("memory-safe") {
            let ptr := mload(0x40)
            calldatacopy(ptr, pre, STATE_SIZE)
            let w0 := mload(ptr)
            let stepNext := and(add(and(shr(128, w0), MASK64), 1), MASK64)
            // Clear status (byte 0), fault (byte 3) and step (bytes 8–15), then set them.
            w0 := and(w0, not(or(or(shl(248, 0xFF), shl(224, 0xFF)), shl(128, MASK64))))
            w0 := or(w0, or(or(shl(248, STATUS_FAULTED), shl(224, code)), shl(128, stepNext)))
            mstore(ptr, w0)
            mstore(add(ptr, 224), root)
            let h := keccak256(ptr, STATE_SIZE)
            mstore(0, or(shr(8, shl(8, h)), shl(248, STATUS_FAULTED)))
            return(0, 32)
        }
    }

    /// A fault of code 1: the instruction cannot execute here (spec §6).
    function _invalid(Regs memory r, Mem memory m) private pure {
        _fault(r, m, FAULT_INVALID);
    }

    function _word(bytes calldata b, uint256 off) private pure returns (bytes32 w) {
        assembly ("memory-safe") {
            w := calldataload(add(b.offset, off))
        }
    }

    function _offset(bytes calldata b) private pure returns (uint256 off) {
        assembly ("memory-safe") {
            off := b.offset
        }
    }

    /// Unpacks and checks the registers (spec §5; vm.DecodeState's checks).
    function _decode(bytes calldata state) private pure returns (Regs memory r) {
        uint256 w0 = uint256(_word(state, 0));
        uint256 w1 = uint256(_word(state, 32));
        r.status = w0 >> 248;
        r.phase = (w0 >> 240) & 0xFF;
        r.slot = (w0 >> 232) & 0xFF;
        r.fault = (w0 >> 224) & 0xFF;
        r.pc = (w0 >> 192) & MASK32;
        r.step = (w0 >> 128) & MASK64;
        r.e = (w0 >> 64) & MASK64;
        r.q = (w0 >> 32) & MASK32;
        r.acc = int32(uint32(w0));
        r.acc2 = int32(uint32(w1 >> 224));
        r.tbase = (w1 >> 192) & MASK32;
        r.limit = (w1 >> 128) & MASK64;
        if (
            r.status > STATUS_FAULTED || r.phase > PHASE_EXEC || r.slot > NUM_SLOTS
                || (r.status == STATUS_FAULTED) != (r.fault != FAULT_NONE) || r.fault > FAULT_STEP_LIMIT
                || w1 & ((1 << 128) - 1) != 0 // bytes 48–63
        ) {
            revert MalformedState();
        }
        r.insn = _word(state, 64);
        for (uint256 s = 0; s < NUM_SLOTS; s++) {
            r.decl[s] = _word(state, 96 + 32 * s);
        }
        r.pre = _offset(state);
    }

    /// Packs the registers with the new memory root and returns the state hash.
    function _encodeHash(Regs memory r, bytes32 root) private pure returns (bytes32 h) {
        uint256 w0 = (r.status << 248) | (r.phase << 240) | (r.slot << 232) | (r.fault << 224) | (r.pc << 192)
            | (r.step << 128) | (r.e << 64) | (r.q << 32) | uint256(uint32(r.acc));
        uint256 w1 = (uint256(uint32(r.acc2)) << 224) | (r.tbase << 192) | (r.limit << 128);
        h = keccak256(abi.encodePacked(w0, w1, r.insn, r.decl, root));
        h = bytes32((uint256(h) & ((1 << 248) - 1)) | (r.status << 248));
    }

    // ---------------------------------------------------------------------------------------------
    // Memory accesses

    /// Consumes the next access, which must prove the leaf at `addr` against the current root.
    function _read(Mem memory m, uint256 addr) private pure returns (bytes32 leaf) {
        if (addr % 32 != 0 || addr >= MerkleMemory.MEMORY_SIZE) {
            revert BadAccessAddress(addr);
        }
        uint256 p = m.next;
        if (m.end - p < ACCESS_SIZE) {
            revert WitnessTooShort(m.accesses);
        }
        bytes calldata siblings = _siblings(p + 32);
        assembly ("memory-safe") {
            leaf := calldataload(p)
        }
        if (MerkleMemory.leafRoot(leaf, addr, siblings) != m.root) {
            revert BadProof(m.accesses);
        }
        m.next = p + ACCESS_SIZE;
        m.accesses += 1;
        m.lastAddr = addr;
        m.lastSib = p + 32;
    }

    /// Replaces the leaf the preceding access proved: the new root folds `leaf` with its siblings.
    function _write(Mem memory m, uint256 addr, bytes32 leaf) private pure {
        assert(m.accesses != 0 && addr == m.lastAddr);
        m.root = MerkleMemory.update(leaf, addr, _siblings(m.lastSib));
    }

    function _siblings(uint256 off) private pure returns (bytes calldata s) {
        assembly ("memory-safe") {
            s.offset := off
            s.length := 1120 // MerkleMemory.LEAF_PROOF_SIZE
        }
    }

    function _readI8(Mem memory m, uint256 addr) private pure returns (int8) {
        return _i8(_read(m, addr & ~uint256(31)), addr % 32);
    }

    function _readI32(Mem memory m, uint256 addr) private pure returns (int32) {
        return _i32(_read(m, addr & ~uint256(31)), addr % 32);
    }

    /// Read-modify-write of `len` bytes (the big-endian value `v`) at `addr`, within one leaf.
    function _writeBytes(Mem memory m, uint256 addr, uint256 v, uint256 len) private pure {
        uint256 a = addr & ~uint256(31);
        _write(m, a, _setBytes(_read(m, a), addr % 32, v, len));
    }

    function _writeI8(Mem memory m, uint256 addr, int8 v) private pure {
        _writeBytes(m, addr, uint8(v), 1);
    }

    /// Read-modify-write of a little-endian int32.
    function _writeI32(Mem memory m, uint256 addr, int32 v) private pure {
        _writeBytes(m, addr, _bswap32(uint32(v)), 4);
    }

    // ---------------------------------------------------------------------------------------------
    // Leaf and register bytes

    /// The big-endian `len`-byte field at byte `off` of a 32-byte word.
    function _field(bytes32 w, uint256 off, uint256 len) private pure returns (uint256) {
        return (uint256(w) >> (256 - 8 * (off + len))) & ((1 << (8 * len)) - 1);
    }

    function _i8(bytes32 leaf, uint256 off) private pure returns (int8 v) {
        assembly ("memory-safe") {
            v := signextend(0, byte(off, leaf))
        }
    }

    /// The little-endian int32 at byte `off` of a leaf.
    function _i32(bytes32 leaf, uint256 off) private pure returns (int32) {
        return int32(_bswap32(uint32(_field(leaf, off, 4))));
    }

    function _bswap32(uint32 x) private pure returns (uint32) {
        return (x >> 24) | ((x >> 8) & 0xFF00) | ((x << 8) & 0xFF0000) | (x << 24);
    }

    /// `w` with its big-endian `len`-byte field at byte `off` replaced by `v`.
    function _setBytes(bytes32 w, uint256 off, uint256 v, uint256 len) private pure returns (bytes32) {
        uint256 sh = 256 - 8 * (off + len);
        uint256 mask = ((1 << (8 * len)) - 1) << sh;
        return bytes32((uint256(w) & ~mask) | ((v << sh) & mask));
    }

    /// The tensor index in slot s of the instruction register.
    function _slotIndex(Regs memory r, uint256 s) private pure returns (uint256) {
        return _field(r.insn, 2 + 2 * s, 2);
    }

    function _used(Regs memory r, uint256 s) private pure returns (bool) {
        return _slotIndex(r, s) != NO_TENSOR;
    }

    function _firstUsed(Regs memory r, uint256 from) private pure returns (uint256) {
        while (from < NUM_SLOTS && !_used(r, from)) {
            from++;
        }
        return from;
    }

    /// Immediate byte(s) of the instruction register: imm[off : off+len], big-endian.
    function _imm(Regs memory r, uint256 off, uint256 len) private pure returns (uint256) {
        return _field(r.insn, 10 + off, len);
    }

    function _immI8(Regs memory r, uint256 off) private pure returns (int8) {
        return int8(uint8(_imm(r, off, 1)));
    }

    function _perTensor(Regs memory r) private pure returns (bool) {
        return _field(r.insn, 1, 1) & FLAG_PER_TENSOR != 0;
    }

    function _progLeaf(uint256 i) private pure returns (uint256) {
        return SCRATCH_BASE + 32 * i;
    }

    // ---------------------------------------------------------------------------------------------
    // Phases (spec §6)

    function _start(Regs memory r, Mem memory m) private pure {
        bytes32 hdr = _read(m, _progLeaf(0));
        uint256 n = _field(hdr, 8, 4);
        if (n == MASK32) {
            _invalid(r, m); // the tensor base n + 1 would not fit
        }
        r.tbase = n + 1;
        r.pc = 0;
        r.phase = PHASE_FETCH;
    }

    function _fetch(Regs memory r, Mem memory m) private pure {
        bytes32 leaf = _read(m, _progLeaf(1 + r.pc));
        uint256 op = _field(leaf, 0, 1);
        if (op >= NUM_OPS) {
            _invalid(r, m);
        }
        r.insn = leaf;
        for (uint256 s = 0; s < NUM_SLOTS; s++) {
            r.decl[s] = 0;
        }
        r.slot = 0;
        if (op == OP_HALT) {
            r.status = STATUS_HALTED;
            return;
        }
        if (_firstUsed(r, 0) == NUM_SLOTS) {
            _invalid(r, m); // an instruction with no operands
        }
        r.phase = PHASE_DECL;
    }

    function _decl(Regs memory r, Mem memory m) private pure {
        uint256 s = _firstUsed(r, r.slot);
        if (s == NUM_SLOTS) {
            _invalid(r, m); // no operand slot left to load
        }
        r.decl[s] = _read(m, _progLeaf(r.tbase + _slotIndex(r, s)));
        r.slot = s + 1;
        if (_firstUsed(r, s + 1) == NUM_SLOTS) {
            r.phase = PHASE_EXEC;
            r.e = 0;
            r.q = 0;
            r.acc = 0;
            r.acc2 = 0;
        }
    }

    /// One micro-step (spec §4). Each opcode's micro-step has the shape of fraudvm/verify's:
    /// (1) check everything that depends on registers alone, including every address it will
    /// access; (2) read, in the spec's order; (3) the one data-dependent check (a per-channel
    /// REQUANT shift); (4) write. A check failing in (1) or (3) faults.
    function _exec(Regs memory r, Mem memory m) private pure {
        uint256 op = _field(r.insn, 0, 1);
        Ops memory o = _operands(r, m, op);
        bool advance = true;
        if (op == OP_MATMUL) {
            advance = _matmul(r, m, o);
        } else if (op == OP_REQUANT) {
            _requant(r, m, o);
        } else if (op == OP_ADD) {
            _add(r, m, o);
        } else if (op == OP_LUT8) {
            _lut8(r, m, o);
        } else if (op == OP_MAXPOOL) {
            advance = _maxpool(r, m, o);
        } else if (op == OP_IM2COL) {
            _im2col(r, m, o);
        } else if (op == OP_ARGMAX) {
            advance = _argmax(r, m, o);
        } else {
            _copy(r, m, o);
        }
        if (!advance) {
            r.q = (r.q + 1) & MASK32;
            return;
        }
        r.e += 1;
        r.q = 0;
        r.acc = 0;
        r.acc2 = 0;
        if (r.e == o.total) {
            // Retire: next instruction, per-instruction registers cleared.
            r.pc = (r.pc + 1) & MASK32;
            r.phase = PHASE_FETCH;
            r.slot = 0;
            r.e = 0;
            r.insn = 0;
            for (uint256 s = 0; s < NUM_SLOTS; s++) {
                r.decl[s] = 0;
            }
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Operands

    /// Decodes and checks the operands the opcode takes, and the cursor e against their element
    /// count. Any violation faults; all of them come before the step's first access, so their
    /// order does not matter (spec §6).
    function _operands(Regs memory r, Mem memory m, uint256 op) private pure returns (Ops memory o) {
        if (op == OP_MATMUL) {
            o.d = _tensor(r, m, SLOT_DST, INT32);
            o.a = _tensor(r, m, SLOT_A, INT8);
            o.b = _tensor(r, m, SLOT_B, INT8);
            if (_used(r, SLOT_C)) {
                o.hasC = true;
                o.c = _tensor(r, m, SLOT_C, INT32);
            }
        } else if (op == OP_REQUANT) {
            o.d = _tensor(r, m, SLOT_DST, INT8);
            o.a = _tensor(r, m, SLOT_A, INT32);
            if (_used(r, SLOT_B)) {
                o.hasB = true;
                o.b = _tensor(r, m, SLOT_B, INT32);
            }
            _unused(r, m, SLOT_C);
            if (!o.hasB && !_perTensor(r)) {
                _invalid(r, m); // per-channel REQUANT without params
            }
        } else if (op == OP_ADD || op == OP_LUT8) {
            o.d = _tensor(r, m, SLOT_DST, INT8);
            o.a = _tensor(r, m, SLOT_A, INT8);
            o.b = _tensor(r, m, SLOT_B, INT8);
            _unused(r, m, SLOT_C);
        } else if (op == OP_MAXPOOL || op == OP_IM2COL || op == OP_ARGMAX) {
            o.d = _tensor(r, m, SLOT_DST, op == OP_ARGMAX ? INT32 : INT8);
            o.a = _tensor(r, m, SLOT_A, INT8);
            _unused(r, m, SLOT_B);
            _unused(r, m, SLOT_C);
        } else if (op == OP_COPY) {
            uint256 dtype = _field(r.decl[SLOT_A], 1, 1); // both take A's dtype
            o.d = _tensor(r, m, SLOT_DST, dtype);
            o.a = _tensor(r, m, SLOT_A, dtype);
            _unused(r, m, SLOT_B);
            _unused(r, m, SLOT_C);
        } else {
            _invalid(r, m); // HALT or an unknown opcode has no micro-steps
        }
        o.total = op == OP_ARGMAX ? o.a.rows : o.d.rows * o.d.cols;
        if (r.e >= o.total) {
            _invalid(r, m);
        }
    }

    /// The declaration in slot s, which must be used and hold a well-formed tensor of `dtype`
    /// lying inside its region.
    function _tensor(Regs memory r, Mem memory m, uint256 s, uint256 dtype) private pure returns (Tensor memory t) {
        if (!_used(r, s)) {
            _invalid(r, m);
        }
        bytes32 d = r.decl[s];
        uint256 region = _field(d, 0, 1);
        uint256 dt = _field(d, 1, 1);
        if (region >= NUM_REGIONS || dt > INT32 || dt != dtype) {
            _invalid(r, m);
        }
        t.rows = _field(d, 4, 4);
        t.cols = _field(d, 8, 4);
        t.size = dtype == INT32 ? 4 : 1;
        uint256 off = _field(d, 16, 8);
        if (t.rows == 0 || t.cols == 0 || off % 32 != 0 || off >= REGION_SIZE) {
            _invalid(r, m);
        }
        t.stride = (t.cols * t.size + 31) / 32 * 32;
        // The 256-bit product is exact: Go's 64-bit overflow check has nothing to add.
        if (t.rows * t.stride > REGION_SIZE - off) {
            _invalid(r, m);
        }
        t.base = SCRATCH_BASE + (region << REGION_BITS) + off;
    }

    function _unused(Regs memory r, Mem memory m, uint256 s) private pure {
        if (_used(r, s)) {
            _invalid(r, m);
        }
    }

    /// The address of element (row, col); faults outside the tensor's shape.
    function _elem(Regs memory r, Mem memory m, Tensor memory t, uint256 row, uint256 col)
        private
        pure
        returns (uint256)
    {
        if (row >= t.rows || col >= t.cols) {
            _invalid(r, m);
        }
        return t.base + row * t.stride + col * t.size;
    }

    /// The address of element e in the tensor's own row-major order.
    function _flat(Regs memory r, Mem memory m, Tensor memory t, uint256 e) private pure returns (uint256) {
        return _elem(r, m, t, e / t.cols, e % t.cols);
    }

    /// Single-micro-step opcodes run with q = 0 only.
    function _single(Regs memory r, Mem memory m) private pure {
        if (r.q != 0) {
            _invalid(r, m);
        }
    }

    function _validShift(int256 s) private pure returns (bool) {
        return s <= 0 && s >= FixedPoint.MIN_SHIFT;
    }

    // ---------------------------------------------------------------------------------------------
    // Opcodes

    function _matmul(Regs memory r, Mem memory m, Ops memory o) private pure returns (bool advance) {
        uint256 i = r.e / o.d.cols;
        uint256 j = r.e % o.d.cols;
        uint256 chunks = (o.a.cols + 31) / 32;
        if (r.q < chunks) {
            _matmulChunk(r, m, o.a, o.b, i, j);
            return false;
        }
        if (r.q != chunks) {
            _invalid(r, m);
        }
        uint256 cAddr;
        if (o.hasC) {
            cAddr = _elem(r, m, o.c, 0, j);
        }
        uint256 dAddr = _elem(r, m, o.d, i, j);
        int256 out = r.acc;
        if (o.hasC) {
            out += _readI32(m, cAddr);
        }
        _writeI32(m, dAddr, int32(out)); // wrapping int32
        return true;
    }

    /// acc += A[i, 32q : 32q+L] · B[j, 32q : 32q+L], L = min(32, K − 32q): one leaf of each row.
    function _matmulChunk(Regs memory r, Mem memory m, Tensor memory a, Tensor memory b, uint256 i, uint256 j)
        private
        pure
    {
        uint256 q = r.q;
        if (i >= a.rows || q * 32 >= a.stride || j >= b.rows || q * 32 >= b.stride) {
            _invalid(r, m);
        }
        bytes32 la = _read(m, a.base + i * a.stride + q * 32);
        bytes32 lb = _read(m, b.base + j * b.stride + q * 32);
        uint256 n = a.cols - 32 * q;
        if (n > 32) {
            n = 32;
        }
        r.acc = int32(int256(r.acc) + _dot8(la, lb, n)); // wrapping int32
    }

    /// Σ_{t<n} int8(a[t])·int8(b[t]) over the first n bytes of two leaves (exact, in int256).
    function _dot8(bytes32 a, bytes32 b, uint256 n) private pure returns (int256 s) {
        assembly ("memory-safe") {
            for { let t := 0 } lt(t, n) { t := add(t, 1) } {
                s := add(s, mul(signextend(0, byte(t, a)), signextend(0, byte(t, b))))
            }
        }
    }

    /// REQUANT: read A[e], read params row j if present, rmw D[e] ← Requant(...). Bias,
    /// multiplier and shift come from the immediates (per-tensor) or from row j of the params
    /// tensor (per-channel: little-endian int32 bias, multiplier, shift, 0); with a params tensor
    /// the bias always comes from its row.
    function _requant(Regs memory r, Mem memory m, Ops memory o) private pure {
        _single(r, m);
        bool perTensor = _perTensor(r);
        if (perTensor && !_validShift(_immI8(r, 4))) {
            _invalid(r, m);
        }
        if (o.hasB && o.b.cols < 4) {
            _invalid(r, m);
        }
        uint256 src = _flat(r, m, o.a, r.e);
        uint256 row;
        if (o.hasB) {
            row = _elem(r, m, o.b, r.e % o.d.cols, 0); // a 16-byte row at a 32-aligned address: one leaf
        }
        uint256 dst = _flat(r, m, o.d, r.e);
        int32 x = _readI32(m, src);
        int32 bias;
        int32 mul = int32(uint32(_imm(r, 0, 4)));
        int256 shift = _immI8(r, 4);
        if (o.hasB) {
            bytes32 pl = _read(m, row);
            bias = _i32(pl, 0);
            if (!perTensor) {
                mul = _i32(pl, 4);
                shift = _i32(pl, 8);
                if (!_validShift(shift)) {
                    _invalid(r, m); // the one data-dependent fault
                }
            }
        }
        _writeI8(m, dst, FixedPoint.requant(x, bias, mul, int8(shift), _immI8(r, 5), _immI8(r, 6), _immI8(r, 7)));
    }

    /// ADD: read A[e], read B[e], rmw D[e] ← Add(A[e], B[e]).
    function _add(Regs memory r, Mem memory m, Ops memory o) private pure {
        _single(r, m);
        FixedPoint.AddParams memory p = _addParams(r);
        if (!_validShift(p.shiftA) || !_validShift(p.shiftB) || !_validShift(p.shiftOut)) {
            _invalid(r, m);
        }
        uint256 aAddr = _flat(r, m, o.a, r.e);
        uint256 bAddr = _flat(r, m, o.b, r.e);
        uint256 dAddr = _flat(r, m, o.d, r.e);
        int8 x = _readI8(m, aAddr);
        int8 y = _readI8(m, bAddr);
        _writeI8(m, dAddr, FixedPoint.add(x, y, p));
    }

    function _addParams(Regs memory r) private pure returns (FixedPoint.AddParams memory p) {
        p.offA = int16(uint16(_imm(r, 0, 2)));
        p.offB = int16(uint16(_imm(r, 2, 2)));
        p.mulA = int32(uint32(_imm(r, 4, 4)));
        p.shiftA = _immI8(r, 8);
        p.mulB = int32(uint32(_imm(r, 9, 4)));
        p.shiftB = _immI8(r, 13);
        p.mulOut = int32(uint32(_imm(r, 14, 4)));
        p.shiftOut = _immI8(r, 18);
        p.zeroOut = _immI8(r, 19);
        p.lo = _immI8(r, 20);
        p.hi = _immI8(r, 21);
    }

    /// LUT8: read A[e], read B[0, uint8(A[e])], rmw D[e] ← that entry. A table of at least 256
    /// entries makes every index valid, so the check is on registers alone.
    function _lut8(Regs memory r, Mem memory m, Ops memory o) private pure {
        _single(r, m);
        if (o.b.cols < 256) {
            _invalid(r, m);
        }
        uint256 aAddr = _flat(r, m, o.a, r.e);
        uint256 dAddr = _flat(r, m, o.d, r.e);
        int8 x = _readI8(m, aAddr);
        int8 y = _readI8(m, o.b.base + uint8(x));
        _writeI8(m, dAddr, y);
    }

    function _window(Regs memory r, Mem memory m, bool withPad) private pure returns (Window memory w) {
        w.h = _imm(r, 0, 2);
        w.w = _imm(r, 2, 2);
        w.kh = _imm(r, 4, 1);
        w.kw = _imm(r, 5, 1);
        w.sh = _imm(r, 6, 1);
        w.sw = _imm(r, 7, 1);
        if (withPad) {
            w.pad = _imm(r, 8, 1);
            w.padValue = _immI8(r, 9);
        }
        if (w.kh == 0 || w.kw == 0 || w.sh == 0 || w.sw == 0 || w.h + 2 * w.pad < w.kh || w.w + 2 * w.pad < w.kw) {
            _invalid(r, m);
        }
        w.ow = (w.w + 2 * w.pad - w.kw) / w.sw + 1;
    }

    /// MAXPOOL: kh·kw reads of the window, then the store.
    function _maxpool(Regs memory r, Mem memory m, Ops memory o) private pure returns (bool advance) {
        Window memory w = _window(r, m, false);
        uint256 pix = r.e / o.d.cols;
        uint256 ch = r.e % o.d.cols;
        uint256 oy = pix / w.ow;
        uint256 ox = pix % w.ow;
        uint256 q = r.q;
        if (q < w.kh * w.kw) {
            uint256 row = (oy * w.sh + q / w.kw) * w.w + ox * w.sw + q % w.kw;
            int8 x = _readI8(m, _elem(r, m, o.a, row, ch));
            if (q == 0 || x > r.acc) {
                r.acc = x;
            }
            return false;
        }
        if (q != w.kh * w.kw) {
            _invalid(r, m);
        }
        _writeI8(m, _flat(r, m, o.d, r.e), int8(r.acc));
        return true;
    }

    /// IM2COL: read the source element unless it is padding, rmw D[e].
    function _im2col(Regs memory r, Mem memory m, Ops memory o) private pure {
        _single(r, m);
        Window memory w = _window(r, m, true);
        uint256 kc = w.kh * w.kw * o.a.cols;
        uint256 pix = r.e / kc;
        uint256 k = r.e % kc;
        uint256 y = (pix / w.ow) * w.sh + k / (w.kw * o.a.cols);
        uint256 x = (pix % w.ow) * w.sw + (k / o.a.cols) % w.kw;
        bool inside = y >= w.pad && y - w.pad < w.h && x >= w.pad && x - w.pad < w.w;
        uint256 src;
        if (inside) {
            src = _elem(r, m, o.a, (y - w.pad) * w.w + x - w.pad, k % o.a.cols);
        }
        uint256 dst = _flat(r, m, o.d, r.e);
        int8 val = w.padValue;
        if (inside) {
            val = _readI8(m, src);
        }
        _writeI8(m, dst, val);
    }

    /// ARGMAX: C' reads of row e, then the store of the index of the first maximum.
    function _argmax(Regs memory r, Mem memory m, Ops memory o) private pure returns (bool advance) {
        uint256 q = r.q;
        if (q < o.a.cols) {
            int8 x = _readI8(m, _elem(r, m, o.a, r.e, q));
            if (q == 0 || x > r.acc) {
                r.acc = x;
                r.acc2 = int32(uint32(q)); // ties keep the lowest index
            }
            return false;
        }
        if (q != o.a.cols) {
            _invalid(r, m);
        }
        _writeI32(m, _elem(r, m, o.d, r.e, 0), r.acc2);
        return true;
    }

    /// COPY: D[e] ← A[e] (same dtype, each in its own shape).
    function _copy(Regs memory r, Mem memory m, Ops memory o) private pure {
        _single(r, m);
        uint256 src = _flat(r, m, o.a, r.e);
        uint256 dst = _flat(r, m, o.d, r.e);
        bytes32 leaf = _read(m, src & ~uint256(31));
        _writeBytes(m, dst, _field(leaf, src % 32, o.a.size), o.a.size); // the element's bytes, as stored
    }
}
