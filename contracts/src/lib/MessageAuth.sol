// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// @title MessageAuth
/// @notice The chain's message check on L1: the EIP-712 domain separator and signing hash of a
/// crollup message, and signer recovery with the bounds crollup puts on signatures. The Go twins are
/// in chain/msg (Domain.Separator, Job/Upload/Withdraw Digest, Signature.Validate and Recover),
/// and the chain state machine's message check in fraudvm/stf; the type strings below must stay
/// byte-for-byte equal to chain/msg's (the tests compare the hashes).
/// @dev A message body in a batch is its EIP-712 encodeData (one 32-byte word per field, in field
/// order), then r, s and v as one word each: the callers slice the encodeData words out and pass
/// the three signature words as they are.
library MessageAuth {
    /// Message kinds (chain/msg Kind): the first byte of a message's table entry.
    uint8 internal constant KIND_JOB = 1;
    uint8 internal constant KIND_UPLOAD = 2;
    uint8 internal constant KIND_WITHDRAW = 3;

    /// keccak256 of the EIP-712 domain type: exactly the four fields crollup sets (no salt).
    bytes32 internal constant DOMAIN_TYPEHASH =
        keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)");
    /// keccak256 of the domain's name, "crollup".
    bytes32 internal constant NAME_HASH = keccak256("crollup");
    /// keccak256 of the domain's version, "1".
    bytes32 internal constant VERSION_HASH = keccak256("1");

    /// keccak256 of the message types' encodeType strings (chain/msg JobType, UploadType,
    /// WithdrawType).
    bytes32 internal constant JOB_TYPEHASH = keccak256(
        "Job(bytes32 program,bytes32 input,uint64 inputSize,uint64 maxSteps,uint256 maxFee,uint64 nonce)"
    );
    bytes32 internal constant UPLOAD_TYPEHASH = keccak256(
        "Upload(bytes32 program,uint64 size,uint64 offset,bytes32 chunk,uint256 maxFee,uint64 nonce)"
    );
    bytes32 internal constant WITHDRAW_TYPEHASH =
        keccak256("Withdraw(address to,uint256 amount,uint256 maxFee,uint64 nonce)");

    /// The secp256k1 group order n, and n/2 rounded down: a signature needs 0 < r < n and
    /// 0 < s ≤ n/2 (EIP-2).
    uint256 internal constant SECP256K1_N = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141;
    uint256 internal constant SECP256K1_HALF_N = SECP256K1_N / 2;

    /// `kind` is not KIND_JOB, KIND_UPLOAD or KIND_WITHDRAW.
    error UnknownKind(uint8 kind);
    /// `digest` was given encodeData that is not exactly bodyWords(kind) words.
    error BadEncodeDataLength(uint8 kind, uint256 length);
    /// The ecrecover precompile call failed (not: found no key), which only a lack of gas causes.
    error EcrecoverFailed();

    /// @notice The number of encodeData words of a message of kind `kind`: 6 for a Job or an
    /// Upload, 4 for a Withdraw, 0 for any other value (chain/msg Kind.BodyWords).
    function bodyWords(uint8 kind) internal pure returns (uint256) {
        if (kind == KIND_JOB || kind == KIND_UPLOAD) return 6;
        if (kind == KIND_WITHDRAW) return 4;
        return 0;
    }

    /// @notice The EIP-712 type hash of kind `kind`; reverts with UnknownKind for any other value.
    function typeHash(uint8 kind) internal pure returns (bytes32) {
        if (kind == KIND_JOB) return JOB_TYPEHASH;
        if (kind == KIND_UPLOAD) return UPLOAD_TYPEHASH;
        if (kind == KIND_WITHDRAW) return WITHDRAW_TYPEHASH;
        revert UnknownKind(kind);
    }

    /// @notice The EIP-712 domain separator hashStruct(EIP712Domain("crollup", "1", chainId,
    /// verifyingContract)) (chain/msg Domain.Separator; the verifying contract is the Inbox).
    function domainSeparator(uint256 chainId, address verifyingContract) internal pure returns (bytes32) {
        return keccak256(abi.encode(DOMAIN_TYPEHASH, NAME_HASH, VERSION_HASH, chainId, verifyingContract));
    }

    /// @notice The EIP-712 signing hash of a message of kind `kind` whose encodeData words are
    /// `encodeData`, under the domain separator `separator`:
    /// keccak256(0x19 ‖ 0x01 ‖ separator ‖ keccak256(typeHash(kind) ‖ encodeData)).
    /// @dev Reverts with UnknownKind or BadEncodeDataLength unless encodeData is exactly
    /// bodyWords(kind) words: callers check the kind first (bodyWords returns 0 for a bad one). The
    /// words are not checked for canonical padding; that is the caller's message check. Both
    /// preimages are built past the free memory pointer, which is not moved.
    function digest(uint8 kind, bytes32 separator, bytes calldata encodeData) internal pure returns (bytes32 h) {
        bytes32 th = typeHash(kind);
        if (encodeData.length != 32 * bodyWords(kind)) revert BadEncodeDataLength(kind, encodeData.length);
        assembly ("memory-safe") {
            let p := mload(0x40)
            mstore(p, th)
            calldatacopy(add(p, 0x20), encodeData.offset, encodeData.length)
            let structHash := keccak256(p, add(0x20, encodeData.length))
            mstore(p, shl(240, 0x1901))
            mstore(add(p, 0x02), separator)
            mstore(add(p, 0x22), structHash)
            h := keccak256(p, 0x42)
        }
    }

    /// @notice The address whose key signed `hash` with the signature words r, s, vWord, or
    /// address(0) if crollup does not accept the signature or no key has it. Accepted: vWord exactly
    /// 27 or 28 as a whole word (not 0 or 1, unlike chain/msg Recover: a batch body always
    /// carries 27 or 28), 0 < r < n, 0 < s ≤ n/2. Then the ecrecover precompile's answer, or
    /// address(0) if it returns none (r is no curve point's x coordinate).
    /// @dev The precompile accepts high s (and go-ethereum's crypto.Ecrecover too), so the EIP-2
    /// bound is checked here, before the call. A failed call (as opposed to an empty answer) can
    /// only be a lack of gas: it reverts with EcrecoverFailed rather than report the signature as
    /// bad, so no caller can make a valid signature look invalid by limiting the gas.
    function recover(bytes32 hash, bytes32 r, bytes32 s, bytes32 vWord) internal view returns (address signer) {
        uint256 vv = uint256(vWord);
        uint256 rr = uint256(r);
        uint256 ss = uint256(s);
        // One comparison per bound: x − lo wraps to a huge value when x < lo, so x − lo < k exactly
        // when lo ≤ x < lo + k. Only s ≤ n/2 is crollup's own: the precompile rejects the rest too.
        unchecked {
            if (vv - 27 >= 2 || rr - 1 >= SECP256K1_N - 1 || ss - 1 >= SECP256K1_HALF_N) return address(0);
        }
        bool ok;
        assembly ("memory-safe") {
            let p := mload(0x40)
            mstore(p, hash)
            mstore(add(p, 0x20), vv)
            mstore(add(p, 0x40), rr)
            mstore(add(p, 0x60), ss)
            // The answer goes to the scratch space; when there is none, what is there is stale, so
            // returndatasize decides.
            ok := staticcall(gas(), 0x01, p, 0x80, 0x00, 0x20)
            signer := mul(and(mload(0x00), 0xffffffffffffffffffffffffffffffffffffffff), eq(returndatasize(), 0x20))
        }
        if (!ok) revert EcrecoverFailed();
    }
}
