// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IBridge} from "./interfaces/IBridge.sol";
import {IInbox} from "./interfaces/IInbox.sol";

/// @title Bridge
/// @notice Deposits ETH into crollup: assigns each recipient one account index on its first
/// deposit, enqueues a deposit message in the Inbox, and holds the ETH. (Withdrawals, proven
/// against a confirmed state root, come with the Rollup contract.) The message format is
/// documented in IBridge.
///
/// @dev The Inbox is deployed first, naming this contract's address as predicted from the
/// deployer's next CREATE nonce; the constructor checks that the Inbox names this contract, so
/// both links are immutable and a mismatched pair cannot be deployed.
contract Bridge is IBridge {
    /// Message kind of a deposit (the first byte of the message).
    uint8 internal constant KIND_DEPOSIT = 1;
    /// Account indices the chain's state can hold: the accounts region (chain/layout) has 2^30
    /// records.
    uint256 internal constant MAX_ACCOUNTS = 1 << 30;

    /// @inheritdoc IBridge
    address public immutable inbox;

    /// Account index plus one, so that zero means "no account".
    mapping(address => uint32) internal _index1;
    uint32 internal _accountCount;

    /// @param inbox_ The Inbox, already deployed with this contract as its bridge.
    constructor(address inbox_) {
        if (inbox_.code.length == 0) revert InboxHasNoCode(inbox_);
        address named = IInbox(inbox_).bridge();
        if (named != address(this)) revert InboxBridgeMismatch(named);
        inbox = inbox_;
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
