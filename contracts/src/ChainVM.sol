// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IInbox} from "./interfaces/IInbox.sol";
import {IChainVM} from "./interfaces/IChainVM.sol";
import {MerkleMemory} from "./lib/MerkleMemory.sol";
import {BlobWord} from "./lib/BlobWord.sol";
import {MessageAuth} from "./lib/MessageAuth.sol";

/// The job-step verifier's entry point (FraudVM.step).
interface IFraudVMStep {
    function step(bytes calldata state, bytes calldata proofs) external pure returns (bytes32 postStateHash);
}

/// @title ChainVM
/// @notice The L1 one-step verifier of the chain machine: the Solidity twin of fraudvm/stf's
/// Machine.Step. Given a packed 448-byte state (192 bytes of chain registers, then the 256-byte
/// job machine state) and one step's proof data, it executes that step and returns the post-state
/// hash. JOB_RUN steps are the job machine's and go to FraudVM unchanged; every other phase is
/// executed here, with the same memory accesses in the same order as Go, and the L1 data the step
/// brings in (a batch's commitment preimage and payload words, delayed messages) checked against
/// the Inbox. Whatever Go cannot step (malformed registers, missing or inconsistent L1 data, an
/// address outside memory), this contract reverts on; for every other state it returns Go's
/// post-state hash.
///
/// ABI: see IChainVM.
///
/// State hash: keccak256(registers ‖ jobHash) with byte 0 set to the chain status (byte 0 of the
/// registers), where jobHash is the job state's hash (FraudVM.stateHash: keccak256 of the 256
/// bytes with byte 0 set to the job status).
///
/// Proof data (stf.Witness.ProofData): for JOB_RUN, FraudVM's proof data; otherwise the step's
/// oracle data, then each memory access in order: a leaf access is the leaf (32 bytes) and its 35
/// siblings, a node access the node (32 bytes) and its 35 − height siblings, a body access the
/// 512 bytes of the height-4 subtree and its 31 siblings, bottom-up, each against the memory root
/// current at the access. A write (a leaf write, or a graft of a node) follows the read of the
/// same leaf or node and folds the new value with that read's siblings. Oracle data:
///   BEGIN     the batch's commitment preimage (53 + 32·blobCount bytes, IInbox's formula)
///   LOAD      the preimage, then the 208-byte word witness y0 ‖ y1 ‖ commitment ‖ proof0 ‖ proof1
///   DELAYED   when a message is consumed: its length L as a 32-byte word, then its bytes padded
///             with zeros to a multiple of 32; none when the batch's delayed target is reached
///   others    none
///
/// @dev The registers are unpacked once into a memory struct and packed back for the post-state
/// hash. Fields are masked to their widths when packed, and the counters Go increments in place
/// wrap at their widths as Go's integers do. The Inbox is trusted as the L1 record, FraudVM as
/// the job step; both are immutables.
contract ChainVM is IChainVM {
    // ---------------------------------------------------------------------------------------------
    // Chain constants (fraudvm/stf, chain/layout, chain/batch)

    uint256 internal constant REGS_SIZE = 192;
    uint256 internal constant STATE_SIZE = 448;
    uint256 internal constant JOB_STATE_SIZE = 256;

    uint256 internal constant STATUS_DONE = 1;

    uint256 internal constant PHASE_BEGIN = 0;
    uint256 internal constant PHASE_LOAD = 1;
    uint256 internal constant PHASE_HEADER = 2;
    uint256 internal constant PHASE_DELAYED = 3;
    uint256 internal constant PHASE_MSG_LOAD = 4;
    uint256 internal constant PHASE_MSG_AUTH = 5;
    uint256 internal constant PHASE_JOB_CHECK = 6;
    uint256 internal constant PHASE_JOB_INPUT = 7;
    uint256 internal constant PHASE_JOB_RESERVE = 8;
    uint256 internal constant PHASE_JOB_PROGRAM = 9;
    uint256 internal constant PHASE_JOB_INPUT_GRAFT = 10;
    uint256 internal constant PHASE_JOB_RUN = 11;
    uint256 internal constant PHASE_JOB_FINISH = 12;
    uint256 internal constant PHASE_UPLOAD_CHECK = 13;
    uint256 internal constant PHASE_UPLOAD_DATA = 14;
    uint256 internal constant PHASE_UPLOAD_PAY = 15;
    uint256 internal constant PHASE_UPLOAD_CREATE = 16;
    uint256 internal constant PHASE_UPLOAD_WRITE = 17;
    uint256 internal constant PHASE_UPLOAD_FINAL = 18;
    uint256 internal constant PHASE_WITHDRAW_CHECK = 19;
    uint256 internal constant PHASE_WITHDRAW_APPLY = 20;
    uint256 internal constant PHASE_WITHDRAW_RECORD = 21;
    uint256 internal constant PHASE_RECEIPT = 22;
    uint256 internal constant PHASE_END = 23;
    uint256 internal constant PHASE_BLOCK = 24;
    uint256 internal constant PHASE_BLOCK_END = 25;
    uint256 internal constant NUM_PHASES = 26;

    uint256 internal constant FLAG_REJECTED = 1;
    uint256 internal constant FLAG_NEW_PROGRAM = 2;
    uint256 internal constant FLAG_IN_BLOCK = 4;

    // Skip reasons (chain/layout Skip).
    uint256 internal constant APPLIED = 0;
    uint256 internal constant SKIP_SIGNATURE = 1;
    uint256 internal constant SKIP_ACCOUNT = 2;
    uint256 internal constant SKIP_NONCE = 3;
    uint256 internal constant SKIP_BALANCE = 4;
    uint256 internal constant SKIP_FEE = 5;
    uint256 internal constant SKIP_PROGRAM = 6;
    uint256 internal constant SKIP_STEPS = 7;
    uint256 internal constant SKIP_SIZE = 8;
    uint256 internal constant SKIP_UPLOAD = 9;
    uint256 internal constant SKIP_MALFORMED = 10;

    uint256 internal constant KIND_JOB = 1;
    uint256 internal constant KIND_UPLOAD = 2;
    uint256 internal constant KIND_WITHDRAW = 3;

    uint256 internal constant PROGRAM_UPLOADING = 1;
    uint256 internal constant PROGRAM_READY = 2;

    // Memory map (chain/layout, fraudvm/isa).
    uint256 internal constant GLOBALS_BASE = 0x00_0000_0000;
    uint256 internal constant ACCOUNTS_BASE = 0x10_0000_0000;
    uint256 internal constant JOBS_BASE = 0x20_0000_0000;
    uint256 internal constant PROGRAMS_BASE = 0x30_0000_0000;
    uint256 internal constant HEAP_BASE = 0x40_0000_0000;
    uint256 internal constant WITHDRAWALS_BASE = 0x80_0000_0000;
    uint256 internal constant BATCH_BASE = 0x90_0000_0000;
    uint256 internal constant RECEIPTS_BASE = 0xA0_0000_0000;
    uint256 internal constant SCRATCH_BASE = 0xC0_0000_0000;
    uint256 internal constant REGION_PROGRAM = 0xC0_0000_0000;
    uint256 internal constant REGION_INPUT = 0xD0_0000_0000;
    uint256 internal constant REGION_OUTPUT = 0xE0_0000_0000;
    uint256 internal constant RECORD_SIZE = 64;

    uint256 internal constant MAX_RECORDS = 1 << 30;
    uint256 internal constant MAX_PROGRAM_SIZE = 1 << 30;
    uint256 internal constant HEAP_SIZE = 1 << 38;
    uint256 internal constant BATCH_HEIGHT = 31; // the batch region
    uint256 internal constant SCRATCH_HEIGHT = 33; // all of scratch
    uint256 internal constant OUTPUT_HEIGHT = 31; // the output region
    uint256 internal constant BODY_HEIGHT = 4; // a message body: 16 words
    uint256 internal constant BODY_SIZE = 512;
    uint256 internal constant BODY_ALIGN = 512;
    uint256 internal constant MAX_DATA_HEIGHT = 14;
    uint256 internal constant DEPTH = 35;

    // Batch payload header (chain/batch): "CRBT", version 1.
    uint256 internal constant MAGIC = 0x43524254;
    uint256 internal constant VERSION = 1;

    // Oracle data.
    uint256 internal constant PREIMAGE_FIXED = 53; // number ‖ length ‖ delayed count ‖ acc ‖ blob count
    uint256 internal constant MAX_PAYLOAD_WORDS = 6 * BlobWord.WORDS_PER_BLOB; // chain/blob MaxWords
    uint256 internal constant LEAF_ACCESS_SIZE = 32 + 32 * DEPTH;

    uint256 internal constant MASK32 = 0xFFFF_FFFF;
    uint256 internal constant MASK64 = 0xFFFF_FFFF_FFFF_FFFF;
    uint256 internal constant MASK128 = (1 << 128) - 1;

    // ---------------------------------------------------------------------------------------------
    // Immutables

    /// @inheritdoc IChainVM
    IInbox public immutable inbox;
    /// @inheritdoc IChainVM
    address public immutable fraudVM;
    /// @inheritdoc IChainVM
    uint64 public immutable chainId;
    /// @inheritdoc IChainVM
    bytes32 public immutable domainSeparator;

    /// @param inbox_ the Inbox whose batches and delayed messages the chain applies (and the
    /// EIP-712 verifying contract of its messages)
    /// @param fraudVM_ the job-step verifier (FraudVM)
    /// @param chainId_ the EIP-712 chain id of the chain's messages
    constructor(IInbox inbox_, address fraudVM_, uint64 chainId_) {
        inbox = inbox_;
        fraudVM = fraudVM_;
        chainId = chainId_;
        domainSeparator = MessageAuth.domainSeparator(chainId_, address(inbox_));
    }

    // ---------------------------------------------------------------------------------------------
    // Working state

    /// The chain registers (stf.Regs), unpacked, and what the step does to the job registers.
    struct Regs {
        uint256 status;
        uint256 phase;
        uint256 reason;
        uint256 flags;
        uint256 kind;
        uint256 step;
        uint256 batch;
        uint256 cursor;
        uint256 count;
        uint256 delayedTarget;
        uint256 payloadLength;
        uint256 tableBase;
        uint256 account;
        uint256 bodyOff;
        uint256 dataOff;
        uint256 dataLen;
        uint256 dataHeight;
        uint256 auxHeight;
        uint256 program;
        uint256 index;
        uint256 fee;
        uint256 stepPrice;
        uint256 bytePrice;
        uint256 flatPrice;
        uint256 aux;
        uint256 fees; // collected in the current block, paid at its BLOCK_END
        uint256 blockIndex; // the next block-table entry (Go's Block)
        uint256 blocks;
        uint256 blockEnd;
        uint256 blockDelayed;
        uint256 heapPrice; // copied from globals leaf 3 at BEGIN: a new program's deposit per slot byte
        // The job machine's status and fault (read by JOB_FINISH).
        uint256 jobStatus;
        uint256 jobFault;
        // Set by JOB_PROGRAM and JOB_FINISH: the job registers become vm.State{Phase: START,
        // Limit: jobLimit} (all zero but the limit), with the memory root.
        bool jobReset;
        uint256 jobLimit;
    }

    /// The witness's accesses, consumed in order against a running root.
    struct Mem {
        bytes32 root;
        uint256 next; //       calldata offset of the next access
        uint256 end; //        calldata offset one past the last proof byte
        uint256 accesses; //   accesses consumed so far (the index in BadProof/WitnessTooShort)
        uint256 lastAddr; //   the latest access's address and height
        uint256 lastHeight;
        uint256 lastSib; //    calldata offset of its siblings
    }

    // ---------------------------------------------------------------------------------------------
    // Entry points

    /// @inheritdoc IChainVM
    function step(bytes calldata state, bytes calldata proofs) external view returns (bytes32 postStateHash) {
        _checkLength(state);
        return _step(state, proofs);
    }

    /// @inheritdoc IChainVM
    function verifyStep(bytes32 preStateHash, bytes calldata state, bytes calldata proofs)
        external
        view
        returns (bytes32 postStateHash)
    {
        _checkLength(state);
        bytes32 h = _stateHash(state);
        if (h != preStateHash) revert BadStateHash(preStateHash, h);
        return _step(state, proofs);
    }

    /// @inheritdoc IChainVM
    function stateHash(bytes calldata state) external pure returns (bytes32) {
        _checkLength(state);
        return _stateHash(state);
    }

    // ---------------------------------------------------------------------------------------------
    // Step

    function _checkLength(bytes calldata state) private pure {
        if (state.length != STATE_SIZE) revert BadStateLength(state.length);
    }

    /// stf.HashPacked.
    function _stateHash(bytes calldata state) private pure returns (bytes32 h) {
        assembly ("memory-safe") {
            let p := mload(0x40)
            calldatacopy(p, add(state.offset, REGS_SIZE), JOB_STATE_SIZE)
            let jh := keccak256(p, JOB_STATE_SIZE)
            jh := or(shr(8, shl(8, jh)), shl(248, byte(0, mload(p))))
            calldatacopy(p, state.offset, REGS_SIZE)
            mstore(add(p, REGS_SIZE), jh)
            h := keccak256(p, add(REGS_SIZE, 32))
            h := or(shr(8, shl(8, h)), shl(248, byte(0, mload(p))))
        }
    }

    function _step(bytes calldata state, bytes calldata proofs) private view returns (bytes32) {
        Regs memory r = _decode(state);
        if (r.status == STATUS_DONE) {
            // A step of a done machine changes nothing and carries no proof data.
            if (proofs.length != 0) revert TrailingWitness(proofs.length);
            return _stateHash(state);
        }
        if (r.phase == PHASE_JOB_RUN) {
            bytes32 jobPost = _jobStep(state[REGS_SIZE:], proofs);
            if (uint256(jobPost) >> 248 != 0) r.phase = PHASE_JOB_FINISH; // halted or faulted
            r.step = (r.step + 1) & MASK64;
            return _hash(r, jobPost);
        }
        Mem memory m;
        m.root = bytes32(state[STATE_SIZE - 32:STATE_SIZE]);
        m.next = _offset(proofs);
        m.end = m.next + proofs.length;
        _dispatch(r, m, proofs);
        if (m.next != m.end) revert TrailingWitness(m.end - m.next);
        r.step = (r.step + 1) & MASK64;
        return _hash(r, _jobHash(state, r, m.root));
    }

    function _dispatch(Regs memory r, Mem memory m, bytes calldata proofs) private view {
        uint256 ph = r.phase;
        if (ph < PHASE_MSG_LOAD) {
            if (ph == PHASE_BEGIN) _begin(r, m, proofs);
            else if (ph == PHASE_LOAD) _load(r, m, proofs);
            else if (ph == PHASE_HEADER) _header(r, m);
            else _delayed(r, m, proofs);
        } else if (ph < PHASE_UPLOAD_CHECK) {
            if (ph == PHASE_MSG_LOAD) _msgLoad(r, m);
            else if (ph == PHASE_MSG_AUTH) _msgAuth(r, m);
            else if (ph == PHASE_JOB_CHECK) _jobCheck(r, m);
            else if (ph == PHASE_JOB_INPUT) _jobInput(r, m);
            else if (ph == PHASE_JOB_RESERVE) _jobReserve(r, m);
            else if (ph == PHASE_JOB_PROGRAM) _jobProgram(r, m);
            else if (ph == PHASE_JOB_INPUT_GRAFT) _jobInputGraft(r, m);
            else _jobFinish(r, m); // JOB_RUN does not come here
        } else if (ph < PHASE_WITHDRAW_CHECK) {
            if (ph == PHASE_UPLOAD_CHECK) _uploadCheck(r, m);
            else if (ph == PHASE_UPLOAD_DATA) _uploadData(r, m);
            else if (ph == PHASE_UPLOAD_PAY) _uploadPay(r, m);
            else if (ph == PHASE_UPLOAD_CREATE) _uploadCreate(r, m);
            else if (ph == PHASE_UPLOAD_WRITE) _uploadWrite(r, m);
            else _uploadFinal(r, m);
        } else {
            if (ph == PHASE_WITHDRAW_CHECK) _withdrawCheck(r, m);
            else if (ph == PHASE_WITHDRAW_APPLY) _withdrawApply(r, m);
            else if (ph == PHASE_WITHDRAW_RECORD) _withdrawRecord(r, m);
            else if (ph == PHASE_RECEIPT) _receipt(r, m);
            else if (ph == PHASE_END) _end(r, m);
            else if (ph == PHASE_BLOCK) _block(r, m);
            else _blockEnd(r, m);
        }
    }

    /// One job machine step: FraudVM.step on the job part, its proof data unchanged. Any failure
    /// (a rejected witness, or too little gas) reverts with FraudVM's revert data.
    function _jobStep(bytes calldata job, bytes calldata proofs) private view returns (bytes32 post) {
        (bool ok, bytes memory ret) = fraudVM.staticcall(abi.encodeCall(IFraudVMStep.step, (job, proofs)));
        if (!ok || ret.length != 32) revert JobStepFailed(ret);
        post = abi.decode(ret, (bytes32));
    }

    // ---------------------------------------------------------------------------------------------
    // Registers

    function _word(bytes calldata b, uint256 off) private pure returns (uint256 w) {
        assembly ("memory-safe") {
            w := calldataload(add(b.offset, off))
        }
    }

    function _offset(bytes calldata b) private pure returns (uint256 off) {
        assembly ("memory-safe") {
            off := b.offset
        }
    }

    /// stf.DecodeState's checks (registers, then the job registers as vm.DecodeState checks them)
    /// and the unpacked chain registers.
    function _decode(bytes calldata state) private pure returns (Regs memory r) {
        uint256 w0 = _word(state, 0);
        uint256 w1 = _word(state, 32);
        uint256 w2 = _word(state, 64);
        uint256 w3 = _word(state, 96);
        r.status = w0 >> 248;
        r.phase = (w0 >> 240) & 0xFF;
        r.reason = (w0 >> 232) & 0xFF;
        r.flags = (w0 >> 224) & 0xFF;
        r.kind = (w0 >> 216) & 0xFF;
        r.step = (w0 >> 128) & MASK64;
        r.batch = (w0 >> 64) & MASK64;
        r.cursor = (w0 >> 32) & MASK32;
        r.count = w0 & MASK32;
        r.delayedTarget = w1 >> 192;
        r.payloadLength = (w1 >> 160) & MASK32;
        r.tableBase = (w1 >> 128) & MASK32;
        r.account = (w1 >> 96) & MASK32;
        r.bodyOff = (w1 >> 64) & MASK32;
        r.dataOff = (w1 >> 32) & MASK32;
        r.dataLen = w1 & MASK32;
        r.dataHeight = w2 >> 248;
        r.auxHeight = (w2 >> 240) & 0xFF;
        r.program = (w2 >> 192) & MASK32;
        r.index = (w2 >> 128) & MASK64;
        r.fee = w2 & MASK128;
        r.stepPrice = w3 >> 192;
        r.bytePrice = (w3 >> 128) & MASK64;
        r.flatPrice = (w3 >> 64) & MASK64;
        r.aux = w3 & MASK64;
        r.fees = _word(state, 128);
        uint256 w5 = _word(state, 160);
        r.blockIndex = w5 >> 224;
        r.blocks = (w5 >> 192) & MASK32;
        r.blockEnd = (w5 >> 160) & MASK32;
        r.blockDelayed = (w5 >> 64) & MASK64;
        r.heapPrice = w5 & MASK64;
        // Job registers: status, phase, slot, fault; reserved bytes 48–63 of the job state.
        uint256 j0 = _word(state, REGS_SIZE);
        uint256 j1 = _word(state, REGS_SIZE + 32);
        r.jobStatus = j0 >> 248;
        r.jobFault = (j0 >> 224) & 0xFF;
        if (
            r.status > STATUS_DONE || r.phase >= NUM_PHASES || r.reason > SKIP_MALFORMED
                || r.flags & ~(FLAG_REJECTED | FLAG_NEW_PROGRAM | FLAG_IN_BLOCK) != 0
                || (w0 >> 192) & 0xFFFFFF != 0 // bytes 5–7
                || (w2 >> 224) & 0xFFFF != 0 // bytes 66–67
                || (w5 >> 128) & MASK32 != 0 // bytes 172–175
                || r.jobStatus > 2 || (j0 >> 240) & 0xFF > 3 || (j0 >> 232) & 0xFF > 4
                || (r.jobStatus == 2) != (r.jobFault != 0) || r.jobFault > 2 || j1 & MASK128 != 0
        ) revert MalformedState();
    }

    /// The post-state hash: the packed registers (stf.Regs.Encode) with the job state hash.
    function _hash(Regs memory r, bytes32 jobHash) private pure returns (bytes32 h) {
        uint256 w0 = (r.status << 248) | (r.phase << 240) | (r.reason << 232) | (r.flags << 224)
            | ((r.kind & 0xFF) << 216) | ((r.step & MASK64) << 128) | ((r.batch & MASK64) << 64)
            | ((r.cursor & MASK32) << 32) | (r.count & MASK32);
        uint256 w1 = ((r.delayedTarget & MASK64) << 192) | ((r.payloadLength & MASK32) << 160)
            | ((r.tableBase & MASK32) << 128) | ((r.account & MASK32) << 96) | ((r.bodyOff & MASK32) << 64)
            | ((r.dataOff & MASK32) << 32) | (r.dataLen & MASK32);
        uint256 w2 = ((r.dataHeight & 0xFF) << 248) | ((r.auxHeight & 0xFF) << 240) | ((r.program & MASK32) << 192)
            | ((r.index & MASK64) << 128) | (r.fee & MASK128);
        uint256 w3 = ((r.stepPrice & MASK64) << 192) | ((r.bytePrice & MASK64) << 128)
            | ((r.flatPrice & MASK64) << 64) | (r.aux & MASK64);
        uint256 w5 = ((r.blockIndex & MASK32) << 224) | ((r.blocks & MASK32) << 192) | ((r.blockEnd & MASK32) << 160)
            | ((r.blockDelayed & MASK64) << 64) | (r.heapPrice & MASK64);
        h = keccak256(abi.encode(w0, w1, w2, w3, r.fees, w5, jobHash));
        h = bytes32((uint256(h) & ((1 << 248) - 1)) | (r.status << 248));
    }

    /// The post-state job hash: the job registers as they were (or reset), with `root`.
    function _jobHash(bytes calldata state, Regs memory r, bytes32 root) private pure returns (bytes32 h) {
        bool reset = r.jobReset;
        uint256 limit = r.jobLimit;
        assembly ("memory-safe") {
            let p := mload(0x40)
            switch reset
            case 0 { calldatacopy(p, add(state.offset, REGS_SIZE), 224) }
            default {
                // vm.State{Phase: START, Limit: limit}: all zero but the limit (bytes 40–47).
                calldatacopy(p, calldatasize(), 224)
                mstore(add(p, 32), shl(128, limit))
            }
            mstore(add(p, 224), root)
            h := keccak256(p, JOB_STATE_SIZE)
            h := or(shr(8, shl(8, h)), shl(248, byte(0, mload(p))))
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Memory accesses

    /// Consumes the next access: the node (addr, height), given as its 32 bytes or, with
    /// `valueBytes` 512, as the bytes of a height-4 subtree, then its siblings. Returns the
    /// calldata offset of the value.
    function _access(Mem memory m, uint256 addr, uint256 height, uint256 valueBytes) private pure returns (uint256 p) {
        if (height > DEPTH || addr >= MerkleMemory.MEMORY_SIZE || addr % (32 << height) != 0) {
            revert BadAccessAddress(addr, height);
        }
        p = m.next;
        uint256 sibBytes = 32 * (DEPTH - height);
        if (m.end - p < valueBytes + sibBytes) revert WitnessTooShort(m.accesses);
        bytes32 node = valueBytes == 32 ? _cdWord(p) : MerkleMemory.subtreeNode(_cd(p, valueBytes), BODY_HEIGHT);
        if (MerkleMemory.fold(node, addr, height, _cd(p + valueBytes, sibBytes)) != m.root) {
            revert BadProof(m.accesses);
        }
        m.next = p + valueBytes + sibBytes;
        m.accesses += 1;
        m.lastAddr = addr;
        m.lastHeight = height;
        m.lastSib = p + valueBytes;
    }

    function _leaf(Mem memory m, uint256 addr) private pure returns (bytes32) {
        return _cdWord(_access(m, addr, 0, 32));
    }

    function _node(Mem memory m, uint256 addr, uint256 height) private pure returns (bytes32) {
        return _cdWord(_access(m, addr, height, 32));
    }

    /// Writes the leaf or node the latest access read: the new root folds `value` with its
    /// siblings.
    function _write(Mem memory m, uint256 addr, uint256 height, bytes32 value) private pure {
        assert(m.accesses != 0 && m.lastAddr == addr && m.lastHeight == height);
        m.root = MerkleMemory.fold(value, addr, height, _cd(m.lastSib, 32 * (DEPTH - height)));
    }

    function _setLeaf(Mem memory m, uint256 addr, bytes32 value) private pure {
        _write(m, addr, 0, value);
    }

    /// Reads the node (dst, height) and replaces it by `value` (stf graft: the grafted source's
    /// node value, which the step has just read, or the zero subtree's).
    function _graft(Mem memory m, uint256 dst, uint256 height, bytes32 value) private pure {
        _node(m, dst, height);
        _write(m, dst, height, value);
    }

    /// The message body (a height-4 subtree access): the calldata offset of its 512 bytes.
    function _body(Regs memory r, Mem memory m) private pure returns (uint256) {
        return _access(m, BATCH_BASE + r.bodyOff, BODY_HEIGHT, BODY_SIZE);
    }

    /// The message's data node in the batch region.
    function _dataNode(Regs memory r, Mem memory m) private pure returns (bytes32) {
        return _node(m, BATCH_BASE + r.dataOff, r.dataHeight);
    }

    function _cd(uint256 off, uint256 len) private pure returns (bytes calldata s) {
        assembly ("memory-safe") {
            s.offset := off
            s.length := len
        }
    }

    function _cdWord(uint256 off) private pure returns (bytes32 w) {
        assembly ("memory-safe") {
            w := calldataload(off)
        }
    }

    /// Word i of the body at calldata offset b.
    function _bw(uint256 b, uint256 i) private pure returns (uint256) {
        return uint256(_cdWord(b + 32 * i));
    }

    /// The root of an all-zero subtree of height h.
    function _zeroHash(uint256 h) private pure returns (bytes32 z) {
        assembly ("memory-safe") {
            for {} h { h := sub(h, 1) } {
                mstore(0, z)
                mstore(32, z)
                z := keccak256(0, 64)
            }
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Leaf bytes

    /// The big-endian `len`-byte field at byte `off` of a leaf.
    function _f(bytes32 w, uint256 off, uint256 len) private pure returns (uint256) {
        return (uint256(w) >> (256 - 8 * (off + len))) & ((1 << (8 * len)) - 1);
    }

    /// The leaf with its `len`-byte field at byte `off` set to v (truncated to the field).
    function _set(bytes32 w, uint256 off, uint256 len, uint256 v) private pure returns (bytes32) {
        uint256 shift = 256 - 8 * (off + len);
        uint256 mask = ((1 << (8 * len)) - 1) << shift;
        return bytes32((uint256(w) & ~mask) | ((v << shift) & mask));
    }

    /// The leaf with its u64 field at byte `off` incremented (wrapping, as Go's uint64).
    function _inc64(bytes32 w, uint256 off) private pure returns (bytes32) {
        return _set(w, off, 8, _f(w, off, 8) + 1);
    }

    function _accountAddr(uint256 i) private pure returns (uint256) {
        return ACCOUNTS_BASE + i * RECORD_SIZE;
    }

    function _programAddr(uint256 p) private pure returns (uint256) {
        return PROGRAMS_BASE + p * RECORD_SIZE;
    }

    /// batch.DataHeight(int(n)) for a uint64 n: the height of the smallest subtree holding n bytes.
    function _dataHeight(uint256 n) private pure returns (uint256 h) {
        uint256 leaves = ((n + 31) & MASK64) / 32;
        if (leaves <= 1) return 0;
        for (uint256 x = leaves - 1; x != 0; x >>= 1) h++;
    }

    /// stf heapSlot: where a new program of `size` bytes goes given the heap bytes in use, with
    /// Go's uint64 arithmetic (a zero slot size divides by zero there, and reverts here).
    function _heapSlot(uint256 used, uint256 size) private pure returns (uint256 off, uint256 end, bool ok) {
        uint256 padded = (32 << _dataHeight(size)) & MASK64;
        off = (((used + padded - 1) & MASK64) / padded) * padded;
        end = (off + padded) & MASK64;
        ok = off >= used && end <= HEAP_SIZE;
    }

    // ---------------------------------------------------------------------------------------------
    // Batch phases

    /// The length of the batch preimage at the start of the proof data.
    function _preimageLength(bytes calldata proofs) private pure returns (uint256 n) {
        if (proofs.length < PREIMAGE_FIXED) revert BadOracleData();
        n = PREIMAGE_FIXED + 32 * uint8(proofs[52]);
        if (proofs.length < n) revert BadOracleData();
    }

    /// Checks a batch preimage against the Inbox's commitment of batch n.
    function _checkBatch(bytes calldata pre, uint256 n) private view {
        if (uint64(bytes8(pre[0:8])) != n || keccak256(pre) != inbox.batchCommitment(uint64(n))) {
            revert BadBatchPreimage(n);
        }
    }

    function _begin(Regs memory r, Mem memory m, bytes calldata proofs) private view {
        uint256 plen = _preimageLength(proofs);
        m.next += plen;
        bytes32 g0 = _leaf(m, GLOBALS_BASE);
        bytes32 g2 = _leaf(m, GLOBALS_BASE + 64);
        bytes32 g3 = _leaf(m, GLOBALS_BASE + 96);
        uint256 n = _f(g0, 0, 8);
        _checkBatch(proofs[0:plen], n);
        uint256 length = uint32(bytes4(proofs[8:12]));
        r.batch = n;
        r.payloadLength = length;
        r.delayedTarget = uint64(bytes8(proofs[12:20]));
        r.stepPrice = _f(g2, 0, 8);
        r.bytePrice = _f(g2, 8, 8);
        r.flatPrice = _f(g2, 16, 8);
        r.heapPrice = _f(g3, 0, 8);
        r.cursor = 0;
        r.count = (length + 31) / 32;
        r.phase = length == 0 ? PHASE_DELAYED : PHASE_LOAD;
    }

    function _load(Regs memory r, Mem memory m, bytes calldata proofs) private view {
        uint256 plen = _preimageLength(proofs);
        if (proofs.length < plen + BlobWord.WORD_WITNESS_SIZE) revert BadOracleData();
        m.next += plen + BlobWord.WORD_WITNESS_SIZE;
        _checkBatch(proofs[0:plen], r.batch);
        uint256 w = r.cursor;
        (uint256 b, uint256 j) = BlobWord.locateWord(w);
        if (w >= MAX_PAYLOAD_WORDS || b >= uint8(proofs[52])) revert PayloadWordOutOfRange(w);
        bytes32 versionedHash = bytes32(proofs[PREIMAGE_FIXED + 32 * b:PREIMAGE_FIXED + 32 * b + 32]);
        bytes calldata ww = proofs[plen:plen + BlobWord.WORD_WITNESS_SIZE];
        uint256 e = j + j / BlobWord.DATA_BYTES_PER_ELEMENT;
        bytes32 y0 = bytes32(ww[0:32]);
        bytes32 y1 = bytes32(ww[32:64]);
        // Both elements are proven, canonical or not: a non-canonical one rejects the payload.
        BlobWord.evaluate(versionedHash, e, y0, ww[64:112], ww[112:160]);
        BlobWord.evaluate(versionedHash, e + 1, y1, ww[64:112], ww[160:208]);
        if (uint256(y0) >> 248 != 0 || uint256(y1) >> 248 != 0) {
            _reject(r);
            return;
        }
        uint256 addr = BATCH_BASE + 32 * w;
        _leaf(m, addr);
        _setLeaf(m, addr, BlobWord.wordFromElements(y0, y1, j % BlobWord.DATA_BYTES_PER_ELEMENT));
        r.cursor = w + 1;
        if (r.cursor == r.count) {
            r.cursor = 0;
            r.phase = PHASE_HEADER;
        }
    }

    /// The payload is invalid from here on: no further message of it is processed; the batch's
    /// delayed messages still are.
    function _reject(Regs memory r) private pure {
        r.flags = (r.flags | FLAG_REJECTED) & ~FLAG_IN_BLOCK;
        r.cursor = 0;
        r.count = 0;
        r.tableBase = 0;
        r.blockIndex = 0;
        r.blocks = 0;
        r.blockEnd = 0;
        r.blockDelayed = 0;
        r.phase = PHASE_DELAYED;
    }

    function _header(Regs memory r, Mem memory m) private pure {
        bytes32 h0 = _leaf(m, BATCH_BASE);
        bytes32 h1 = _leaf(m, BATCH_BASE + 32);
        uint256 nb = _f(h0, 20, 4);
        uint256 nm = _f(h0, 24, 4);
        bool ok = _f(h0, 0, 4) == MAGIC && _f(h0, 4, 1) == VERSION && _f(h0, 5, 3) == 0 && _f(h0, 8, 8) == r.batch
            && _f(h0, 16, 4) == r.payloadLength && r.payloadLength % 32 == 0 && _f(h0, 28, 4) == 0
            && _f(h1, 0, 8) == r.delayedTarget && _f(h1, 8, 24) == 0 && (2 + nb + nm) * 32 <= r.payloadLength;
        if (!ok) {
            _reject(r);
            return;
        }
        r.cursor = 0;
        r.count = nm;
        r.tableBase = 2 + nb;
        r.blockIndex = 0;
        r.blocks = nb;
        r.phase = nb > 0 ? PHASE_BLOCK : PHASE_DELAYED;
    }

    /// Reads block-table entry blockIndex: its messages must start at the cursor and fit in the
    /// batch, and its delayed count must not go back nor pass the batch's. A bad entry rejects
    /// the rest of the payload.
    function _block(Regs memory r, Mem memory m) private pure {
        bytes32 e = _leaf(m, BATCH_BASE + 32 * (2 + r.blockIndex));
        uint256 first = _f(e, 8, 4);
        uint256 n = _f(e, 12, 4);
        uint256 delayed = _f(e, 16, 8);
        if (
            first != r.cursor || first + n > r.count || delayed < r.blockDelayed || delayed > r.delayedTarget
                || _f(e, 24, 8) != 0
        ) {
            _reject(r);
            return;
        }
        r.blockIndex = (r.blockIndex + 1) & MASK32;
        r.blockEnd = first + n;
        r.blockDelayed = delayed;
        r.flags |= FLAG_IN_BLOCK;
        r.phase = PHASE_DELAYED;
    }

    /// After a block's messages: its BLOCK_END step comes next.
    function _nextBlock(Regs memory r) private pure {
        r.phase = PHASE_BLOCK_END;
    }

    /// BLOCK_END: pays the block's fees, then moves to the next block, or to the batch's
    /// remaining delayed messages. Paying per block keeps a block's effect independent of the
    /// batch that carries it.
    function _blockEnd(Regs memory r, Mem memory m) private pure {
        _payFees(r, m);
        if (r.blockIndex < r.blocks) {
            r.phase = PHASE_BLOCK;
            return;
        }
        r.flags &= ~FLAG_IN_BLOCK;
        r.phase = PHASE_DELAYED;
    }

    function _delayed(Regs memory r, Mem memory m, bytes calldata proofs) private view {
        // With a message to consume, the proof data starts with it (L, then L bytes padded to
        // words) and has more than the globals access; without, it is exactly that access.
        bool consume = proofs.length != LEAF_ACCESS_SIZE;
        uint256 len;
        if (consume) {
            if (proofs.length < 32) revert BadOracleData();
            len = uint256(bytes32(proofs[0:32]));
            if (len > proofs.length) revert BadOracleData();
            uint256 olen = 32 + (len + 31) / 32 * 32;
            if (olen > proofs.length || (len % 32 != 0 && uint256(bytes32(proofs[olen - 32:olen])) << (8 * (len % 32)) != 0)) {
                revert BadOracleData(); // short, or padded with non-zero bytes
            }
            m.next += olen;
        }
        bytes32 g0 = _leaf(m, GLOBALS_BASE);
        uint256 k = _f(g0, 8, 8);
        // In a block, the delayed messages up to the block's count; after the blocks (or with
        // none, or rejected), up to the batch's.
        bool inBlock = r.flags & FLAG_IN_BLOCK != 0;
        if (k >= (inBlock ? r.blockDelayed : r.delayedTarget)) {
            if (consume) revert BadOracleData();
            if (!inBlock) r.phase = PHASE_END;
            else if (r.cursor < r.blockEnd) r.phase = PHASE_MSG_LOAD;
            else _nextBlock(r);
            return;
        }
        if (!consume) revert BadOracleData();
        bytes calldata dm = proofs[32:32 + len];
        if (keccak256(abi.encodePacked(inbox.delayedAcc(uint64(k)), keccak256(dm))) != inbox.delayedAcc(uint64(k + 1)))
        {
            revert BadDelayedMessage(k);
        }
        _setLeaf(m, GLOBALS_BASE, _set(g0, 8, 8, k + 1));
        // A deposit: kind 1 ‖ index u32 ‖ to ‖ amount u256. Anything else is consumed and ignored.
        if (len != 57 || dm[0] != 0x01) return;
        uint256 idx = uint32(bytes4(dm[1:5]));
        bytes32 to = bytes32(bytes20(dm[5:25]));
        uint256 amount = uint256(bytes32(dm[25:57]));
        if (idx >= MAX_RECORDS) return;
        bytes32 g1 = _leaf(m, GLOBALS_BASE + 32);
        uint256 accounts = _f(g1, 0, 4);
        if (idx > accounts) return;
        bool create = idx == accounts;
        if (create) _setLeaf(m, GLOBALS_BASE + 32, _set(g1, 0, 4, accounts + 1));
        uint256 a = _accountAddr(idx);
        bytes32 a0 = _leaf(m, a);
        if (create) _setLeaf(m, a, to);
        else if (bytes20(a0) != bytes20(to)) return;
        _credit(m, a + 32, amount);
    }

    /// Adds `amount` to the balance leaf at addr, saturating at 2^256 − 1.
    function _credit(Mem memory m, uint256 addr, uint256 amount) private pure {
        uint256 bal = uint256(_leaf(m, addr));
        uint256 sum;
        unchecked {
            sum = bal + amount;
        }
        if (sum < bal) sum = type(uint256).max;
        _setLeaf(m, addr, bytes32(sum));
    }

    /// END: zeroes the batch region and counts the batch (the fees were paid at each BLOCK_END).
    function _end(Regs memory r, Mem memory m) private pure {
        _graft(m, BATCH_BASE, BATCH_HEIGHT, _zeroHash(BATCH_HEIGHT));
        bytes32 g0 = _leaf(m, GLOBALS_BASE);
        _setLeaf(m, GLOBALS_BASE, _inc64(g0, 0));
        r.status = STATUS_DONE;
    }

    /// Credits the fees collected in the block to the fee recipient (globals leaf 2).
    function _payFees(Regs memory r, Mem memory m) private pure {
        bytes32 g2 = _leaf(m, GLOBALS_BASE + 64);
        uint256 rcp = _f(g2, 24, 4);
        if (rcp < MAX_RECORDS && r.fees != 0) _credit(m, _accountAddr(rcp) + 32, r.fees);
        r.fees = 0;
    }

    // ---------------------------------------------------------------------------------------------
    // Messages

    function _skip(Regs memory r, uint256 reason) private pure {
        r.reason = reason;
        r.phase = PHASE_RECEIPT;
    }

    /// Moves to the next message of the block (or past the block) and clears the per-message
    /// registers.
    function _next(Regs memory r) private pure {
        r.reason = 0;
        r.kind = 0;
        r.flags &= ~FLAG_NEW_PROGRAM;
        r.account = 0;
        r.bodyOff = 0;
        r.dataOff = 0;
        r.dataLen = 0;
        r.dataHeight = 0;
        r.auxHeight = 0;
        r.program = 0;
        r.index = 0;
        r.aux = 0;
        r.fee = 0;
        r.cursor = (r.cursor + 1) & MASK32;
        if (r.cursor < r.blockEnd) r.phase = PHASE_MSG_LOAD;
        else _nextBlock(r);
    }

    function _msgLoad(Regs memory r, Mem memory m) private pure {
        bytes32 t = _leaf(m, BATCH_BASE + 32 * (r.tableBase + r.cursor));
        uint256 k = _f(t, 0, 1);
        r.kind = k;
        r.account = _f(t, 4, 4);
        uint256 bodyOff = _f(t, 8, 4);
        uint256 dataOff = _f(t, 16, 4);
        uint256 dataLen = _f(t, 20, 4);
        uint256 dataH = _f(t, 24, 1);
        uint256 prog = _f(t, 28, 4);
        uint256 bodyLen = _f(t, 12, 4);
        uint256 length = r.payloadLength;
        bool ok = k >= KIND_JOB && k <= KIND_WITHDRAW && _f(t, 1, 3) == 0 && _f(t, 25, 3) == 0
            && bodyLen == 32 * (MessageAuth.bodyWords(uint8(k)) + 3) && bodyOff % BODY_ALIGN == 0
            && bodyOff + bodyLen <= length;
        if (ok && k == KIND_WITHDRAW) {
            ok = dataOff == 0 && dataLen == 0 && dataH == 0 && prog == 0;
        } else if (ok) {
            ok = dataLen > 0 && dataH <= MAX_DATA_HEIGHT && _dataHeight(dataLen) == dataH && dataOff % (32 << dataH) == 0
                && dataOff + dataLen <= length;
        }
        if (!ok) {
            _skip(r, SKIP_MALFORMED);
            return;
        }
        r.bodyOff = bodyOff;
        r.dataOff = dataOff;
        r.dataLen = dataLen;
        r.dataHeight = dataH;
        r.program = prog;
        r.phase = PHASE_MSG_AUTH;
    }

    function _msgAuth(Regs memory r, Mem memory m) private view {
        uint256 b = _body(r, m);
        // Any kind but Job and Upload has the Withdraw shape (stf bodyShape).
        uint256 k = r.kind == KIND_JOB || r.kind == KIND_UPLOAD ? r.kind : KIND_WITHDRAW;
        uint256 n = MessageAuth.bodyWords(uint8(k));
        // Bit i: word i is a uint64 (high 24 bytes zero) or an address (high 12 bytes zero).
        // Job "bbuuxu", Upload "buubxu", Withdraw "axxu".
        uint256 u64Words = k == KIND_JOB ? 0x2C : k == KIND_UPLOAD ? 0x26 : 0x08;
        uint256 addrWords = k == KIND_WITHDRAW ? 0x01 : 0;
        for (uint256 i = 0; i < n; i++) {
            uint256 w = _bw(b, i);
            if (((u64Words >> i) & 1 != 0 && w >> 64 != 0) || ((addrWords >> i) & 1 != 0 && w >> 160 != 0)) {
                _skip(r, SKIP_MALFORMED);
                return;
            }
        }
        bytes32 digest = MessageAuth.digest(uint8(k), domainSeparator, _cd(b, 32 * n));
        address signer = MessageAuth.recover(digest, _cdWord(b + 32 * n), _cdWord(b + 32 * n + 32), _cdWord(b + 32 * n + 64));
        if (signer == address(0)) {
            _skip(r, SKIP_SIGNATURE);
            return;
        }
        if (r.account >= MAX_RECORDS) {
            _skip(r, SKIP_ACCOUNT);
            return;
        }
        bytes32 a0 = _leaf(m, _accountAddr(r.account));
        if (address(bytes20(a0)) != signer) {
            _skip(r, SKIP_ACCOUNT);
            return;
        }
        uint256 nonce = _bw(b, n - 1) & MASK64;
        if (nonce != _f(a0, 20, 8) || nonce == MASK64) {
            _skip(r, SKIP_NONCE);
            return;
        }
        r.phase = k == KIND_JOB ? PHASE_JOB_CHECK : k == KIND_UPLOAD ? PHASE_UPLOAD_CHECK : PHASE_WITHDRAW_CHECK;
    }

    /// The account's balance leaf.
    function _balance(Regs memory r, Mem memory m) private pure returns (uint256) {
        return uint256(_leaf(m, _accountAddr(r.account) + 32));
    }

    /// Debits `amount` (checked before) and bumps the nonce: two accesses.
    function _pay(Regs memory r, Mem memory m, uint256 amount) private pure {
        uint256 a = _accountAddr(r.account);
        uint256 bal = uint256(_leaf(m, a + 32));
        unchecked {
            _setLeaf(m, a + 32, bytes32(bal - amount));
        }
        bytes32 l0 = _leaf(m, a);
        _setLeaf(m, a, _inc64(l0, 20));
    }

    function _jobCheck(Regs memory r, Mem memory m) private pure {
        uint256 b = _body(r, m);
        if (r.program >= MAX_RECORDS) {
            _skip(r, SKIP_PROGRAM);
            return;
        }
        uint256 pa = _programAddr(r.program);
        bytes32 p0 = _leaf(m, pa);
        bytes32 p1 = _leaf(m, pa + 32);
        if (_f(p1, 9, 1) != PROGRAM_READY || uint256(p0) != _bw(b, 0)) {
            _skip(r, SKIP_PROGRAM);
            return;
        }
        uint256 steps = _f(p1, 16, 8);
        uint256 inputSize = _bw(b, 2) & MASK64;
        if (_bw(b, 3) & MASK64 < steps) {
            _skip(r, SKIP_STEPS);
            return;
        }
        if (inputSize != r.dataLen) {
            _skip(r, SKIP_SIZE);
            return;
        }
        uint256 fee = steps * r.stepPrice + inputSize * r.bytePrice;
        if (fee >= 1 << 128 || fee > _bw(b, 4)) {
            _skip(r, SKIP_FEE);
            return;
        }
        if (_balance(r, m) < fee) {
            _skip(r, SKIP_BALANCE);
            return;
        }
        r.fee = fee;
        r.phase = PHASE_JOB_INPUT;
    }

    function _jobInput(Regs memory r, Mem memory m) private pure {
        uint256 b = _body(r, m);
        if (uint256(_dataNode(r, m)) != _bw(b, 1)) {
            _skip(r, SKIP_SIZE);
            return;
        }
        r.phase = PHASE_JOB_RESERVE;
    }

    function _jobReserve(Regs memory r, Mem memory m) private pure {
        _pay(r, m, r.fee);
        bytes32 g0 = _leaf(m, GLOBALS_BASE);
        uint256 j = _f(g0, 16, 8);
        _setLeaf(m, GLOBALS_BASE, _set(g0, 16, 8, j + 1));
        // layout.Job leaf 1: program ‖ sender ‖ status 0 (reserved) ‖ fault 0 ‖ 6 zero bytes ‖ fee.
        uint256 ja = JOBS_BASE + (j % MAX_RECORDS) * RECORD_SIZE + 32;
        _leaf(m, ja);
        _setLeaf(m, ja, bytes32((r.program << 224) | (r.account << 192) | (r.fee & MASK128)));
        r.index = j;
        _skip(r, APPLIED);
    }

    function _receipt(Regs memory r, Mem memory m) private pure {
        bytes32 g1 = _leaf(m, GLOBALS_BASE + 32);
        uint256 n = _f(g1, 8, 8);
        _setLeaf(m, GLOBALS_BASE + 32, _set(g1, 8, 8, n + 1));
        // layout.Receipt: kind ‖ skip ‖ 2 zero bytes ‖ account ‖ index ‖ 16 zero bytes.
        uint256 ra = RECEIPTS_BASE + (n % (1 << 31)) * 32;
        _leaf(m, ra);
        _setLeaf(m, ra, bytes32((r.kind << 248) | (r.reason << 240) | (r.account << 192) | (r.index << 128)));
        if (r.kind == KIND_JOB && r.reason == APPLIED) {
            r.phase = PHASE_JOB_PROGRAM;
            return;
        }
        _next(r);
    }

    function _jobProgram(Regs memory r, Mem memory m) private pure {
        bytes32 p1 = _leaf(m, _programAddr(r.program) + 32);
        uint256 h = _f(p1, 8, 1);
        uint256 steps = _f(p1, 16, 8);
        bytes32 program = _node(m, (HEAP_BASE + _f(p1, 0, 8)) & MASK64, h);
        _graft(m, REGION_PROGRAM, h, program);
        r.jobReset = true;
        r.jobLimit = steps == 0 ? 1 : steps;
        r.phase = PHASE_JOB_INPUT_GRAFT;
    }

    function _jobInputGraft(Regs memory r, Mem memory m) private pure {
        bytes32 input = _dataNode(r, m);
        _graft(m, REGION_INPUT, r.dataHeight, input);
        r.phase = PHASE_JOB_RUN;
    }

    function _jobFinish(Regs memory r, Mem memory m) private pure {
        bytes32 out = _node(m, REGION_OUTPUT, OUTPUT_HEIGHT);
        uint256 ja = JOBS_BASE + (r.index % MAX_RECORDS) * RECORD_SIZE;
        _leaf(m, ja);
        _setLeaf(m, ja, out);
        bytes32 l1 = _leaf(m, ja + 32);
        l1 = _set(_set(l1, 8, 1, r.jobStatus), 9, 1, r.jobFault);
        _setLeaf(m, ja + 32, l1);
        unchecked {
            r.fees += _f(l1, 16, 16);
        }
        _graft(m, SCRATCH_BASE, SCRATCH_HEIGHT, _zeroHash(SCRATCH_HEIGHT));
        r.jobReset = true;
        r.jobLimit = 0;
        _next(r);
    }

    // ---------------------------------------------------------------------------------------------
    // Uploads

    function _uploadCheck(Regs memory r, Mem memory m) private pure {
        uint256 b = _body(r, m);
        if (r.program >= MAX_RECORDS) {
            _skip(r, SKIP_UPLOAD);
            return;
        }
        uint256 pa = _programAddr(r.program);
        bytes32 p0 = _leaf(m, pa);
        bytes32 p1 = _leaf(m, pa + 32);
        uint256 size = _bw(b, 1) & MASK64;
        uint256 offset = _bw(b, 2) & MASK64;
        bool isNew = _f(p1, 9, 1) == 0;
        if (isNew) {
            if (size == 0 || size % 32 != 0 || size > MAX_PROGRAM_SIZE) {
                _skip(r, SKIP_SIZE);
                return;
            }
        } else if (
            _f(p1, 9, 1) != PROGRAM_UPLOADING || uint256(p0) != _bw(b, 0) || _f(p1, 12, 4) != size
                || _f(p1, 24, 4) != r.account
        ) {
            _skip(r, SKIP_UPLOAD);
            return;
        }
        uint256 chunk = (32 << r.dataHeight) & MASK64;
        uint256 padded = (32 << _dataHeight(size)) & MASK64;
        if (offset % chunk != 0 || offset > padded || padded - offset < chunk) {
            _skip(r, SKIP_SIZE);
            return;
        }
        uint256 fee = chunk * r.bytePrice + r.flatPrice;
        // A new program also deposits heapPrice per byte of its slot (< 2^30·2^64: no overflow);
        // maxFee and the balance must cover both.
        uint256 debit = isNew ? fee + padded * r.heapPrice : fee;
        if (debit > _bw(b, 4)) {
            _skip(r, SKIP_FEE);
            return;
        }
        if (_balance(r, m) < debit) {
            _skip(r, SKIP_BALANCE);
            return;
        }
        r.fee = fee;
        if (isNew) r.flags |= FLAG_NEW_PROGRAM;
        r.phase = PHASE_UPLOAD_DATA;
    }

    function _uploadData(Regs memory r, Mem memory m) private pure {
        uint256 b = _body(r, m);
        if (uint256(_dataNode(r, m)) != _bw(b, 3)) {
            _skip(r, SKIP_SIZE);
            return;
        }
        if (r.flags & FLAG_NEW_PROGRAM != 0) {
            bytes32 g1 = _leaf(m, GLOBALS_BASE + 32);
            (,, bool ok) = _heapSlot(_f(g1, 16, 8), _bw(b, 1) & MASK64);
            if (_f(g1, 4, 4) != r.program || !ok) {
                _skip(r, SKIP_UPLOAD);
                return;
            }
        }
        r.phase = PHASE_UPLOAD_PAY;
    }

    function _uploadPay(Regs memory r, Mem memory m) private pure {
        _pay(r, m, r.fee);
        unchecked {
            r.fees += r.fee;
        }
        r.phase = r.flags & FLAG_NEW_PROGRAM != 0 ? PHASE_UPLOAD_CREATE : PHASE_UPLOAD_WRITE;
    }

    function _uploadCreate(Regs memory r, Mem memory m) private pure {
        uint256 b = _body(r, m);
        uint256 size = _bw(b, 1) & MASK64;
        bytes32 g1 = _leaf(m, GLOBALS_BASE + 32);
        (uint256 off, uint256 end,) = _heapSlot(_f(g1, 16, 8), size);
        g1 = _set(g1, 4, 4, _f(g1, 4, 4) + 1);
        _setLeaf(m, GLOBALS_BASE + 32, _set(g1, 16, 8, end));
        // layout.Program: root; heap offset ‖ height ‖ state ‖ 2 zero ‖ size u32 ‖ steps 0 ‖
        // uploader ‖ 4 zero.
        uint256 pa = _programAddr(r.program);
        _leaf(m, pa);
        _setLeaf(m, pa, bytes32(_bw(b, 0)));
        _leaf(m, pa + 32);
        _setLeaf(
            m,
            pa + 32,
            bytes32(
                (off << 192) | ((_dataHeight(size) & 0xFF) << 184) | (PROGRAM_UPLOADING << 176)
                    | ((size & MASK32) << 128) | (r.account << 32)
            )
        );
        // The deposit: UPLOAD_CHECK saw the balance cover it with the fee, which is paid.
        uint256 a = _accountAddr(r.account) + 32;
        uint256 bal = uint256(_leaf(m, a));
        unchecked {
            _setLeaf(m, a, bytes32(bal - (end - off) * r.heapPrice));
        }
        r.phase = PHASE_UPLOAD_WRITE;
    }

    function _uploadWrite(Regs memory r, Mem memory m) private pure {
        uint256 b = _body(r, m);
        uint256 offset = _bw(b, 2) & MASK64;
        bytes32 p1 = _leaf(m, _programAddr(r.program) + 32);
        r.aux = _f(p1, 0, 8);
        r.auxHeight = _f(p1, 8, 1);
        bytes32 chunk = _dataNode(r, m);
        _graft(m, (HEAP_BASE + r.aux + offset) & MASK64, r.dataHeight, chunk);
        r.phase = PHASE_UPLOAD_FINAL;
    }

    function _uploadFinal(Regs memory r, Mem memory m) private pure {
        uint256 pa = _programAddr(r.program);
        bytes32 p0 = _leaf(m, pa);
        uint256 slot = (HEAP_BASE + r.aux) & MASK64;
        if (_node(m, slot, r.auxHeight) == p0) {
            // The slot holds the whole program: ready, with the step count from its header.
            bytes32 hdr = _leaf(m, slot);
            bytes32 p1 = _leaf(m, pa + 32);
            _setLeaf(m, pa + 32, _set(_set(p1, 9, 1, PROGRAM_READY), 16, 8, _f(hdr, 16, 8)));
            // The uploader (the only account that writes chunks) gets its deposit back.
            _credit(m, _accountAddr(r.account) + 32, ((32 << r.auxHeight) & MASK64) * r.heapPrice);
        }
        r.index = r.program;
        _skip(r, APPLIED);
    }

    // ---------------------------------------------------------------------------------------------
    // Withdrawals

    function _withdrawCheck(Regs memory r, Mem memory m) private pure {
        uint256 b = _body(r, m);
        uint256 fee = r.flatPrice;
        if (fee > _bw(b, 2)) {
            _skip(r, SKIP_FEE);
            return;
        }
        uint256 amount = _bw(b, 1);
        uint256 total;
        unchecked {
            total = amount + fee;
        }
        if (total < amount || _balance(r, m) < total) {
            _skip(r, SKIP_BALANCE);
            return;
        }
        r.fee = fee;
        r.phase = PHASE_WITHDRAW_APPLY;
    }

    function _withdrawApply(Regs memory r, Mem memory m) private pure {
        uint256 b = _body(r, m);
        uint256 total;
        unchecked {
            total = _bw(b, 1) + r.fee;
        }
        _pay(r, m, total);
        unchecked {
            r.fees += r.fee;
        }
        bytes32 g0 = _leaf(m, GLOBALS_BASE);
        uint256 w = _f(g0, 24, 8);
        _setLeaf(m, GLOBALS_BASE, _set(g0, 24, 8, w + 1));
        r.index = w;
        r.phase = PHASE_WITHDRAW_RECORD;
    }

    function _withdrawRecord(Regs memory r, Mem memory m) private pure {
        uint256 b = _body(r, m);
        // layout.Withdrawal: to ‖ 12 zero bytes; amount.
        uint256 a = WITHDRAWALS_BASE + (r.index % MAX_RECORDS) * RECORD_SIZE;
        _leaf(m, a);
        _setLeaf(m, a, bytes32(_bw(b, 0) << 96));
        _leaf(m, a + 32);
        _setLeaf(m, a + 32, bytes32(_bw(b, 1)));
        _skip(r, APPLIED);
    }
}
