// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IDisputeMachine} from "../interfaces/IDisputeMachine.sol";

/// @title ToyMachine
/// @notice The Go model's test machine (chain/dispute game_test.go `toy`) for the ChallengeManager's
/// differential tests: a steps-level state is (b, q, salt), 48 bytes; a batch from boundary b
/// takes 1 + b[31] mod (n1 − 1) steps and leads to keccak256("next" ‖ b ‖ salt).
contract ToyMachine is IDisputeMachine {
    error NotAToyState(uint256 length);
    error NotDone(uint64 step, uint64 steps);

    uint64 public immutable n1;

    constructor(uint64 n1_) {
        n1 = n1_;
    }

    function _steps(bytes32 b) private view returns (uint64) {
        return 1 + uint64(uint8(uint256(b))) % (n1 - 1);
    }

    function _hash(bytes32 b, uint64 q, uint64 salt) private pure returns (bytes32) {
        return keccak256(abi.encodePacked("state", b, q, salt));
    }

    function _decode(bytes calldata pre) private pure returns (bytes32 b, uint64 q, uint64 salt) {
        if (pre.length != 48) revert NotAToyState(pre.length);
        b = bytes32(pre[0:32]);
        q = uint64(bytes8(pre[32:40]));
        salt = uint64(bytes8(pre[40:48]));
    }

    /// @inheritdoc IDisputeMachine
    /// @dev The toy's state roots are their own boundary hashes.
    function boundary(bytes32 root) external pure returns (bytes32) {
        return root;
    }

    /// @inheritdoc IDisputeMachine
    function start1(bytes32 s0) external pure returns (bytes32) {
        return _hash(s0, 0, 0);
    }

    /// @inheritdoc IDisputeMachine
    function link(bytes calldata endPreimage) external view returns (bytes32 end, bytes32 next) {
        (bytes32 b, uint64 q, uint64 salt) = _decode(endPreimage);
        if (q != _steps(b)) revert NotDone(q, _steps(b));
        return (_hash(b, q, salt), keccak256(abi.encodePacked("next", b, salt)));
    }

    /// @inheritdoc IDisputeMachine
    function step(bytes calldata pre, bytes calldata) external view returns (bytes32, bytes32) {
        (bytes32 b, uint64 q, uint64 salt) = _decode(pre);
        uint64 n = _steps(b);
        return (_hash(b, q, salt), _hash(b, q + 1 < n ? q + 1 : n, salt));
    }
}
