// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IDisputeMachine} from "./interfaces/IDisputeMachine.sol";

/// @title ChallengeManager
/// @notice crollup's dispute protocol (docs/spec/dispute.md): claims about a trace identified by
/// their content, k-ary dissection whose children recompute their parent (no prefix proofs), two
/// levels (batch boundaries, then the steps of one batch), timers that count from when a claim's
/// content became public, virtual children, one-step proofs through an IDisputeMachine, stakes
/// paid out per claim. The Go model `chain/dispute` is the reference: every move here has its
/// twin there (same name, same checks in the same order, same errors), and the differential tests
/// play the model's games on this contract.
/// @dev Storage per claim is one slot (times, status, flags); per mutual one slot (the two
/// smallest creation blocks and a count), plus the winner once decided. A claim's content travels
/// in calldata and is checked by hashing it to its ID, so nothing else is stored.
contract ChallengeManager {
    /// A claim's content (dispute.Claim).
    struct Claim {
        uint8 level;
        bytes32 origin;
        uint64 pos;
        uint8 height;
        bytes32 startCtx;
        bytes32 start;
        bytes32 end;
        bytes32 commit;
    }

    /// One step up a path: the parent's content and, unless the step crosses from a steps-level
    /// top claim to its one-batch claim, the parent's dissection (k ends then k inners) and the
    /// child's index in it.
    struct Up {
        Claim parent;
        bytes32[] node;
        uint256 index;
    }

    /// One confirmation of a confirmAll: `by` 0 time (c, path), 1 children (c, node, path),
    /// 2 level (c, lower).
    struct Conf {
        uint8 by;
        Claim c;
        bytes32[] node;
        Up[] path;
        Claim lower;
    }

    struct Rec {
        uint64 created; // the block its content became public
        uint64 dissectAt;
        uint8 status; // 1 pending, 2 confirmed, 3 refuted (0: no claim)
        bool dissected;
    }

    struct Mutual {
        uint64 first0; // the two smallest `created` of its claims (type(uint64).max: none)
        uint64 first1;
        uint32 count;
    }

    struct Stake {
        address staker;
        uint96 amount;
        bytes32 mutual;
    }

    uint8 internal constant PENDING = 1;
    uint8 internal constant CONFIRMED = 2;
    uint8 internal constant REFUTED = 3;
    uint8 internal constant LEVEL_BATCHES = 0;
    uint8 internal constant LEVEL_STEPS = 1;
    uint64 internal constant NONE = type(uint64).max;

    error UnknownClaim(bytes32 id);
    error ClaimExists(bytes32 id);
    error BadClaim();
    error OneStep();
    error BadNode();
    error NotDissected(bytes32 id);
    error Decided(bytes32 mutual);
    error Refuted(bytes32 id);
    error NotChild(uint256 step);
    error TooEarly(uint256 have, uint256 need);
    error ChildPending(uint256 index);
    error WrongLevel();
    error WrongPreState(bytes32 pre, bytes32 start);
    error BadLink();
    error LevelNotOpened();
    error NotRivaled(bytes32 id);
    error Undecided(bytes32 mutual);
    error NoStake(bytes32 id);
    error WrongStake(uint256 sent, uint256 want);
    error Padding();
    error NotPadding();
    error Covered(bytes32 origin, uint256 batches);
    error NotRollup(address caller);
    error TransferFailed();

    event ClaimMade(bytes32 indexed id, bytes32 indexed mutual, Claim claim, uint64 created);
    event Dissected(bytes32 indexed id, bytes32[] node);
    event ClaimConfirmed(bytes32 indexed id, bytes32 indexed mutual);
    event ClaimRefuted(bytes32 indexed id);

    uint256 public immutable k;
    uint8 public immutable height0;
    uint8 public immutable height1;
    uint64 public immutable challengePeriod;
    uint256 public immutable stake0;
    uint256 public immutable stake1;
    uint256 public immutable reward;
    address public immutable receiver;
    IDisputeMachine public immutable machine;
    /// The Rollup, the only caller of assertClaim and cover; zero: anyone (the model's tests).
    address public immutable rollup;

    mapping(bytes32 => Rec) public claims;
    mapping(bytes32 => Mutual) public mutuals;
    mapping(bytes32 => bytes32) public winner; // mutual → its confirmed claim
    mapping(bytes32 => Stake) public stakes;
    mapping(address => uint256) public credit; // stakes paid out, to withdraw
    uint256 public held; // stakes held for undecided or unsettled claims
    /// Batches covered under a parent assertion, plus one (0: not set, every position a batch).
    mapping(bytes32 => uint64) public coveredPlusOne;

    constructor(
        uint256 k_,
        uint8 height0_,
        uint8 height1_,
        uint64 challengePeriod_,
        uint256 stake0_,
        uint256 stake1_,
        uint256 reward_,
        address receiver_,
        IDisputeMachine machine_,
        address rollup_
    ) {
        if (k_ < 2 || height0_ == 0 || height1_ == 0 || challengePeriod_ == 0) revert BadClaim();
        k = k_;
        height0 = height0_;
        height1 = height1_;
        challengePeriod = challengePeriod_;
        stake0 = stake0_;
        stake1 = stake1_;
        reward = reward_;
        receiver = receiver_;
        machine = machine_;
        rollup = rollup_;
    }

    function _onlyRollup() private view {
        if (rollup != address(0) && msg.sender != rollup) revert NotRollup(msg.sender);
    }

    // ---------------------------------------------------------------------------------------------
    // Identity (dispute.Claim.Mutual, ID, TopCtx, Node.Hash, ChildCtx)

    function mutualOf(Claim calldata c) public pure returns (bytes32) {
        return keccak256(abi.encodePacked(c.level, c.origin, c.pos, c.height, c.startCtx, c.start));
    }

    function idOf(Claim calldata c) public pure returns (bytes32 id) {
        (, id) = _idc(c);
    }

    /// The mutual and ID of a claim built in memory (a child): mutualOf and idOf's formulas.
    function _id(Claim memory c) private pure returns (bytes32 m, bytes32 id) {
        m = keccak256(abi.encodePacked(c.level, c.origin, c.pos, c.height, c.startCtx, c.start));
        id = keccak256(abi.encodePacked(m, c.end, c.commit));
    }

    /// Node.Check: k ends and inners hashing to the claim's commitment, the last end the claim's,
    /// inners zero under a height-1 claim.
    function _checkNode(Claim calldata c, bytes32[] calldata node) private view {
        _checkNode(c.height, c.commit, c.end, node);
    }

    function _checkNode(uint8 height, bytes32 commit, bytes32 end, bytes32[] calldata node) private view {
        if (height == 0) revert OneStep();
        if (!_nodeOk(height, commit, end, node)) revert BadNode();
    }

    function _nodeOk(Claim calldata c, bytes32[] calldata node) private view returns (bool) {
        return _nodeOk(c.height, c.commit, c.end, node);
    }

    function _nodeOk(uint8 height, bytes32 commit, bytes32 end, bytes32[] calldata node) private view returns (bool) {
        if (height == 0 || node.length != 2 * k || keccak256(abi.encodePacked(node)) != commit || node[k - 1] != end) {
            return false;
        }
        if (height == 1) {
            for (uint256 i = k; i < 2 * k; i++) {
                if (node[i] != 0) return false;
            }
        }
        return true;
    }

    /// Claim.Child: child i of c under its dissection `node` (checked by the caller).
    function _child(Claim calldata c, bytes32[] calldata node, uint256 i) private view returns (Claim memory ch) {
        uint256 span = k ** (c.height - 1);
        ch.level = c.level;
        ch.origin = c.origin;
        ch.pos = uint64(c.pos + i * span);
        ch.height = c.height - 1;
        ch.startCtx = keccak256(abi.encodePacked(c.startCtx, node[0:i], node[k:k + i]));
        ch.start = i == 0 ? c.start : node[i - 1];
        ch.end = node[i];
        ch.commit = node[k + i];
    }

    // ---------------------------------------------------------------------------------------------
    // Timers (dispute.Model.Unrivaled, pathTime, isParent)

    function _unrivaled(bytes32 m, uint64 created) private view returns (uint256) {
        Mutual storage mu = mutuals[m];
        uint256 e = mu.count >= 2 ? mu.first1 : block.number;
        return e < created ? 0 : e - created;
    }

    /// Unrivaled time of a claim by ID (for watchers).
    function unrivaled(Claim calldata c) external view returns (uint256) {
        bytes32 m = mutualOf(c);
        Rec storage r = claims[idOf(c)];
        if (r.status == 0) revert UnknownClaim(idOf(c));
        return _unrivaled(m, r.created);
    }

    /// The unrivaled time of c and of each claim in path, each the parent of the one before it.
    function _pathTime(Claim calldata c, bytes32 cm, bytes32 cid, Up[] calldata path) private view returns (uint256 total) {
        if (claims[cid].status == REFUTED) revert Refuted(cid);
        total = _unrivaled(cm, claims[cid].created);
        Claim calldata child = c;
        bytes32 childId = cid;
        for (uint256 j = 0; j < path.length; j++) {
            Claim calldata p = path[j].parent;
            (bytes32 pm, bytes32 pid) = _idc(p);
            Rec storage pr = claims[pid];
            if (pr.status == 0 || !_isParent(p, pm, pr, path[j], child, childId)) revert NotChild(j);
            total += _unrivaled(pm, pr.created);
            child = p;
            childId = pid;
        }
    }

    function _idc(Claim calldata c) private pure returns (bytes32 m, bytes32 id) {
        m = mutualOf(c);
        id = keccak256(abi.encodePacked(m, c.end, c.commit));
    }

    function _isParent(Claim calldata p, bytes32 pm, Rec storage pr, Up calldata up, Claim calldata c, bytes32 cid)
        private
        view
        returns (bool)
    {
        if (c.level == LEVEL_STEPS && c.height == height1 && c.pos == 0) {
            return p.level == LEVEL_BATCHES && p.height == 0 && pm == c.origin;
        }
        if (!pr.dissected || p.level != c.level || p.height != c.height + 1 || up.index >= k || !_nodeOk(p, up.node)) {
            return false;
        }
        (, bytes32 id) = _id(_child(p, up.node, up.index));
        return id == cid;
    }

    // ---------------------------------------------------------------------------------------------
    // Moves (dispute.Model)

    /// Cover: the assertions with parent `origin` cover `n` batches; level-0 positions from n on
    /// are padding. Once per origin, n ≤ k^height0. (The Rollup will be its only caller.)
    function cover(bytes32 origin, uint64 n) external {
        _onlyRollup();
        if (coveredPlusOne[origin] != 0 || n > k ** height0) revert Covered(origin, n);
        coveredPlusOne[origin] = n + 1;
    }

    function _padding(Claim calldata c) private view returns (bool) {
        uint64 n1 = coveredPlusOne[c.origin];
        return n1 != 0 && c.level == LEVEL_BATCHES && c.height == 0 && c.pos >= n1 - 1;
    }

    /// ConfirmPadding: a one-batch claim at a padding position that ends where it starts.
    function confirmPadding(Claim calldata c) external {
        (bytes32 m, bytes32 id) = _idc(c);
        Rec storage r = claims[id];
        if (r.status == 0) revert UnknownClaim(id);
        if (c.level != LEVEL_BATCHES || c.height != 0) revert WrongLevel();
        _live(r, m, id);
        if (!_padding(c) || c.end != c.start) revert NotPadding();
        _confirm(r, m, id);
    }

    /// Assert: a level-0 top claim, staked with the assertion bond (the Rollup makes it for an
    /// assertion).
    function assertClaim(Claim calldata c) external payable returns (bytes32 id) {
        _onlyRollup();
        if (
            c.level != LEVEL_BATCHES || c.pos != 0 || c.height != height0
                || c.startCtx != keccak256(abi.encodePacked(c.origin, c.start)) || c.commit == 0
        ) revert BadClaim();
        if (msg.value != stake0) revert WrongStake(msg.value, stake0);
        id = _create(c, uint64(block.number), stake0);
    }

    /// Dissect: records the dissection of a rivaled claim; its children's time runs from now.
    function dissect(Claim calldata c, bytes32[] calldata node) external {
        (bytes32 m, bytes32 id) = _idc(c);
        _dissect(m, id, c.height, c.commit, c.end, node);
    }

    function _dissect(bytes32 m, bytes32 id, uint8 height, bytes32 commit, bytes32 end, bytes32[] calldata node) private {
        Rec storage r = claims[id];
        if (r.status == 0) revert UnknownClaim(id);
        _checkNode(height, commit, end, node);
        _live(r, m, id);
        if (mutuals[m].count < 2) revert NotRivaled(id);
        if (!r.dissected) {
            r.dissected = true;
            r.dissectAt = uint64(block.number);
            emit Dissected(id, node);
        }
    }

    /// Open: makes child i of a dissected claim a claim; an existing one takes this parent's
    /// dissection time if earlier.
    function open(Claim calldata parent, bytes32[] calldata node, uint256 i) external returns (bytes32 id) {
        (id,) = _open(parent, node, i);
    }

    /// Answer: what a party does when a dissected rival first differs from its own dissected
    /// claim at child i, in one transaction: Open the rival's child i and its own, then, if
    /// `childNode` is not empty, Dissect its own child (now rivaled) with it.
    function answer(
        Claim calldata own,
        bytes32[] calldata ownNode,
        Claim calldata rival,
        bytes32[] calldata rivalNode,
        uint256 i,
        bytes32[] calldata childNode
    ) external {
        (bytes32 om, bytes32 oid) = _idc(own);
        if (claims[oid].status == 0) revert UnknownClaim(oid);
        (bytes32 rm, bytes32 rid) = _idc(rival);
        if (claims[rid].status == 0) revert UnknownClaim(rid);
        if (om != rm || oid == rid) revert BadClaim();
        _open(rival, rivalNode, i);
        (bytes32 cid, Claim memory c) = _open(own, ownNode, i);
        if (childNode.length != 0) {
            (bytes32 cm,) = _id(c);
            _dissect(cm, cid, c.height, c.commit, c.end, childNode);
        }
    }

    function _open(Claim calldata parent, bytes32[] calldata node, uint256 i) private returns (bytes32 id, Claim memory c) {
        (bytes32 pm, bytes32 pid) = _idc(parent);
        Rec storage p = claims[pid];
        if (p.status == 0) revert UnknownClaim(pid);
        if (!p.dissected) revert NotDissected(pid);
        _live(p, pm, pid);
        if (i >= k) revert BadClaim();
        _checkNode(parent, node);
        c = _child(parent, node, i);
        bytes32 m;
        (m, id) = _id(c);
        Rec storage r = claims[id];
        if (r.status != 0) {
            uint64 old = r.created;
            if (p.dissectAt < old) {
                r.created = p.dissectAt;
                _recount(m, old, p.dissectAt);
            }
            return (id, c);
        }
        id = _createMem(c, m, id, p.dissectAt, 0);
    }

    /// OpenLevel: the steps-level top claim of a rivaled one-batch claim, staked.
    function openLevel(Claim calldata from, bytes calldata endPreimage, bytes32 commit) external payable returns (bytes32 id) {
        (bytes32 fm, bytes32 fid) = _idc(from);
        Rec storage f = claims[fid];
        if (f.status == 0) revert UnknownClaim(fid);
        if (from.level != LEVEL_BATCHES || from.height != 0) revert WrongLevel();
        _live(f, fm, fid);
        if (mutuals[fm].count < 2) revert NotRivaled(fid);
        if (_padding(from)) revert Padding();
        (bytes32 end, bytes32 next) = _link(endPreimage);
        if (next != from.end) revert BadLink();
        bytes32 start = machine.start1(from.start);
        if (commit == 0) revert BadClaim();
        if (msg.value != stake1) revert WrongStake(msg.value, stake1);
        Claim memory c = Claim({
            level: LEVEL_STEPS,
            origin: fm,
            pos: 0,
            height: height1,
            startCtx: keccak256(abi.encodePacked(fm, start)),
            start: start,
            end: end,
            commit: commit
        });
        (bytes32 m, bytes32 cid) = _id(c);
        id = _createMem(c, m, cid, uint64(block.number), stake1);
    }

    function _link(bytes calldata endPreimage) private view returns (bytes32 end, bytes32 next) {
        try machine.link(endPreimage) returns (bytes32 e, bytes32 n) {
            return (e, n);
        } catch {
            revert BadLink();
        }
    }

    /// ProveStep: decides a one-step steps-level claim by running its step.
    function proveStep(Claim calldata c, bytes calldata pre, bytes calldata proof) external {
        (bytes32 m, bytes32 id) = _idc(c);
        Rec storage r = claims[id];
        if (r.status == 0) revert UnknownClaim(id);
        if (c.level != LEVEL_STEPS || c.height != 0) revert WrongLevel();
        _live(r, m, id);
        bytes32 preHash;
        bytes32 post;
        try machine.step(pre, proof) returns (bytes32 h, bytes32 p) {
            (preHash, post) = (h, p);
        } catch {
            revert WrongPreState(0, c.start);
        }
        if (preHash != c.start) revert WrongPreState(preHash, c.start);
        if (post != c.end) {
            r.status = REFUTED;
            emit ClaimRefuted(id);
            return;
        }
        _confirm(r, m, id);
    }

    /// ConfirmAll: the confirmations in order, in one transaction; all or nothing.
    function confirmAll(Conf[] calldata cs) external {
        if (cs.length == 0) revert BadClaim();
        for (uint256 j = 0; j < cs.length; j++) {
            Conf calldata f = cs[j];
            if (f.by == 0) _confirmByTime(f.c, f.path);
            else if (f.by == 1) _confirmByChildren(f.c, f.node, f.path);
            else if (f.by == 2) _confirmByLevel(f.c, f.lower);
            else revert BadClaim();
        }
    }

    /// ConfirmByTime: the claim's unrivaled time with its ancestors' reaches the challenge period.
    function confirmByTime(Claim calldata c, Up[] calldata path) external {
        _confirmByTime(c, path);
    }

    function _confirmByTime(Claim calldata c, Up[] calldata path) private {
        (bytes32 m, bytes32 id) = _idc(c);
        Rec storage r = claims[id];
        if (r.status == 0) revert UnknownClaim(id);
        _live(r, m, id);
        if (_padding(c) && c.end != c.start) revert Padding();
        uint256 total = _pathTime(c, m, id, path);
        if (total < challengePeriod) revert TooEarly(total, challengePeriod);
        _confirm(r, m, id);
    }

    /// ConfirmByChildren: every child confirmed, or never made (no claim in its mutual) with
    /// (now − dissection) + the claim's path time reaching the challenge period.
    function confirmByChildren(Claim calldata c, bytes32[] calldata node, Up[] calldata path) external {
        _confirmByChildren(c, node, path);
    }

    function _confirmByChildren(Claim calldata c, bytes32[] calldata node, Up[] calldata path) private {
        (bytes32 m, bytes32 id) = _idc(c);
        Rec storage r = claims[id];
        if (r.status == 0) revert UnknownClaim(id);
        if (!r.dissected) revert NotDissected(id);
        _live(r, m, id);
        _checkNode(c, node);
        uint256 virtualTime = type(uint256).max;
        for (uint256 i = 0; i < k; i++) {
            (bytes32 chm, bytes32 chid) = _id(_child(c, node, i));
            uint8 st = claims[chid].status;
            if (st != 0) {
                if (st != CONFIRMED) revert ChildPending(i);
                continue;
            }
            if (mutuals[chm].count != 0) revert ChildPending(i);
            if (virtualTime == type(uint256).max) {
                virtualTime = block.number - r.dissectAt + _pathTime(c, m, id, path);
            }
            if (virtualTime < challengePeriod) revert TooEarly(virtualTime, challengePeriod);
        }
        _confirm(r, m, id);
    }

    /// ConfirmByLevel: a one-batch claim whose steps-level top claim is confirmed.
    function confirmByLevel(Claim calldata c, Claim calldata lower) external {
        _confirmByLevel(c, lower);
    }

    function _confirmByLevel(Claim calldata c, Claim calldata lower) private {
        (bytes32 m, bytes32 id) = _idc(c);
        Rec storage r = claims[id];
        if (r.status == 0) revert UnknownClaim(id);
        (, bytes32 lid) = _idc(lower);
        uint8 ls = claims[lid].status;
        if (ls == 0) revert UnknownClaim(lid);
        if (
            c.level != LEVEL_BATCHES || c.height != 0 || lower.level != LEVEL_STEPS || lower.height != height1
                || lower.pos != 0 || lower.origin != m
        ) revert LevelNotOpened();
        _live(r, m, id);
        if (ls != CONFIRMED) revert ChildPending(0);
        _confirm(r, m, id);
    }

    /// Settle: pays out a staked claim whose mutual is decided (credited; see withdraw).
    function settle(bytes32 id) external {
        if (claims[id].status == 0) revert UnknownClaim(id);
        Stake storage s = stakes[id];
        if (s.staker == address(0)) revert NoStake(id);
        bytes32 win = winner[s.mutual];
        if (win == 0) revert Undecided(s.mutual);
        uint256 amount = s.amount;
        if (amount == 0) revert NoStake(id);
        s.amount = 0;
        held -= amount;
        if (win == id) {
            credit[s.staker] += amount;
            return;
        }
        uint256 r = amount < reward ? amount : reward;
        credit[stakes[win].staker] += r;
        credit[receiver] += amount - r;
    }

    /// Withdraws the caller's credit.
    function withdraw() external {
        uint256 amount = credit[msg.sender];
        credit[msg.sender] = 0;
        (bool ok,) = msg.sender.call{value: amount}("");
        if (!ok) revert TransferFailed();
    }

    // ---------------------------------------------------------------------------------------------
    // Internals

    function _live(Rec storage r, bytes32 m, bytes32 id) private view {
        if (r.status == REFUTED) revert Refuted(id);
        if (r.status == CONFIRMED || winner[m] != 0) revert Decided(m);
    }

    function _create(Claim calldata c, uint64 created, uint256 stake) private returns (bytes32 id) {
        (bytes32 m, bytes32 cid) = _idc(c);
        return _createMem(c, m, cid, created, stake);
    }

    function _createMem(Claim memory c, bytes32 m, bytes32 id, uint64 created, uint256 stake) private returns (bytes32) {
        if (claims[id].status != 0) revert ClaimExists(id);
        if (winner[m] != 0) revert Decided(m);
        claims[id] = Rec({created: created, dissectAt: 0, status: PENDING, dissected: false});
        Mutual storage mu = mutuals[m];
        if (mu.count == 0) {
            mu.first0 = created;
            mu.first1 = NONE;
        } else if (created < mu.first0) {
            mu.first1 = mu.first0;
            mu.first0 = created;
        } else if (created < mu.first1) {
            mu.first1 = created;
        }
        mu.count += 1;
        if (stake > 0) {
            stakes[id] = Stake({staker: msg.sender, amount: uint96(stake), mutual: m});
            held += stake;
        }
        emit ClaimMade(id, m, c, created);
        return id;
    }

    /// A claim's created time moved back from `old` to `t`: update the mutual's two smallest
    /// times exactly, from `old` alone. If `old` was the smallest, `t` replaces it (a tie there
    /// means the second is `old` too, still right). If it was the second, `t` replaces it, in
    /// order. Otherwise `t` enters as a new time would.
    function _recount(bytes32 m, uint64 old, uint64 t) private {
        Mutual storage mu = mutuals[m];
        if (old == mu.first0) {
            mu.first0 = t;
        } else if (old != mu.first1 && t >= mu.first1) {
            return;
        } else if (t < mu.first0) {
            mu.first1 = mu.first0;
            mu.first0 = t;
        } else {
            mu.first1 = t;
        }
    }

    function _confirm(Rec storage r, bytes32 m, bytes32 id) private {
        r.status = CONFIRMED;
        winner[m] = id;
        emit ClaimConfirmed(id, m);
    }
}
