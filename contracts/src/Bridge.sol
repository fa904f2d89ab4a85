// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IBridge} from "./interfaces/IBridge.sol";
import {IInbox} from "./interfaces/IInbox.sol";
import {IRollup} from "./interfaces/IRollup.sol";
import {MerkleMemory} from "./lib/MerkleMemory.sol";

/// @title Bridge
/// @notice Deposits ETH into crollup: assigns each recipient one account index on its first
/// deposit, enqueues a deposit message in the Inbox, and holds the ETH; pays each withdrawal the
/// chain records, once, against the state root of a confirmed Rollup assertion. The message and
/// record formats are documented in IBridge.
///
/// @dev The Inbox is deployed first, naming this contract's address as predicted from the
/// deployer's next CREATE nonce; the constructor checks that the Inbox names this contract, so
/// both links are immutable and a mismatched pair cannot be deployed. The Rollup is deployed after
/// this contract (it needs the Inbox); its address is predicted the same way and the deployment
/// (contracts/deploy) checks it lands there.
contract Bridge is IBridge {
    /// Message kind of a deposit (the first byte of the message).
    uint8 internal constant KIND_DEPOSIT = 1;
    /// Account indices the chain's state can hold: the accounts region (chain/layout) has 2^30
    /// records.
    uint256 internal constant MAX_ACCOUNTS = 1 << 30;
    /// Withdrawal records the region holds (chain/layout): record w is at slot w mod 2^30.
    uint64 internal constant MAX_WITHDRAWALS = 1 << 30;
    /// The withdrawals region's base address and a record's size (chain/layout).
    uint256 internal constant WITHDRAWALS_BASE = 0x80_0000_0000;
    uint256 internal constant RECORD_SIZE = 64;
    /// Siblings of a record's node (height 1) and of a leaf.
    uint256 internal constant RECORD_SIBLINGS = MerkleMemory.DEPTH - 1;
    uint8 internal constant CONFIRMED = 2;

    /// @inheritdoc IBridge
    address public immutable inbox;
    /// @inheritdoc IBridge
    address public immutable rollup;

    /// Account index plus one, so that zero means "no account".
    mapping(address => uint32) internal _index1;
    uint32 internal _accountCount;
    /// Withdrawals paid, by index.
    mapping(uint64 => bool) internal _paid;

    /// @param inbox_ The Inbox, already deployed with this contract as its bridge.
    /// @param rollup_ The Rollup (deployed after this contract).
    constructor(address inbox_, address rollup_) {
        if (inbox_.code.length == 0) revert InboxHasNoCode(inbox_);
        address named = IInbox(inbox_).bridge();
        if (named != address(this)) revert InboxBridgeMismatch(named);
        if (rollup_ == address(0)) revert ZeroRollup();
        inbox = inbox_;
        rollup = rollup_;
    }

    /// @inheritdoc IBridge
    function deposit(address to) external payable returns (uint32 index, uint64 delayedIndex) {
        if (msg.value == 0) revert ZeroDeposit();
        if (to == address(0)) revert ZeroRecipient();
        uint32 index1 = _index1[to];
        if (index1 == 0) {
            uint32 count = _accountCount;
            if (count >= MAX_ACCOUNTS) revert TooManyAccounts();
            index = count;
            _index1[to] = count + 1;
            _accountCount = count + 1;
        } else {
            index = index1 - 1;
        }
        bytes memory message = abi.encodePacked(KIND_DEPOSIT, index, to, msg.value);
        delayedIndex = IInbox(inbox).enqueueDelayed(keccak256(message));
        emit Deposit(index, to, msg.value, delayedIndex, message);
    }

    /// @inheritdoc IBridge
    function finalizeWithdrawal(
        bytes32 assertion,
        uint64 index,
        address to,
        uint256 amount,
        bytes32[] calldata recordProof,
        bytes32 globals0,
        bytes32[] calldata globalsProof
    ) external {
        (uint8 status, bytes32 root) = IRollup(rollup).assertionState(assertion);
        if (status != CONFIRMED) revert AssertionNotConfirmed(assertion, status);
        if (_paid[index]) revert WithdrawalPaid(index);
        if (globalsProof.length != MerkleMemory.DEPTH) revert ProofLength(globalsProof.length, MerkleMemory.DEPTH);
        if (recordProof.length != RECORD_SIBLINGS) revert ProofLength(recordProof.length, RECORD_SIBLINGS);
        if (MerkleMemory.fold(globals0, 0, 0, _bytes(globalsProof)) != root) revert BadGlobalsProof();
        // Globals leaf 0's last 8 bytes: the withdrawals recorded so far. The record at slot
        // index mod 2^30 is withdrawal index's when no later one has reused the slot.
        uint64 count = uint64(uint256(globals0));
        if (index >= count || count - index > MAX_WITHDRAWALS) revert WithdrawalNotRecorded(index, count);
        bytes32 node = keccak256(abi.encodePacked(bytes32(bytes20(to)), amount));
        uint256 addr = WITHDRAWALS_BASE + uint256(index % MAX_WITHDRAWALS) * RECORD_SIZE;
        if (MerkleMemory.fold(node, addr, 1, _bytes(recordProof)) != root) revert BadWithdrawalProof();
        // Paid before the call, so that a recipient re-entering cannot be paid twice; a failed
        // call reverts the whole transaction, the mark included, and the withdrawal can be tried
        // again.
        _paid[index] = true;
        emit WithdrawalFinalized(index, to, amount, assertion);
        (bool ok,) = to.call{value: amount}("");
        if (!ok) revert WithdrawalTransferFailed(to);
    }

    /// @inheritdoc IBridge
    function withdrawalPaid(uint64 index) external view returns (bool) {
        return _paid[index];
    }

    /// A bytes32[] calldata array as the calldata bytes MerkleMemory.fold reads.
    function _bytes(bytes32[] calldata a) private pure returns (bytes calldata b) {
        assembly {
            b.offset := a.offset
            b.length := mul(a.length, 32)
        }
    }

    /// @inheritdoc IBridge
    function accountIndex(address account) external view returns (bool exists, uint32 index) {
        uint32 index1 = _index1[account];
        if (index1 == 0) return (false, 0);
        return (true, index1 - 1);
    }

    /// @inheritdoc IBridge
    function accountCount() external view returns (uint32) {
        return _accountCount;
    }
}
