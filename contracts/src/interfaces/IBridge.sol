// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// @title IBridge
/// @notice The L1 side of moving ETH into crollup. A deposit assigns the recipient its account
/// index on first use (one address, one index, forever: the chain names senders by index) and
/// enqueues a deposit message in the Inbox's delayed queue.
///
/// Deposit message (57 bytes, `abi.encodePacked`, big-endian):
///
///     kind u8 = 1 ‖ account index u32 ‖ recipient address (20 bytes) ‖ amount u256 (wei)
///
/// The Inbox accumulates keccak256 of these bytes.
interface IBridge {
    /// @notice `amount` wei were deposited for `to`, account `index`, as delayed message
    /// `delayedIndex`.
    /// @param index The recipient's account index.
    /// @param to The recipient.
    /// @param amount The deposit in wei.
    /// @param delayedIndex The message's position in the Inbox's delayed queue.
    /// @param message The deposit message bytes (its keccak256 is what the Inbox accumulated).
    event Deposit(uint32 indexed index, address indexed to, uint256 amount, uint64 delayedIndex, bytes message);

    /// @notice The deposit carries no ETH.
    error ZeroDeposit();
    /// @notice The recipient is the zero address, which no key controls.
    error ZeroRecipient();
    /// @notice Every account index the chain's state can hold (2^30) is taken.
    error TooManyAccounts();
    /// @notice The Inbox given to the constructor has no code.
    error InboxHasNoCode(address inbox);
    /// @notice The Inbox given to the constructor names another Bridge (`inboxBridge`).
    error InboxBridgeMismatch(address inboxBridge);

    /// @notice Deposits `msg.value` wei for `to`, creating its account index on first deposit.
    /// @param to The recipient on crollup.
    /// @return index The recipient's account index.
    /// @return delayedIndex The deposit message's position in the Inbox's delayed queue.
    function deposit(address to) external payable returns (uint32 index, uint64 delayedIndex);

    /// @notice The Inbox that receives the deposit messages.
    function inbox() external view returns (address);
    /// @notice The account index of `account`, if it has one.
    /// @return exists Whether `account` has ever received a deposit.
    /// @return index Its account index (0 when `exists` is false).
    function accountIndex(address account) external view returns (bool exists, uint32 index);
    /// @notice The number of account indices assigned so far, which is the next one.
    function accountCount() external view returns (uint32);
}
