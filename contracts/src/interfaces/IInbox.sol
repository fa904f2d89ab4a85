// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// @title IInbox
/// @notice The L1 record of the crollup chain: the batches the batcher posts as blobs, the
/// delayed messages the Bridge enqueues, and forced inclusion of delayed messages the sequencer
/// leaves out. The canonical chain is what this contract's batches and delayed messages say
/// (docs/design/chain-stf.md); derivation rebuilds it from the `BatchAdded` and `DelayedMessage`
/// logs and the blobs, and the fraud-proof verifier checks a batch against `batchCommitment`.
///
/// Batch commitment (what `batchCommitment(n)` returns, 53 + 32·blobCount bytes hashed):
///
///     keccak256(number u64 ‖ payloadLength u32 ‖ delayedCount u64 ‖ delayedAcc(delayedCount) bytes32
///               ‖ blobCount u8 ‖ blobHash[0] ‖ … ‖ blobHash[blobCount-1])
///
/// all big-endian (`abi.encodePacked`). `delayedCount` is the running total of delayed messages
/// consumed once the batch is applied; blob hashes are the EIP-4844 versioned hashes in blob
/// order. A forced batch has blobCount 0 and payloadLength 0: it holds only delayed messages.
///
/// Delayed-message accumulator: acc(0) = 0, acc(k+1) = keccak256(acc(k) ‖ messageHash_k).
interface IInbox {
    // ---------------------------------------------------------------------------------------------
    // Events

    /// @notice Batch `number` was appended. Everything its commitment hashes is here or in the
    /// blobs whose versioned hashes are listed.
    /// @param number The batch number (batches are numbered 0, 1, 2, … without gaps).
    /// @param payloadLength The payload's length in bytes (0 for a forced batch).
    /// @param delayedCount Delayed messages consumed once this batch is applied (running total).
    /// @param delayedAcc The accumulator after `delayedCount` messages.
    /// @param blobHashes The versioned hashes of the batch's blobs, in order (empty if forced).
    event BatchAdded(
        uint64 indexed number, uint32 payloadLength, uint64 delayedCount, bytes32 delayedAcc, bytes32[] blobHashes
    );

    /// @notice Delayed message `index` (0-based) was enqueued; the message itself is in the
    /// enqueuing contract's event (the Bridge's `Deposit`).
    /// @param index The message's position in the delayed queue.
    /// @param messageHash keccak256 of the message bytes.
    event DelayedMessage(uint64 indexed index, bytes32 messageHash);

    // ---------------------------------------------------------------------------------------------
    // Errors

    /// @notice addBatch was called by `caller`, not by the batcher.
    error NotBatcher(address caller);
    /// @notice enqueueDelayed was called by `caller`, not by the Bridge.
    error NotBridge(address caller);
    /// @notice addBatch was called from a transaction that carries no blobs.
    error NoBlobs();
    /// @notice addBatch was called from a transaction that carries more than 6 blobs.
    error TooManyBlobs();
    /// @notice The batch number is not the next one (`expected`, the current batch count).
    error WrongBatchNumber(uint64 expected, uint64 number);
    /// @notice The batch consumes fewer delayed messages than the previous batch did (`consumed`).
    error DelayedCountDecreased(uint64 delayedCount, uint64 consumed);
    /// @notice The batch consumes more delayed messages than have been enqueued (`queued`).
    error DelayedCountBeyondQueue(uint64 delayedCount, uint64 queued);
    /// @notice The payload length is 0, above 761,856, or does not need exactly `blobCount`
    /// blobs of 126,976 payload bytes.
    error BadPayloadLength(uint32 payloadLength, uint256 blobCount);
    /// @notice forceInclude would consume no new delayed message: `delayedCount` is not above
    /// the count the last batch consumed.
    error NothingToForce(uint64 delayedCount, uint64 consumed);
    /// @notice forceInclude was called before delayed message `delayedCount - 1` became
    /// forceable, at timestamp `forceableAt`.
    error ForceInclusionTooEarly(uint64 delayedCount, uint256 forceableAt);
    /// @notice There is no batch `number`.
    error NoSuchBatch(uint64 number);
    /// @notice There is no delayed message `index` (or accumulator after `index` messages).
    error NoSuchDelayedMessage(uint64 index);

    // ---------------------------------------------------------------------------------------------
    // Writes

    /// @notice Appends the next batch. Only the batcher may call it, from a blob transaction
    /// carrying the batch's 1 to 6 blobs.
    /// @param number Must equal `batchCount()`: a restarted batcher resumes from there.
    /// @param payloadLength The payload length: ≥ 1, ≤ 761,856, and needing exactly as many
    /// blobs as the transaction carries.
    /// @param delayedCount Delayed messages consumed once this batch is applied: no fewer than
    /// the previous batch's, no more than `delayedCount()`.
    function addBatch(uint64 number, uint32 payloadLength, uint64 delayedCount) external;

    /// @notice Enqueues a delayed message. Only the Bridge may call it.
    /// @param messageHash keccak256 of the message bytes.
    /// @return index The message's position in the delayed queue.
    function enqueueDelayed(bytes32 messageHash) external returns (uint64 index);

    /// @notice Appends a batch without blobs that consumes delayed messages up to
    /// `delayedCount`. Anyone may call it once message `delayedCount - 1` has waited
    /// `forceInclusionDelay()` seconds and no batch has consumed it.
    /// @param delayedCount The new running total of consumed delayed messages.
    function forceInclude(uint64 delayedCount) external;

    // ---------------------------------------------------------------------------------------------
    // Views

    /// @notice The only address allowed to call addBatch.
    function batcher() external view returns (address);
    /// @notice The only address allowed to call enqueueDelayed.
    function bridge() external view returns (address);
    /// @notice Seconds a delayed message waits before anyone may force its inclusion.
    function forceInclusionDelay() external view returns (uint64);

    /// @notice The number of batches appended so far, which is the next batch's number.
    function batchCount() external view returns (uint64);
    /// @notice The commitment of batch `number` (formula in the contract doc).
    function batchCommitment(uint64 number) external view returns (bytes32);
    /// @notice The L1 block timestamp at which batch `number` was appended.
    function batchTime(uint64 number) external view returns (uint64);

    /// @notice The number of delayed messages enqueued so far.
    function delayedCount() external view returns (uint64);
    /// @notice The number of delayed messages consumed by the batches so far (the last batch's
    /// `delayedCount`).
    function delayedConsumed() external view returns (uint64);
    /// @notice The accumulator after `count` delayed messages; acc(0) = 0.
    function delayedAcc(uint64 count) external view returns (bytes32);
    /// @notice The L1 block timestamp at which delayed message `index` (0-based) was enqueued.
    function delayedTime(uint64 index) external view returns (uint64);
}
