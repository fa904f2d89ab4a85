// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IChainVM} from "./interfaces/IChainVM.sol";
import {IDisputeMachine} from "./interfaces/IDisputeMachine.sol";

/// @title ChainMachine
/// @notice The chain machine as the ChallengeManager sees it (docs/spec/dispute.md §4): a batch
/// boundary is the start-state hash of the state root there (docs/spec/chain.md §4.4), so the
/// steps level starts at the boundary itself; a steps-level end is a done state, whose memory
/// root starts the next batch; a step is ChainVM.step.
contract ChainMachine is IDisputeMachine {
    /// The end-state preimage is not a packed state with status done.
    error NotDone();

    uint256 internal constant STATE_SIZE = 448;
    uint256 internal constant ROOT_OFFSET = 416; // the job part's memory root (its bytes 224–255)

    IChainVM public immutable chainVM;

    constructor(IChainVM chainVM_) {
        chainVM = chainVM_;
    }

    /// @inheritdoc IDisputeMachine
    function boundary(bytes32 root) external view returns (bytes32) {
        return startHash(root);
    }

    /// @inheritdoc IDisputeMachine
    function start1(bytes32 s0) external pure returns (bytes32) {
        return s0;
    }

    /// @inheritdoc IDisputeMachine
    function link(bytes calldata endPreimage) external view returns (bytes32 end, bytes32 next) {
        if (endPreimage.length != STATE_SIZE || uint8(endPreimage[0]) != 1) revert NotDone();
        end = chainVM.stateHash(endPreimage);
        next = startHash(bytes32(endPreimage[ROOT_OFFSET:STATE_SIZE]));
    }

    /// @inheritdoc IDisputeMachine
    function step(bytes calldata pre, bytes calldata proof) external view returns (bytes32, bytes32) {
        return (chainVM.stateHash(pre), chainVM.step(pre, proof));
    }

    /// The hash of the state a batch starts from when the state root is `root`: zero registers,
    /// job part 0^224 ‖ root.
    function startHash(bytes32 root) public view returns (bytes32) {
        bytes memory s = new bytes(STATE_SIZE);
        assembly ("memory-safe") {
            mstore(add(add(s, 0x20), ROOT_OFFSET), root)
        }
        return chainVM.stateHash(s);
    }
}
