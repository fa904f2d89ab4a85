// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {FixedPoint} from "../lib/FixedPoint.sol";

/// @title FixedPointHarness
/// @notice Test-only: exposes the FixedPoint library so that fraudvm/tests can compare it with
/// fraudvm/isa/arith.go on edge values directly, not only through whole steps. Never deployed
/// outside tests. Each function takes a batch, to keep the EVM call overhead out of the loop.
contract FixedPointHarness {
    function srdhm(int32[] calldata a, int32[] calldata b) external pure returns (int32[] memory out) {
        out = new int32[](a.length);
        for (uint256 i = 0; i < a.length; i++) {
            out[i] = FixedPoint.srdhm(a[i], b[i]);
        }
    }

    function rdbpot(int32[] calldata x, uint8[] calldata e) external pure returns (int32[] memory out) {
        out = new int32[](x.length);
        for (uint256 i = 0; i < x.length; i++) {
            out[i] = FixedPoint.rdbpot(x[i], e[i]);
        }
    }

    /// One REQUANT per element: p[i] = (acc, bias, m, shift, zp, lo, hi).
    function requant(int32[7][] calldata p) external pure returns (int8[] memory out) {
        out = new int8[](p.length);
        for (uint256 i = 0; i < p.length; i++) {
            int32[7] calldata q = p[i];
            out[i] = FixedPoint.requant(q[0], q[1], q[2], int8(q[3]), int8(q[4]), int8(q[5]), int8(q[6]));
        }
    }

    /// One ADD per element: p[i] = (a, b, offA, offB, mulA, shiftA, mulB, shiftB, mulOut,
    /// shiftOut, zeroOut, lo, hi).
    function add(int32[13][] calldata p) external pure returns (int8[] memory out) {
        out = new int8[](p.length);
        for (uint256 i = 0; i < p.length; i++) {
            int32[13] calldata q = p[i];
            FixedPoint.AddParams memory ap = FixedPoint.AddParams({
                offA: q[2],
                offB: q[3],
                mulA: q[4],
                shiftA: int8(q[5]),
                mulB: q[6],
                shiftB: int8(q[7]),
                mulOut: q[8],
                shiftOut: int8(q[9]),
                zeroOut: int8(q[10]),
                lo: int8(q[11]),
                hi: int8(q[12])
            });
            out[i] = FixedPoint.add(int8(q[0]), int8(q[1]), ap);
        }
    }
}
