// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// @title MerkleMemory
/// @notice Proofs against the fraudvm memory commitment (docs/spec/fraudvm.md §1): 2^40 bytes in
/// 32-byte leaves under a fixed-depth (35) binary keccak256 Merkle tree. A leaf's node value is its
/// 32 raw bytes; an inner node is keccak256(left ‖ right).
/// @dev A proof is a calldata run of 32-byte sibling hashes, bottom-up: the sibling of the node
/// being proven first, the root's child last. For a node at height h (0 = leaf) and aligned byte
/// address a, the path bits are the bits of a >> (5 + h): bit k set means the node on the path at
/// height h + k is a right child. A leaf proof has 35 siblings; an interior-node proof 35 − h.
/// Writing a leaf (or grafting a subtree) changes the root exactly as recomputing the root from the
/// same siblings with the new node value: that is all `update` is, and why callers keep the
/// siblings of a read around for the write that follows it.
library MerkleMemory {
    /// Number of sibling hashes in a leaf proof (tree depth).
    uint256 internal constant DEPTH = 35;
    /// log2 of the leaf size in bytes.
    uint256 internal constant LEAF_BITS = 5;
    /// Memory size in bytes (2^40).
    uint256 internal constant MEMORY_SIZE = 1 << 40;
    /// Bytes of one encoded leaf proof: the sibling hashes only.
    uint256 internal constant LEAF_PROOF_SIZE = 32 * DEPTH;

    /// @notice The root obtained by folding `node` (the node at height `height` covering the
    /// aligned address `addr`) with `siblings` (35 − height hashes, bottom-up).
    /// @dev No bounds checks: callers check that `addr` is aligned, inside memory, and that
    /// `siblings` has exactly 35 − height entries. The 64-byte preimage is built in the scratch
    /// space (0x00–0x3f), which Solidity reserves for exactly this, so nothing is allocated.
    function fold(bytes32 node, uint256 addr, uint256 height, bytes calldata siblings)
        internal
        pure
        returns (bytes32 root)
    {
        assembly ("memory-safe") {
            let path := shr(add(LEAF_BITS, height), addr)
            let p := siblings.offset
            for { let end := add(p, siblings.length) } lt(p, end) { p := add(p, 32) } {
                // A right child (path bit 1) goes second: store it at 0x20 and its sibling at 0x00.
                let right := shl(5, and(path, 1))
                mstore(right, node)
                mstore(xor(right, 32), calldataload(p))
                node := keccak256(0, 64)
                path := shr(1, path)
            }
            root := node
        }
    }

    /// @notice The root implied by a leaf value at `addr` (a multiple of 32 below 2^40) and its
    /// 35-sibling proof, which must be exactly LEAF_PROOF_SIZE bytes.
    function leafRoot(bytes32 leaf, uint256 addr, bytes calldata siblings) internal pure returns (bytes32) {
        return fold(leaf, addr, 0, siblings);
    }

    /// @notice Whether `leaf` is the value at `addr` in the memory committed to by `root`.
    function verifyLeaf(bytes32 root, bytes32 leaf, uint256 addr, bytes calldata siblings)
        internal
        pure
        returns (bool)
    {
        return fold(leaf, addr, 0, siblings) == root;
    }

    /// @notice The memory root after writing `newLeaf` at `addr`, given the proof that verified
    /// the leaf's previous value against the current root.
    function update(bytes32 newLeaf, uint256 addr, bytes calldata siblings) internal pure returns (bytes32) {
        return fold(newLeaf, addr, 0, siblings);
    }

    // Declared after the functions above: with the IR pipeline, declarations inserted before
    // them shift AST ids and change the code of contracts that use them (FraudVM).

    /// Highest subtree `subtreeNode` hashes from its bytes: 16 leaves, 512 bytes (a message body).
    uint256 internal constant MAX_SUBTREE_HEIGHT = 4;

    /// `subtreeNode` was given a height above MAX_SUBTREE_HEIGHT or not exactly 32·2^height bytes.
    error BadSubtree(uint256 height, uint256 length);

    /// @notice The node value of an aligned subtree of height `height` (0 to MAX_SUBTREE_HEIGHT)
    /// given its raw bytes `data` (exactly 32·2^height): the leaves are the 32-byte words of `data`
    /// in address order, and each inner node is keccak256(left ‖ right). At height 0 that is the
    /// word itself. Folding the result with the subtree's 35 − height siblings (`fold`) gives the
    /// memory root, so one proof covers a whole message body.
    /// @dev Reverts with BadSubtree on a bad height or length. The words are copied past the free
    /// memory pointer, which is not moved (nothing is allocated), and hashed pairwise in place, one
    /// level at a time: parent i goes to word i once words 2i and 2i + 1 are read, and word i
    /// has been read by then (it is a child of parent ⌊i/2⌋ ≤ i). 2^height − 1 keccaks.
    function subtreeNode(bytes calldata data, uint256 height) internal pure returns (bytes32 node) {
        if (height > MAX_SUBTREE_HEIGHT || data.length != 32 << height) revert BadSubtree(height, data.length);
        assembly ("memory-safe") {
            let p := mload(0x40)
            calldatacopy(p, data.offset, data.length)
            // Bytes of the level being hashed: 32·2^height down to 64; each pass halves it.
            for { let n := data.length } gt(n, 32) { n := shr(1, n) } {
                let q := p
                let end := add(p, n)
                for { let src := p } lt(src, end) { src := add(src, 64) } {
                    mstore(q, keccak256(src, 64))
                    q := add(q, 32)
                }
            }
            node := mload(p)
        }
    }
}
