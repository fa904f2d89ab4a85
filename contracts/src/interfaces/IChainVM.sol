// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IInbox} from "./IInbox.sol";

/// @title IChainVM
/// @notice The L1 one-step verifier of the crollup chain machine (fraudvm/stf): a dispute game
/// that has bisected a batch's trace down to one step calls `verifyStep` with the agreed
/// pre-state hash, the packed pre-state and the step's proof data (stf.Witness.State and
/// ProofData) and compares the result with the claimed post-state hash.
interface IChainVM {
    // ---------------------------------------------------------------------------------------------
    // Errors: the step cannot be taken (the state or the witness is rejected)

    /// `state` is not 448 bytes.
    error BadStateLength(uint256 length);
    /// `state` does not hash to the claimed pre-state hash (verifyStep only).
    error BadStateHash(bytes32 expected, bytes32 actual);
    /// A register holds a value no state encoding has (stf.DecodeState): chain status > 1,
    /// phase > 25, skip reason > 10, unknown flags or a non-zero reserved byte, or job registers
    /// vm.DecodeState rejects.
    error MalformedState();
    /// The proof data ends before memory access number `access` (0-based) of the step.
    error WitnessTooShort(uint256 access);
    /// Access number `access` (0-based) does not prove its value against the current memory root.
    error BadProof(uint256 access);
    /// `unusedBytes` bytes of proof data are left after the step's last access.
    error TrailingWitness(uint256 unusedBytes);
    /// A step would access a node that is not in memory (unaligned, beyond 2^40 bytes or above
    /// the root): only registers no valid step produces lead here (Go panics on them).
    error BadAccessAddress(uint256 addr, uint256 height);
    /// The oracle data at the start of the proof data is missing, short or not in its encoding.
    error BadOracleData();
    /// The batch preimage is not the Inbox's commitment of batch `number`.
    error BadBatchPreimage(uint256 number);
    /// The delayed message does not extend the Inbox's accumulator from message `index`.
    error BadDelayedMessage(uint256 index);
    /// Payload word `word` is not in any of the batch's blobs.
    error PayloadWordOutOfRange(uint256 word);
    /// The job step (FraudVM.step) reverted or answered something else; `data` is its answer.
    error JobStepFailed(bytes data);

    // ---------------------------------------------------------------------------------------------
    // Step

    /// @notice Executes one chain step from `state` and returns the post-state hash.
    /// @param state the packed pre-state: 192 bytes of chain registers, then the 256-byte job state
    /// @param proofs the step's proof data (stf.Witness.ProofData)
    function step(bytes calldata state, bytes calldata proofs) external view returns (bytes32 postStateHash);

    /// @notice Checks that `state` hashes to `preStateHash`, then executes one step.
    function verifyStep(bytes32 preStateHash, bytes calldata state, bytes calldata proofs)
        external
        view
        returns (bytes32 postStateHash);

    /// @notice The state hash of a packed state (stf.HashPacked): keccak256(registers ‖ job state
    /// hash) with byte 0 set to the chain status, the job state hash being keccak256(job state)
    /// with byte 0 set to the job status.
    function stateHash(bytes calldata state) external pure returns (bytes32);

    // ---------------------------------------------------------------------------------------------
    // Configuration

    /// @notice The Inbox whose batches and delayed messages the chain applies.
    function inbox() external view returns (IInbox);
    /// @notice The job-step verifier (FraudVM).
    function fraudVM() external view returns (address);
    /// @notice The EIP-712 chain id of the chain's messages.
    function chainId() external view returns (uint64);
    /// @notice The EIP-712 domain separator of the chain's messages: name "crollup", version
    /// "1", chainId, and the Inbox as the verifying contract.
    function domainSeparator() external view returns (bytes32);
}
