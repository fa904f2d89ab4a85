// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// @title IDisputeMachine
/// @notice What the ChallengeManager needs of the state machine (docs/spec/dispute.md §4; Go:
/// dispute.Machine): the steps level's first state for a batch-boundary state, the link from a
/// steps-level end state to the next boundary, and one step.
interface IDisputeMachine {
    /// The level-0 state hash of a state root: the hash of the state a batch starts from there.
    function boundary(bytes32 root) external view returns (bytes32);

    /// The steps level's state hash at step 0 of the batch starting at boundary `s0`.
    function start1(bytes32 s0) external view returns (bytes32);

    /// Verifies the preimage of a steps-level end state: its hash and the boundary that follows.
    /// Reverts if the preimage is not a final state.
    function link(bytes calldata endPreimage) external view returns (bytes32 end, bytes32 next);

    /// Runs one step from a pre-state preimage with its proof: the pre- and post-state hashes.
    function step(bytes calldata pre, bytes calldata proof) external view returns (bytes32 preHash, bytes32 postHash);
}
