// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// @title IRollup
/// @notice What the Bridge needs of the assertion chain (docs/spec/dispute.md §10): whether an
/// assertion is confirmed, and the state root it asserted.
interface IRollup {
    /// @notice An assertion's status (0 unknown, 1 pending, 2 confirmed, 3 rejected) and the
    /// state root it asserted (zero when unknown).
    function assertionState(bytes32 id) external view returns (uint8 status, bytes32 stateRoot);
}
