// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {MerkleMemory} from "../lib/MerkleMemory.sol";
import {MessageAuth} from "../lib/MessageAuth.sol";

/// @title ChainLibHarness
/// @notice Test-only: exposes the libraries the chain steps use (MerkleMemory's subtree hashing
/// and fold, MessageAuth) so that contracts/chainlib_test.go can compare them with their Go twins
/// (fraudvm/memory, chain/msg). Never deployed outside tests. The functions that return gasUsed
/// measure the library call alone, without the call and ABI overhead.
contract ChainLibHarness {
    function subtreeNode(bytes calldata data, uint256 height) external view returns (bytes32 node, uint256 gasUsed) {
        gasUsed = gasleft();
        node = MerkleMemory.subtreeNode(data, height);
        gasUsed -= gasleft();
    }

    /// MerkleMemory.fold: the root above the node (addr, height) with its 35 − height siblings.
    function nodeRoot(bytes32 node, uint256 addr, uint256 height, bytes calldata siblings)
        external
        view
        returns (bytes32 root, uint256 gasUsed)
    {
        gasUsed = gasleft();
        root = MerkleMemory.fold(node, addr, height, siblings);
        gasUsed -= gasleft();
    }

    function bodyWords(uint8 kind) external pure returns (uint256) {
        return MessageAuth.bodyWords(kind);
    }

    function typeHash(uint8 kind) external pure returns (bytes32) {
        return MessageAuth.typeHash(kind);
    }

    function domainSeparator(uint256 chainId, address verifyingContract) external pure returns (bytes32) {
        return MessageAuth.domainSeparator(chainId, verifyingContract);
    }

    function digest(uint8 kind, bytes32 separator, bytes calldata encodeData)
        external
        view
        returns (bytes32 hash, uint256 gasUsed)
    {
        gasUsed = gasleft();
        hash = MessageAuth.digest(kind, separator, encodeData);
        gasUsed -= gasleft();
    }

    function recover(bytes32 hash, bytes32 r, bytes32 s, bytes32 vWord)
        external
        view
        returns (address signer, uint256 gasUsed)
    {
        // Leave the scratch space dirty, as a caller that has just folded a proof (MerkleMemory.fold
        // hashes there) would: recover must not read an answer the precompile did not give.
        assembly ("memory-safe") {
            mstore(0x00, not(0))
            mstore(0x20, not(0))
        }
        gasUsed = gasleft();
        signer = MessageAuth.recover(hash, r, s, vWord);
        gasUsed -= gasleft();
    }

    /// MessageAuth.recover and nothing else, so that little gas is needed after the precompile call.
    function recoverOnly(bytes32 hash, bytes32 r, bytes32 s, bytes32 vWord) external view returns (address) {
        assembly ("memory-safe") {
            mstore(0x00, not(0))
        }
        return MessageAuth.recover(hash, r, s, vWord);
    }

    /// recoverOnly called with at most `gasLimit` gas: ok is false if that call reverted (for lack
    /// of gas, EcrecoverFailed or out of gas), else signer is its answer.
    function recoverWithGas(bytes32 hash, bytes32 r, bytes32 s, bytes32 vWord, uint256 gasLimit)
        external
        view
        returns (bool ok, address signer)
    {
        try this.recoverOnly{gas: gasLimit}(hash, r, s, vWord) returns (address a) {
            return (true, a);
        } catch {
            return (false, address(0));
        }
    }
}
