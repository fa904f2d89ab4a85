// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {BlobWord} from "src/lib/BlobWord.sol";

/// @title BlobWordHarness
/// @notice Test-only: exposes BlobWord to chain/blob's tests, each call returning the gas the
/// library code used (gasleft() around it, so calldata decoding and the call itself are excluded).
/// Also holds the alternatives BlobWord was measured against (not part of the library).
contract BlobWordHarness {
    uint256 private constant OMEGA = 0x564c0a11a0f704f4fc3e8acfe0f8245f0ad1347b378fbf96e206da11a5d36306;

    function verifyElement(bytes32 versionedHash, uint256 index, bytes32 y, bytes calldata commitmentAndProof)
        external
        view
        returns (uint256 gasUsed)
    {
        gasUsed = gasleft();
        BlobWord.verifyElement(versionedHash, index, y, commitmentAndProof);
        gasUsed -= gasleft();
    }

    function readWord(bytes32 versionedHash, uint256 wordInBlob, bytes calldata witness)
        external
        view
        returns (bytes32 word, uint256 gasUsed)
    {
        gasUsed = gasleft();
        word = BlobWord.readWord(versionedHash, wordInBlob, witness);
        gasUsed -= gasleft();
    }

    /// The one-evaluation alternative: the step would carry the word's first element y0 in the
    /// machine state (proven by the previous word's step) and prove only y1.
    function readWordCarried(
        bytes32 versionedHash,
        uint256 wordInBlob,
        bytes32 y0,
        bytes32 y1,
        bytes calldata commitmentAndProof1
    ) external view returns (bytes32 word, uint256 gasUsed) {
        gasUsed = gasleft();
        uint256 e = wordInBlob + wordInBlob / BlobWord.DATA_BYTES_PER_ELEMENT;
        if (uint256(y1) >> 248 != 0) revert BlobWord.NonCanonicalElement(e + 1);
        BlobWord.verifyElement(versionedHash, e + 1, y1, commitmentAndProof1);
        word = BlobWord.wordFromElements(y0, y1, wordInBlob % BlobWord.DATA_BYTES_PER_ELEMENT);
        gasUsed -= gasleft();
    }

    function evaluationPoint(uint256 index) external view returns (uint256 z, uint256 gasUsed) {
        gasUsed = gasleft();
        z = BlobWord.evaluationPoint(index);
        gasUsed -= gasleft();
    }

    /// The MODEXP alternative: reverse the index's 12 bits, then ω^bitrev via precompile 0x05.
    function evaluationPointModexp(uint256 index) external view returns (uint256 z, uint256 gasUsed) {
        gasUsed = gasleft();
        uint256 rev;
        for (uint256 b = 0; b < 12; b++) {
            rev = (rev << 1) | ((index >> b) & 1);
        }
        (bool ok, bytes memory out) =
            address(0x05).staticcall(abi.encode(uint256(32), uint256(32), uint256(32), OMEGA, rev, BlobWord.BLS_MODULUS));
        require(ok && out.length == 32);
        z = uint256(bytes32(out));
        gasUsed -= gasleft();
    }

    /// Every evaluation point, in element order.
    function evaluationPoints() external pure returns (uint256[] memory zs) {
        zs = new uint256[](BlobWord.FIELD_ELEMENTS_PER_BLOB);
        for (uint256 i = 0; i < zs.length; i++) {
            zs[i] = BlobWord.evaluationPoint(i);
        }
    }

    function wordFromElements(bytes32 y0, bytes32 y1, uint256 split) external pure returns (bytes32) {
        return BlobWord.wordFromElements(y0, y1, split);
    }

    function locateWord(uint256 word) external pure returns (uint256 blobIndex, uint256 wordInBlob) {
        return BlobWord.locateWord(word);
    }
}
