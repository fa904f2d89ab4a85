// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {ChallengeManager} from "./ChallengeManager.sol";
import {IDisputeMachine} from "./interfaces/IDisputeMachine.sol";
import {IInbox} from "./interfaces/IInbox.sol";
import {IRollup} from "./interfaces/IRollup.sol";

/// @title Rollup
/// @notice The assertion chain (docs/spec/dispute.md §10; Go twin: dispute.Rollup): an assertion
/// covers exactly the batches its parent fixed (the Inbox's count when the parent was made, at
/// most k^height0 of them), its level-0 top claim is built here from state roots and settled by
/// the ChallengeManager this contract deploys, and a staker's bond follows its latest assertion
/// along a branch.
contract Rollup is IRollup {
    struct Assertion {
        bytes32 parent;
        uint64 batchEnd;
        bytes32 stateRoot;
        bytes32 history;
    }

    struct Rec {
        uint8 status; // 1 pending, 2 confirmed, 3 rejected (0: none)
        uint64 nextInbox;
        address staker;
        bytes32 top;
        bytes32 parent;
        bytes32 stateRoot;
    }

    uint8 internal constant PENDING = 1;
    uint8 internal constant CONFIRMED = 2;
    uint8 internal constant REJECTED = 3;

    error UnknownAssertion(bytes32 id);
    error AssertionExists(bytes32 id);
    error Rejected(bytes32 id);
    error BatchRange(uint64 batchEnd, uint64 fixedEnd);
    error BondElsewhere(bytes32 latest);
    error ParentPending(bytes32 parent);
    error NotConfirmed(bytes32 top);
    error NotRejected(bytes32 id);
    error AssertionDecided(bytes32 id);
    error BondLocked(address staker);
    error NoBond(address staker);
    error WrongBond(uint256 sent, uint256 want);
    error TransferFailed();
    error NotProposer(address sender);

    event AssertionMade(bytes32 indexed id, bytes32 indexed parent, Assertion assertion, bytes32 top, address staker);
    event AssertionConfirmed(bytes32 indexed id);
    event AssertionRejected(bytes32 indexed id);

    ChallengeManager public immutable challengeManager;
    IInbox public immutable inbox;
    IDisputeMachine public immutable machine;
    uint256 public immutable bond;
    address public immutable receiver;
    bytes32 public immutable genesis;

    mapping(bytes32 => Rec) public assertions;
    mapping(bytes32 => bytes32) public assertionOfTop;
    mapping(address => bytes32) public latest;
    mapping(address => bool) public bonded;
    mapping(address => uint256) public credit;
    /// Whether assertState is restricted to `proposer` (a non-empty allowlist at deployment).
    bool public immutable allowlist;
    mapping(address => bool) public proposer;

    constructor(
        IInbox inbox_,
        IDisputeMachine machine_,
        bytes32 genesisRoot,
        uint256 bond_,
        address receiver_,
        uint256 k,
        uint8 height0,
        uint8 height1,
        uint64 challengePeriod,
        uint256 stake1,
        uint256 reward,
        address[] memory proposers
    ) {
        inbox = inbox_;
        machine = machine_;
        bond = bond_;
        receiver = receiver_;
        challengeManager =
            new ChallengeManager(k, height0, height1, challengePeriod, 0, stake1, reward, receiver_, machine_, address(this));
        bytes32 g = idOf(Assertion({parent: 0, batchEnd: 0, stateRoot: genesisRoot, history: 0}));
        genesis = g;
        assertions[g] = Rec({status: CONFIRMED, nextInbox: 0, staker: address(0), top: 0, parent: 0, stateRoot: genesisRoot});
        _fix(g, 0);
        allowlist = proposers.length != 0;
        for (uint256 i = 0; i < proposers.length; i++) {
            proposer[proposers[i]] = true;
        }
    }

    /// @inheritdoc IRollup
    function assertionState(bytes32 id) external view returns (uint8 status, bytes32 stateRoot) {
        Rec storage a = assertions[id];
        return (a.status, a.stateRoot);
    }

    function idOf(Assertion memory a) public pure returns (bytes32) {
        return keccak256(abi.encodePacked(a.parent, a.batchEnd, a.stateRoot, a.history));
    }

    /// Fixes the batches the children of `id` (covering up to `batchEnd`) cover, and tells the
    /// ChallengeManager which level-0 positions are padding.
    function _fix(bytes32 id, uint64 batchEnd) private {
        uint256 cap = uint256(batchEnd) + challengeManager.k() ** challengeManager.height0();
        uint256 count = inbox.batchCount();
        uint64 next = uint64(count < cap ? count : cap);
        if (next < batchEnd) next = batchEnd;
        assertions[id].nextInbox = next;
        challengeManager.cover(id, next - batchEnd);
    }

    /// Assert (dispute.Rollup.Assert).
    function assertState(Assertion calldata a) external payable returns (bytes32 id) {
        if (allowlist && !proposer[msg.sender]) revert NotProposer(msg.sender);
        Rec storage p = assertions[a.parent];
        if (p.status == 0) revert UnknownAssertion(a.parent);
        if (p.status == REJECTED) revert Rejected(a.parent);
        if (a.batchEnd != p.nextInbox) revert BatchRange(a.batchEnd, p.nextInbox);
        id = idOf(a);
        if (assertions[id].status != 0) revert AssertionExists(id);
        bool pay = !bonded[msg.sender];
        if (!pay) {
            bytes32 l = latest[msg.sender];
            if (l != a.parent && assertions[l].status != CONFIRMED) revert BondElsewhere(l);
        }
        if (msg.value != (pay ? bond : 0)) revert WrongBond(msg.value, pay ? bond : 0);
        bytes32 top = challengeManager.assertClaim(_topClaim(a.parent, p.stateRoot, machine.boundary(a.stateRoot), a.history));
        assertions[id] =
            Rec({status: PENDING, nextInbox: 0, staker: msg.sender, top: top, parent: a.parent, stateRoot: a.stateRoot});
        assertionOfTop[top] = id;
        _fix(id, a.batchEnd);
        if (pay) bonded[msg.sender] = true;
        latest[msg.sender] = id;
        emit AssertionMade(id, a.parent, a, top, msg.sender);
    }

    function _pending(bytes32 id) private view returns (Rec storage a) {
        a = assertions[id];
        if (a.status == 0) revert UnknownAssertion(id);
        if (a.status == REJECTED) revert Rejected(id);
        if (a.status == CONFIRMED) revert AssertionDecided(id);
    }

    /// Confirm: the parent confirmed and the top claim confirmed.
    function confirm(bytes32 id) external {
        Rec storage a = _pending(id);
        if (assertions[a.parent].status != CONFIRMED) revert ParentPending(a.parent);
        (,, uint8 st,) = challengeManager.claims(a.top);
        if (st != 2) revert NotConfirmed(a.top);
        a.status = CONFIRMED;
        emit AssertionConfirmed(id);
    }

    /// Reject: the parent rejected, or another claim won the top claim's mutual.
    function reject(bytes32 id) external {
        Rec storage a = _pending(id);
        if (assertions[a.parent].status != REJECTED) {
            bytes32 win = challengeManager.winner(_mutualOfTop(a));
            if (win == 0 || win == a.top) revert NotRejected(id);
        }
        a.status = REJECTED;
        emit AssertionRejected(id);
    }

    /// The level-0 top claim of an assertion under `parent` (whose state root is `parentRoot`).
    function _topClaim(bytes32 parent, bytes32 parentRoot, bytes32 end, bytes32 history)
        private
        view
        returns (ChallengeManager.Claim memory)
    {
        bytes32 start = machine.boundary(parentRoot);
        return ChallengeManager.Claim({
            level: 0,
            origin: parent,
            pos: 0,
            height: challengeManager.height0(),
            startCtx: keccak256(abi.encodePacked(parent, start)),
            start: start,
            end: end,
            commit: history
        });
    }

    /// The mutual of an assertion's top claim: all top claims under one parent share it (the
    /// mutual does not depend on a claim's end or commitment).
    function _mutualOfTop(Rec storage a) private view returns (bytes32) {
        return challengeManager.mutualOf(_topClaim(a.parent, assertions[a.parent].stateRoot, 0, 0));
    }

    /// ReturnBond: the caller's latest assertion is confirmed.
    function returnBond() external {
        if (!bonded[msg.sender]) revert NoBond(msg.sender);
        if (assertions[latest[msg.sender]].status != CONFIRMED) revert BondLocked(msg.sender);
        bonded[msg.sender] = false;
        credit[msg.sender] += bond;
    }

    /// Slash: a staker whose latest assertion is rejected loses its bond, up to the
    /// ChallengeManager's reward to the staker of the assertion that beat it, the rest to the
    /// receiver.
    function slash(address staker) external {
        if (!bonded[staker]) revert NoBond(staker);
        Rec storage a = assertions[latest[staker]];
        if (a.status != REJECTED) revert BondLocked(staker);
        bonded[staker] = false;
        uint256 r = 0;
        bytes32 win = challengeManager.winner(_mutualOfTop(a));
        if (win != 0 && win != a.top) {
            uint256 reward = challengeManager.reward();
            r = bond < reward ? bond : reward;
            credit[assertions[assertionOfTop[win]].staker] += r;
        }
        credit[receiver] += bond - r;
    }

    /// Withdraws the caller's credit.
    function withdraw() external {
        uint256 amount = credit[msg.sender];
        credit[msg.sender] = 0;
        (bool ok,) = msg.sender.call{value: amount}("");
        if (!ok) revert TransferFailed();
    }
}
