// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// @title FixedPoint
/// @notice The integer-only requantization arithmetic of the fraudvm (docs/spec/fraudvm.md §4,
/// "Arithmetic"), line for line as fraudvm/isa/arith.go defines it. Intermediates are int256,
/// `>>` on a signed operand is an arithmetic shift, and `int32(x)` of an int256 keeps the low 32
/// bits: the spec's "wraps to 32 bits".
library FixedPoint {
    /// The most negative shift (largest right shift) REQUANT and ADD accept; v1 has no left shifts.
    int256 internal constant MIN_SHIFT = -31;
    /// ADD's fixed input left shift (TFLite's value for 8-bit inputs).
    uint256 internal constant ADD_LEFT_SHIFT = 20;

    /// ADD's immediates (fraudvm/isa/params.go AddParams).
    struct AddParams {
        int256 offA;
        int256 offB;
        int32 mulA;
        int8 shiftA;
        int32 mulB;
        int8 shiftB;
        int32 mulOut;
        int8 shiftOut;
        int8 zeroOut;
        int8 lo;
        int8 hi;
    }

    /// @notice gemmlowp's SaturatingRoundingDoublingHighMul: round(a·b / 2^31), saturating the one
    /// overflowing case INT32_MIN·INT32_MIN. (a·b + 2^30) >> 31 with an arithmetic shift equals the
    /// sign-dependent nudge followed by truncating division for every a, b.
    function srdhm(int32 a, int32 b) internal pure returns (int32) {
        if (a == type(int32).min && b == type(int32).min) {
            return type(int32).max;
        }
        return int32((int256(a) * int256(b) + (1 << 30)) >> 31);
    }

    /// @notice gemmlowp's RoundingDivideByPOT: x / 2^e rounded to nearest, ties away from zero.
    /// @dev e must be in [0, 31] (callers check shifts first).
    function rdbpot(int32 x, uint256 e) internal pure returns (int32) {
        if (e == 0) {
            return x;
        }
        int256 x64 = x;
        int256 q = x64 >> e;
        int256 r = x64 - (q << e);
        int256 h = int256(1) << (e - 1);
        if (r > h || (r == h && x64 >= 0)) {
            q += 1;
        }
        return int32(q);
    }

    /// @notice TFLite's MultiplyByQuantizedMultiplierSmallerThanOneExp for shift ≤ 0:
    /// RDBPOT(SRDHM(x, m), −shift).
    /// @dev shift must be in [MIN_SHIFT, 0] (callers check).
    function mbqm(int32 x, int32 m, int8 shift) internal pure returns (int32) {
        return rdbpot(srdhm(x, m), uint256(-int256(shift)));
    }

    /// @notice Clamps v to [lo, hi]; with lo > hi the result is hi (as isa.Clamp8).
    function clamp8(int256 v, int8 lo, int8 hi) internal pure returns (int8) {
        if (v < lo) {
            v = lo;
        }
        if (v > hi) {
            v = hi;
        }
        return int8(v);
    }

    /// @notice clamp(MBQM(int32(acc + bias), m, shift) + zp, lo, hi): REQUANT of one element.
    function requant(int32 acc, int32 bias, int32 m, int8 shift, int8 zp, int8 lo, int8 hi)
        internal
        pure
        returns (int8)
    {
        int32 x = mbqm(int32(int256(acc) + int256(bias)), m, shift);
        return clamp8(int256(x) + int256(zp), lo, hi);
    }

    /// @notice One element of ADD (TFLite's quantized add for int8 inputs):
    ///   sa = int32((a + offA) << 20), sb likewise;
    ///   sum = int32(MBQM(sa, mulA, shiftA) + MBQM(sb, mulB, shiftB));
    ///   clamp(MBQM(sum, mulOut, shiftOut) + zeroOut, lo, hi).
    function add(int8 a, int8 b, AddParams memory p) internal pure returns (int8) {
        int32 sa = int32((int256(a) + p.offA) << ADD_LEFT_SHIFT);
        int32 sb = int32((int256(b) + p.offB) << ADD_LEFT_SHIFT);
        int32 sum = int32(int256(mbqm(sa, p.mulA, p.shiftA)) + int256(mbqm(sb, p.mulB, p.shiftB)));
        int32 out = mbqm(sum, p.mulOut, p.shiftOut);
        return clamp8(int256(out) + int256(p.zeroOut), p.lo, p.hi);
    }
}
