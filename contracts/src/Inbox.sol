// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IInbox} from "./interfaces/IInbox.sol";

/// @title Inbox
/// @notice The L1 record of the crollup chain: batches (one commitment per blob transaction),
/// the delayed-message queue fed by the Bridge, and forced inclusion. The formulas, events and
/// errors are documented in IInbox.
///
/// @dev Owner-less and not upgradeable: the batcher, the Bridge and the force-inclusion delay are
/// immutables. The Bridge's address is given to the constructor before the Bridge exists (the
/// deployer predicts it from its CREATE nonce); the Bridge's constructor checks the link, so a
/// wrong prediction fails the deployment instead of leaving an Inbox nobody can deposit into.
///
/// Storage per batch is two slots (commitment, timestamp), per delayed message two slots
/// (accumulator after it, timestamp), and the three counters share one slot.
contract Inbox is IInbox {
    /// The most blobs a batch carries (and a transaction can carry since Osaka).
    uint256 internal constant MAX_BLOBS = 6;
    /// Payload bytes per blob: 4096 field elements of 31 data bytes (chain/blob).
    uint256 internal constant PAYLOAD_BYTES_PER_BLOB = 126_976;
    /// The largest payload: MAX_BLOBS full blobs (761,856 bytes).
    uint256 internal constant MAX_PAYLOAD = MAX_BLOBS * PAYLOAD_BYTES_PER_BLOB;

    /// @inheritdoc IInbox
    address public immutable batcher;
    /// @inheritdoc IInbox
    address public immutable bridge;
    /// @inheritdoc IInbox
    uint64 public immutable forceInclusionDelay;

    /// A batch's stored record.
    struct BatchRecord {
        bytes32 commitment;
        uint64 time;
    }

    /// A delayed message's stored record.
    struct DelayedRecord {
        bytes32 acc; // the accumulator after this message
        uint64 time;
    }

    /// The counters, in one slot.
    struct Counters {
        uint64 batches; // batches appended
        uint64 consumed; // delayed messages consumed by the last batch
        uint64 delayed; // delayed messages enqueued
    }

    Counters internal _counters;
    mapping(uint256 => BatchRecord) internal _batches;
    mapping(uint256 => DelayedRecord) internal _delayed;

    /// @param batcher_ The only address allowed to post batches.
    /// @param bridge_ The only address allowed to enqueue delayed messages (the Bridge, possibly
    /// not yet deployed).
    /// @param forceInclusionDelay_ Seconds a delayed message waits before anyone may force it.
    constructor(address batcher_, address bridge_, uint64 forceInclusionDelay_) {
        batcher = batcher_;
        bridge = bridge_;
        forceInclusionDelay = forceInclusionDelay_;
    }

    // ---------------------------------------------------------------------------------------------
    // Writes

    /// @inheritdoc IInbox
    function addBatch(uint64 number, uint32 payloadLength, uint64 delayedCount_) external {
        if (msg.sender != batcher) revert NotBatcher(msg.sender);
        // BLOBHASH returns zero past the transaction's last blob, so counting the non-zero hashes
        // gives the blob count. Probing index MAX_BLOBS too catches a transaction with more.
        uint256 blobs = 0;
        while (blobs <= MAX_BLOBS && blobhash(blobs) != bytes32(0)) ++blobs;
        if (blobs == 0) revert NoBlobs();
        if (blobs > MAX_BLOBS) revert TooManyBlobs();
        // The payload needs exactly `blobs` blobs: a trailing empty blob would be paid for and
        // proven against for nothing, and one rule keeps the batch load step's bounds simple.
        if (
            payloadLength == 0 || payloadLength > MAX_PAYLOAD || payloadLength > blobs * PAYLOAD_BYTES_PER_BLOB
                || payloadLength <= (blobs - 1) * PAYLOAD_BYTES_PER_BLOB
        ) revert BadPayloadLength(payloadLength, blobs);
        bytes32[] memory hashes = new bytes32[](blobs);
        for (uint256 i = 0; i < blobs; ++i) {
            hashes[i] = blobhash(i);
        }
        _append(number, payloadLength, delayedCount_, hashes);
    }

    /// @inheritdoc IInbox
    function enqueueDelayed(bytes32 messageHash) external returns (uint64 index) {
        if (msg.sender != bridge) revert NotBridge(msg.sender);
        index = _counters.delayed;
        bytes32 prev = index == 0 ? bytes32(0) : _delayed[index - 1].acc;
        _delayed[index] = DelayedRecord({acc: keccak256(abi.encodePacked(prev, messageHash)), time: uint64(block.timestamp)});
        _counters.delayed = index + 1;
        emit DelayedMessage(index, messageHash);
    }

    /// @inheritdoc IInbox
    function forceInclude(uint64 delayedCount_) external {
        Counters memory c = _counters;
        if (delayedCount_ <= c.consumed) revert NothingToForce(delayedCount_, c.consumed);
        if (delayedCount_ > c.delayed) revert DelayedCountBeyondQueue(delayedCount_, c.delayed);
        // Message delayedCount_-1 is the newest being forced; the older ones waited longer.
        uint256 forceableAt = uint256(_delayed[delayedCount_ - 1].time) + forceInclusionDelay;
        if (block.timestamp < forceableAt) revert ForceInclusionTooEarly(delayedCount_, forceableAt);
        _append(c.batches, 0, delayedCount_, new bytes32[](0));
    }

    /// @dev Checks the batch number and delayed count against the counters, stores the batch's
    /// commitment and time, and emits BatchAdded. The payload and blob checks are the caller's.
    function _append(uint64 number, uint32 payloadLength, uint64 delayedCount_, bytes32[] memory hashes) internal {
        Counters memory c = _counters;
        if (number != c.batches) revert WrongBatchNumber(c.batches, number);
        if (delayedCount_ < c.consumed) revert DelayedCountDecreased(delayedCount_, c.consumed);
        if (delayedCount_ > c.delayed) revert DelayedCountBeyondQueue(delayedCount_, c.delayed);
        bytes32 acc = delayedCount_ == 0 ? bytes32(0) : _delayed[delayedCount_ - 1].acc;
        // hashes.length ≤ MAX_BLOBS, so the uint8 cast is exact; bytes32 elements pack unpadded.
        bytes32 commitment =
            keccak256(abi.encodePacked(number, payloadLength, delayedCount_, acc, uint8(hashes.length), hashes));
        _batches[number] = BatchRecord({commitment: commitment, time: uint64(block.timestamp)});
        _counters = Counters({batches: number + 1, consumed: delayedCount_, delayed: c.delayed});
        emit BatchAdded(number, payloadLength, delayedCount_, acc, hashes);
    }

    // ---------------------------------------------------------------------------------------------
    // Views

    /// @inheritdoc IInbox
    function batchCount() external view returns (uint64) {
        return _counters.batches;
    }

    /// @inheritdoc IInbox
    function batchCommitment(uint64 number) external view returns (bytes32) {
        if (number >= _counters.batches) revert NoSuchBatch(number);
        return _batches[number].commitment;
    }

    /// @inheritdoc IInbox
    function batchTime(uint64 number) external view returns (uint64) {
        if (number >= _counters.batches) revert NoSuchBatch(number);
        return _batches[number].time;
    }

    /// @inheritdoc IInbox
    function delayedCount() external view returns (uint64) {
        return _counters.delayed;
    }

    /// @inheritdoc IInbox
    function delayedConsumed() external view returns (uint64) {
        return _counters.consumed;
    }

    /// @inheritdoc IInbox
    function delayedAcc(uint64 count) external view returns (bytes32) {
        if (count > _counters.delayed) revert NoSuchDelayedMessage(count);
        return count == 0 ? bytes32(0) : _delayed[count - 1].acc;
    }

    /// @inheritdoc IInbox
    function delayedTime(uint64 index) external view returns (uint64) {
        if (index >= _counters.delayed) revert NoSuchDelayedMessage(index);
        return _delayed[index].time;
    }
}
