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
///
/// A withdrawal is the record a Withdraw message writes in the chain's state (docs/spec/chain.md
/// §2.2: withdrawal `w` at 0x80_0000_0000 + 64·(w mod 2^30), recipient ‖ zero[12], amount u256).
/// `finalizeWithdrawal` pays it once an assertion whose state holds it is confirmed, with two
/// Merkle proofs against that assertion's state root (docs/spec/dispute.md §10): the record's
/// 64-byte node, and globals leaf 0, whose withdrawal count shows that the record at the slot is
/// withdrawal `w`'s and not one of `w ± 2^30`'s.
interface IBridge {
    /// @notice `amount` wei were deposited for `to`, account `index`, as delayed message
    /// `delayedIndex`.
    /// @param index The recipient's account index.
    /// @param to The recipient.
    /// @param amount The deposit in wei.
    /// @param delayedIndex The message's position in the Inbox's delayed queue.
    /// @param message The deposit message bytes (its keccak256 is what the Inbox accumulated).
    event Deposit(uint32 indexed index, address indexed to, uint256 amount, uint64 delayedIndex, bytes message);

    /// @notice Withdrawal `index` paid `amount` wei to `to`, proven against assertion
    /// `assertion`'s state root.
    event WithdrawalFinalized(uint64 indexed index, address indexed to, uint256 amount, bytes32 assertion);

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

    /// @notice The Rollup given to the constructor is the zero address.
    error ZeroRollup();
    /// @notice The assertion is not confirmed: `status` 0 unknown, 1 pending, 3 rejected.
    error AssertionNotConfirmed(bytes32 assertion, uint8 status);
    /// @notice Withdrawal `index` was paid already.
    error WithdrawalPaid(uint64 index);
    /// @notice A proof has other than the number of sibling hashes its node needs.
    error ProofLength(uint256 length, uint256 want);
    /// @notice The globals leaf and its proof do not fold to the assertion's state root.
    error BadGlobalsProof();
    /// @notice The state holds no withdrawal `index`: its withdrawal count is `count` (a record
    /// is withdrawal `index`'s when `index < count ≤ index + 2^30`).
    error WithdrawalNotRecorded(uint64 index, uint64 count);
    /// @notice The withdrawal record (recipient, amount) and its proof do not fold to the
    /// assertion's state root.
    error BadWithdrawalProof();
    /// @notice Sending the withdrawal to its recipient failed; nothing was paid.
    error WithdrawalTransferFailed(address to);

    /// @notice Deposits `msg.value` wei for `to`, creating its account index on first deposit.
    /// @param to The recipient on crollup.
    /// @return index The recipient's account index.
    /// @return delayedIndex The deposit message's position in the Inbox's delayed queue.
    function deposit(address to) external payable returns (uint32 index, uint64 delayedIndex);

    /// @notice Pays withdrawal `index` (`amount` wei to `to`) from the state root of the confirmed
    /// assertion `assertion`. Anyone may send it; the ETH goes to `to`.
    /// @param recordProof The 34 siblings of the record's node (height 1), bottom-up.
    /// @param globals0 Globals leaf 0: batches u64 ‖ delayed u64 ‖ jobs u64 ‖ withdrawals u64.
    /// @param globalsProof The 35 siblings of globals leaf 0 (address 0), bottom-up.
    function finalizeWithdrawal(
        bytes32 assertion,
        uint64 index,
        address to,
        uint256 amount,
        bytes32[] calldata recordProof,
        bytes32 globals0,
        bytes32[] calldata globalsProof
    ) external;

    /// @notice Whether withdrawal `index` was paid.
    function withdrawalPaid(uint64 index) external view returns (bool);
    /// @notice The Rollup whose confirmed assertions withdrawals are proven against.
    function rollup() external view returns (address);
    /// @notice The Inbox that receives the deposit messages.
    function inbox() external view returns (address);
    /// @notice The account index of `account`, if it has one.
    /// @return exists Whether `account` has ever received a deposit.
    /// @return index Its account index (0 when `exists` is false).
    function accountIndex(address account) external view returns (bool exists, uint32 index);
    /// @notice The number of account indices assigned so far, which is the next one.
    function accountCount() external view returns (uint32);
}
