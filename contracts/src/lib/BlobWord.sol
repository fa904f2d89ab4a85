// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// @title BlobWord
/// @notice Proves one 32-byte word of a crollup batch payload against the versioned hash of the
/// EIP-4844 blob that carries it, with the point-evaluation precompile (0x0A). The Go twin and the
/// normative encoding are in chain/blob (package doc; VerifyElement and VerifyWord accept exactly
/// what this library accepts).
/// @dev Encoding: every 32-byte field element of a blob is a zero byte followed by 31 payload
/// ("data") bytes, payload bytes in order, so a blob carries 126,976 payload bytes = 3968 words and
/// no word crosses a blob. Word j of a blob starts at data byte k = j mod 31 of element
/// e = j + j/31 and ends in element e+1:
///     word = (y_e << 8(k+1)) | (y_{e+1} >> 8(30−k))   (mod 2^256)
/// so proving a word on its own takes two point evaluations, and no encoding can take fewer: a word
/// carries 256 bits, one element less than 255.
///
/// Evaluation points: a blob is a polynomial in evaluation form over the 4096th roots of unity in
/// bit-reversed order, so element i is the value at z = ω^bitrev12(i), ω = 7^((r−1)/4096) mod r.
/// Bit b of i is bit 11−b of bitrev12(i), so z is the product of ω^(2^(11−b)) over the set bits b
/// of i: at most 12 MULMODs with 12 constants, no bit reversal and no MODEXP call.
library BlobWord {
    /// @notice EIP-4844's BLS_MODULUS, the BLS12-381 scalar field order r.
    uint256 internal constant BLS_MODULUS = 0x73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff00000001;
    /// @notice EIP-4844's FIELD_ELEMENTS_PER_BLOB.
    uint256 internal constant FIELD_ELEMENTS_PER_BLOB = 4096;
    /// @notice Payload bytes per field element: all but the first, which is zero.
    uint256 internal constant DATA_BYTES_PER_ELEMENT = 31;
    /// @notice Payload bytes per blob: 31 · 4096.
    uint256 internal constant PAYLOAD_BYTES_PER_BLOB = 126976;
    /// @notice Payload words per blob: 126976 / 32.
    uint256 internal constant WORDS_PER_BLOB = 3968;
    /// @notice Size of verifyElement's commitmentAndProof: commitment (48) ‖ proof (48).
    uint256 internal constant ELEMENT_WITNESS_SIZE = 96;
    /// @notice Size of readWord's witness: y0 (32) ‖ y1 (32) ‖ commitment (48) ‖ proof0 (48) ‖ proof1 (48).
    uint256 internal constant WORD_WITNESS_SIZE = 208;
    /// @notice The point-evaluation precompile's flat price (EIP-4844 POINT_EVALUATION_PRECOMPILE_GAS).
    uint256 internal constant POINT_EVALUATION_GAS = 50_000;

    // ω^(2^(11−b)), the factor bit b of an element index contributes to its evaluation point.
    uint256 private constant W_BIT0 = 0x73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff00000000; // ω^2048 = −1
    uint256 private constant W_BIT1 = 0x00000000000000008d51ccce760304d0ec030002760300000001000000000000; // ω^1024
    uint256 private constant W_BIT2 = 0x345766f603fa66e78c0625cd70d77ce2b38b21c28713b7007228fd3397743f7a; // ω^512
    uint256 private constant W_BIT3 = 0x20b1ce9140267af9dd1c0af834cec32c17beb312f20b6f7653ea61d87742bcce; // ω^256
    uint256 private constant W_BIT4 = 0x50e0903a157988bab4bcd40e22f55448bf6e88fb4c38fb8a360c60997369df4e; // ω^128
    uint256 private constant W_BIT5 = 0x45af6345ec055e4d14a1e27164d8fdbd2d967f4be2f951558140d032f0a9ee53; // ω^64
    uint256 private constant W_BIT6 = 0x6898111413588742b7c68b4d7fdd60d098d0caac87f5713c5130c2c1660125be; // ω^32
    uint256 private constant W_BIT7 = 0x4f9b4098e2e9f12e6b368121ac0cf4ad0a0865a899e8deff4935bd2f817f694b; // ω^16
    uint256 private constant W_BIT8 = 0x095166525526a65439feec240d80689fd697168a3a6000fe4541b8ff2ee0434e; // ω^8
    uint256 private constant W_BIT9 = 0x325db5c3debf77a18f4de02c0f776af3ea437f9626fc085e3c28d666a5c2d854; // ω^4
    uint256 private constant W_BIT10 = 0x6d031f1b5c49c83409f1ca610a08f16655ea6811be9c622d4a838b5d59cd79e5; // ω^2
    uint256 private constant W_BIT11 = 0x564c0a11a0f704f4fc3e8acfe0f8245f0ad1347b378fbf96e206da11a5d36306; // ω

    /// An element index is not below FIELD_ELEMENTS_PER_BLOB.
    error ElementIndexOutOfRange(uint256 index);
    /// A word index is not below WORDS_PER_BLOB.
    error WordIndexOutOfRange(uint256 wordInBlob);
    /// A word's split (its first data byte in its first element) is not below DATA_BYTES_PER_ELEMENT.
    error SplitOutOfRange(uint256 split);
    /// A witness has the wrong size.
    error BadWitnessLength(uint256 length, uint256 expected);
    /// A claimed element's first byte is not zero: it is no element crollup's packing writes.
    error NonCanonicalElement(uint256 index);
    /// The point-evaluation precompile rejected the proof of element `index` (wrong value, proof,
    /// commitment or versioned hash, or a value not below BLS_MODULUS), or is missing.
    error PointEvaluationFailed(uint256 index);

    /// @notice The evaluation point of element `index` (0 to 4095): ω^bitrev12(index) mod r.
    function evaluationPoint(uint256 index) internal pure returns (uint256 z) {
        if (index >= FIELD_ELEMENTS_PER_BLOB) revert ElementIndexOutOfRange(index);
        z = 1;
        if (index & 0x001 != 0) z = mulmod(z, W_BIT0, BLS_MODULUS);
        if (index & 0x002 != 0) z = mulmod(z, W_BIT1, BLS_MODULUS);
        if (index & 0x004 != 0) z = mulmod(z, W_BIT2, BLS_MODULUS);
        if (index & 0x008 != 0) z = mulmod(z, W_BIT3, BLS_MODULUS);
        if (index & 0x010 != 0) z = mulmod(z, W_BIT4, BLS_MODULUS);
        if (index & 0x020 != 0) z = mulmod(z, W_BIT5, BLS_MODULUS);
        if (index & 0x040 != 0) z = mulmod(z, W_BIT6, BLS_MODULUS);
        if (index & 0x080 != 0) z = mulmod(z, W_BIT7, BLS_MODULUS);
        if (index & 0x100 != 0) z = mulmod(z, W_BIT8, BLS_MODULUS);
        if (index & 0x200 != 0) z = mulmod(z, W_BIT9, BLS_MODULUS);
        if (index & 0x400 != 0) z = mulmod(z, W_BIT10, BLS_MODULUS);
        if (index & 0x800 != 0) z = mulmod(z, W_BIT11, BLS_MODULUS);
    }

    /// @notice Reverts unless `y` is element `index` of the blob whose versioned hash is
    /// `versionedHash`. `commitmentAndProof` is the blob's KZG commitment (48 bytes) followed by the
    /// KZG proof of the evaluation (48 bytes). `y` may have a nonzero first byte (any value below
    /// BLS_MODULUS): this is how to prove that a blob is malformed.
    function verifyElement(bytes32 versionedHash, uint256 index, bytes32 y, bytes calldata commitmentAndProof)
        internal
        view
    {
        if (commitmentAndProof.length != ELEMENT_WITNESS_SIZE) {
            revert BadWitnessLength(commitmentAndProof.length, ELEMENT_WITNESS_SIZE);
        }
        evaluate(versionedHash, index, y, commitmentAndProof[0:48], commitmentAndProof[48:96]);
    }

    /// @notice The payload word `wordInBlob` (0 to 3967) of the blob whose versioned hash is
    /// `versionedHash`, proven by `witness` = y0 ‖ y1 ‖ commitment ‖ proof0 ‖ proof1 (208 bytes),
    /// where y0 and y1 are the two elements the word spans. Reverts unless both proofs verify and
    /// both elements are canonical (first byte zero).
    function readWord(bytes32 versionedHash, uint256 wordInBlob, bytes calldata witness)
        internal
        view
        returns (bytes32 word)
    {
        if (wordInBlob >= WORDS_PER_BLOB) revert WordIndexOutOfRange(wordInBlob);
        if (witness.length != WORD_WITNESS_SIZE) revert BadWitnessLength(witness.length, WORD_WITNESS_SIZE);
        uint256 e = wordInBlob + wordInBlob / DATA_BYTES_PER_ELEMENT;
        bytes32 y0 = bytes32(witness[0:32]);
        bytes32 y1 = bytes32(witness[32:64]);
        // A nonzero first byte would collide with the other element's bytes in the word (y1) or
        // be shifted out unseen (y0); either way the word would not be the payload Go decodes.
        if (uint256(y0) >> 248 != 0) revert NonCanonicalElement(e);
        if (uint256(y1) >> 248 != 0) revert NonCanonicalElement(e + 1);
        evaluate(versionedHash, e, y0, witness[64:112], witness[112:160]);
        evaluate(versionedHash, e + 1, y1, witness[64:112], witness[160:208]);
        word = wordFromElements(y0, y1, wordInBlob % DATA_BYTES_PER_ELEMENT);
    }

    /// @notice The word starting at data byte `split` (0 to 30) of element `y0` and ending in the
    /// next element `y1`: data bytes split..30 of y0, then data bytes 0..split of y1. The first
    /// bytes of y0 and y1 must be zero (not checked here; readWord checks them).
    function wordFromElements(bytes32 y0, bytes32 y1, uint256 split) internal pure returns (bytes32) {
        if (split >= DATA_BYTES_PER_ELEMENT) revert SplitOutOfRange(split);
        unchecked {
            return bytes32((uint256(y0) << (8 * (split + 1))) | (uint256(y1) >> (8 * (30 - split))));
        }
    }

    /// @notice The blob (index into the batch's versioned hashes) and the word within it of payload
    /// word `word` (payload bytes 32·word to 32·word + 31). Callers check blobIndex against the
    /// batch's blob count.
    function locateWord(uint256 word) internal pure returns (uint256 blobIndex, uint256 wordInBlob) {
        return (word / WORDS_PER_BLOB, word % WORDS_PER_BLOB);
    }

    /// @notice Reverts unless the precompile accepts y as the value at element `index`'s point of the
    /// blob committed to by `commitment`, with KZG proof `proof` (48 bytes each; callers check).
    /// verifyElement with the commitment and the proof apart: a word witness (y0 ‖ y1 ‖ commitment ‖
    /// proof0 ‖ proof1) shares one commitment between its two elements, so its second element's
    /// commitment and proof are not contiguous (ChainVM proves both elements of a word this way,
    /// including non-canonical ones, which readWord rejects).
    function evaluate(bytes32 versionedHash, uint256 index, bytes32 y, bytes calldata commitment, bytes calldata proof)
        internal
        view
    {
        uint256 z = evaluationPoint(index);
        bool ok;
        assembly ("memory-safe") {
            // Input versionedHash ‖ z ‖ y ‖ commitment ‖ proof (192 bytes), built past the free
            // memory pointer without allocating; the 64-byte output overwrites its head.
            let p := mload(0x40)
            mstore(p, versionedHash)
            mstore(add(p, 0x20), z)
            mstore(add(p, 0x40), y)
            calldatacopy(add(p, 0x60), commitment.offset, 48)
            calldatacopy(add(p, 0x90), proof.offset, 48)
            // The precompile charges a flat 50,000 gas and, when it rejects, keeps all the gas it was
            // given: forward exactly its price so a bad proof costs no more than a good one. (A
            // caller left with less than 64/63 of that fails closed, with PointEvaluationFailed.)
            let success := staticcall(POINT_EVALUATION_GAS, 0x0a, p, 0xc0, p, 0x40)
            // A call to an address without code also succeeds, with no return data: check the
            // precompile's answer, FIELD_ELEMENTS_PER_BLOB ‖ BLS_MODULUS, as EIP-4844 specifies it.
            ok := and(
                success,
                and(eq(returndatasize(), 0x40), and(eq(mload(p), FIELD_ELEMENTS_PER_BLOB), eq(mload(add(p, 0x20)), BLS_MODULUS)))
            )
        }
        if (!ok) revert PointEvaluationFailed(index);
    }
}
