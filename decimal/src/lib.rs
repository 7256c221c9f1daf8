//! `System.Decimal` — its representation and arithmetic exactly as .NET Core
//! 3.1 computes them.
//!
//! ECMA-335 (Partition I, 8.2.2) does not count `System.Decimal` among the
//! CLI's built-in types: it is a class-library value type, the execution
//! engine has no instructions for it, and every operation on it is an
//! ordinary library call. Both the compiler (constant folding, where C#
//! requires decimal constant expressions to be evaluated at compile time)
//! and the runtime (the native implementations of `decimal`'s operators and
//! conversions) therefore have to agree bit for bit with the reference
//! library, and this crate is the one place both take their answers from.
//!
//! # Representation
//!
//! A decimal is `(-1)^sign × coefficient / 10^scale` where the coefficient is
//! an unsigned 96-bit integer and the scale is 0..=28. The 96 bits are split
//! into three 32-bit words and a fourth word holds the sign (bit 31) and the
//! scale (bits 16..23); every other flag bit must be zero. .NET Core orders
//! the fields `flags, hi, lo, mid`, and [`Decimal`] keeps that order with
//! `#[repr(C)]` so the runtime can read a boxed or stack C# decimal in place.
//!
//! The representation is not canonical: `1`, `1.0` and `1.00` are different
//! bit patterns (coefficients 1, 10, 100 with scales 0, 1, 2) that compare
//! equal, print differently, and propagate their scale through arithmetic
//! (`1.0 * 2.00 = 2.000`). There is also a negative zero, which compares equal
//! to zero, prints as `0`, and is produced by some operations
//! (`1.0 - 1 = -0.0`, `decimal.Truncate(-0.5m)`), so the sign of every zero
//! result matters for bit-exactness and is reproduced here.
//!
//! # Rounding rules, in brief
//!
//! * Addition, subtraction and multiplication compute the exact result at the
//!   natural scale (the larger scale for `+`/`-`, the sum of the scales for
//!   `*`). If its coefficient needs more than 96 bits or its scale exceeds 28,
//!   the fewest possible decimal digits are dropped, rounding half to even;
//!   when even scale 0 does not fit, the operation overflows. (A product
//!   with a zero operand is a plain positive zero unless both coefficients
//!   fit in 32 bits, in which case it keeps the sign and, within limits,
//!   the scale.)
//! * Division yields the exact quotient at scale `s1 - s2` (raised to 0 if
//!   negative) when the coefficients divide evenly. Otherwise the quotient is
//!   developed to as many digits as fit in 96 bits (at most scale 28), rounded
//!   half to even, and then trailing zeros are removed (never below scale 0).
//! * The remainder `x % y` has the sign of `x` and the larger scale, except
//!   that an `x` smaller in magnitude than `y` (or zero) is returned
//!   unchanged. It is exact but for rare operands where .NET Core 3.1's long
//!   division goes wrong; those wrong answers are reproduced (see `rem`).
//! * Conversions from `double`/`float` first round the binary value to 15
//!   (resp. 7) significant decimal digits using double-precision arithmetic,
//!   then drop trailing zeros. Conversion to `double` is *not* correctly
//!   rounded: it mirrors the x64 instruction sequence the reference library
//!   runs, including the double rounding of 64-bit unsigned conversion.
//! * Parsing keeps as many leading digits as fit in 96 bits, with at most 28
//!   after the point, rounding on the first dropped digit half to even with
//!   all later digits taken into account.
//!
//! The arithmetic lives in `arith` (with the remainder, and its one .NET
//! Core 3.1 defect, in `rem`), conversions in `convert`, parsing in `parse`;
//! `wide` is a small 192-bit helper for intermediate products.

mod arith;
mod convert;
mod parse;
mod rem;
mod wide;

#[cfg(test)]
mod tests;

use core::cmp::Ordering;
use core::fmt;

/// A `System.Decimal` value, laid out like .NET Core's struct so that the
/// runtime can read and write C# decimals in place.
///
/// `flags`: bit 31 is the sign, bits 16..23 the scale (0..=28), all other
/// bits zero. The coefficient is `hi:mid:lo`, most significant word first.
#[repr(C)]
#[derive(Clone, Copy, Debug, Default)]
pub struct Decimal {
    /// Sign (bit 31) and scale (bits 16..23).
    pub flags: u32,
    /// Bits 64..95 of the coefficient.
    pub hi: u32,
    /// Bits 0..31 of the coefficient.
    pub lo: u32,
    /// Bits 32..63 of the coefficient.
    pub mid: u32,
}

/// Why an operation has no decimal result; the runtime maps these onto
/// `System.OverflowException` and `System.DivideByZeroException`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Error {
    /// The result is outside ±79228162514264337593543950335
    /// (`OverflowException`).
    Overflow,
    /// Division or remainder by zero (`DivideByZeroException`).
    DivideByZero,
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Error::Overflow => "Value was either too large or too small for a Decimal.",
            Error::DivideByZero => "Attempted to divide by zero.",
        })
    }
}

impl std::error::Error for Error {}

/// `System.MidpointRounding` as of .NET Core 3.0, in declaration order (the
/// discriminants are the enum's integer values).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Rounding {
    /// To nearest; ties to the even neighbour ("banker's rounding").
    ToEven = 0,
    /// To nearest; ties away from zero.
    AwayFromZero = 1,
    /// Toward zero (truncation).
    ToZero = 2,
    /// Toward negative infinity (floor).
    ToNegativeInfinity = 3,
    /// Toward positive infinity (ceiling).
    ToPositiveInfinity = 4,
}

impl Rounding {
    /// The mode for a `MidpointRounding` integer value; `None` where .NET
    /// throws `ArgumentException` for an undefined value.
    pub fn from_i32(v: i32) -> Option<Rounding> {
        Some(match v {
            0 => Rounding::ToEven,
            1 => Rounding::AwayFromZero,
            2 => Rounding::ToZero,
            3 => Rounding::ToNegativeInfinity,
            4 => Rounding::ToPositiveInfinity,
            _ => return None,
        })
    }
}

const SIGN_MASK: u32 = 0x8000_0000;
const SCALE_MASK: u32 = 0x00FF_0000;
const SCALE_SHIFT: u32 = 16;
/// Largest scale a decimal can carry.
pub(crate) const MAX_SCALE: u32 = 28;
/// 2^96: one past the largest coefficient.
pub(crate) const COEF_LIMIT: u128 = 1 << 96;

/// 10^n for n in 0..=38 (all powers that fit in a u128).
pub(crate) const fn pow10(n: u32) -> u128 {
    let mut r: u128 = 1;
    let mut i = 0;
    while i < n {
        r *= 10;
        i += 1;
    }
    r
}

impl Decimal {
    /// 0 (positive, scale 0): `default(decimal)`.
    pub const ZERO: Decimal = Decimal {
        flags: 0,
        hi: 0,
        lo: 0,
        mid: 0,
    };
    /// 1
    pub const ONE: Decimal = Decimal {
        flags: 0,
        hi: 0,
        lo: 1,
        mid: 0,
    };
    /// -1
    pub const MINUS_ONE: Decimal = Decimal {
        flags: SIGN_MASK,
        hi: 0,
        lo: 1,
        mid: 0,
    };
    /// 79228162514264337593543950335
    pub const MAX: Decimal = Decimal {
        flags: 0,
        hi: u32::MAX,
        lo: u32::MAX,
        mid: u32::MAX,
    };
    /// -79228162514264337593543950335
    pub const MIN: Decimal = Decimal {
        flags: SIGN_MASK,
        hi: u32::MAX,
        lo: u32::MAX,
        mid: u32::MAX,
    };

    /// `(-1)^negative × coefficient / 10^scale`.
    ///
    /// # Panics
    /// If `coefficient >= 2^96` or `scale > 28`.
    pub fn new(coefficient: u128, scale: u32, negative: bool) -> Decimal {
        assert!(coefficient < COEF_LIMIT, "decimal coefficient exceeds 96 bits");
        assert!(scale <= MAX_SCALE, "decimal scale exceeds 28");
        Decimal::from_raw(coefficient, scale, negative)
    }

    /// Unchecked construction for values the arithmetic has already
    /// brought into range.
    pub(crate) const fn from_raw(coefficient: u128, scale: u32, negative: bool) -> Decimal {
        debug_assert!(coefficient < COEF_LIMIT && scale <= MAX_SCALE);
        Decimal {
            flags: (scale << SCALE_SHIFT) | if negative { SIGN_MASK } else { 0 },
            hi: (coefficient >> 64) as u32,
            lo: coefficient as u32,
            mid: (coefficient >> 32) as u32,
        }
    }

    /// `new decimal(int lo, int mid, int hi, bool isNegative, byte scale)`;
    /// `None` where .NET throws `ArgumentOutOfRangeException` (scale > 28).
    pub fn from_parts(lo: i32, mid: i32, hi: i32, negative: bool, scale: u8) -> Option<Decimal> {
        if scale as u32 > MAX_SCALE {
            return None;
        }
        Some(Decimal {
            flags: ((scale as u32) << SCALE_SHIFT) | if negative { SIGN_MASK } else { 0 },
            hi: hi as u32,
            lo: lo as u32,
            mid: mid as u32,
        })
    }

    /// The raw fields, validated like `new decimal(int[] bits)`: `None`
    /// (.NET's `ArgumentException`) if any flag bit other than the sign and
    /// the scale is set, or the scale exceeds 28.
    pub fn from_bits(flags: u32, hi: u32, lo: u32, mid: u32) -> Option<Decimal> {
        let valid = flags & !(SIGN_MASK | SCALE_MASK) == 0 && (flags & SCALE_MASK) >> SCALE_SHIFT <= MAX_SCALE;
        valid.then_some(Decimal { flags, hi, lo, mid })
    }

    /// The 96-bit unsigned coefficient.
    pub fn coefficient(self) -> u128 {
        (self.hi as u128) << 64 | (self.mid as u128) << 32 | self.lo as u128
    }

    /// Number of decimal digits after the point, 0..=28.
    pub fn scale(self) -> u32 {
        (self.flags & SCALE_MASK) >> SCALE_SHIFT
    }

    /// The sign bit; true for negative zero as well.
    pub fn is_negative(self) -> bool {
        self.flags & SIGN_MASK != 0
    }

    /// True for every zero, whatever its sign and scale.
    pub fn is_zero(self) -> bool {
        self.lo | self.mid | self.hi == 0
    }

    /// `-d`: flips the sign bit only (so `-0m` is a negative zero), as
    /// `decimal.Negate` does.
    pub fn negate(self) -> Decimal {
        Decimal {
            flags: self.flags ^ SIGN_MASK,
            ..self
        }
    }
}

impl PartialEq for Decimal {
    fn eq(&self, other: &Decimal) -> bool {
        self.compare(*other) == Ordering::Equal
    }
}

impl Eq for Decimal {}

impl PartialOrd for Decimal {
    fn partial_cmp(&self, other: &Decimal) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Decimal {
    fn cmp(&self, other: &Decimal) -> Ordering {
        self.compare(*other)
    }
}

impl core::hash::Hash for Decimal {
    /// Consistent with `Eq`: .NET's hash code strips trailing zeros first,
    /// so equal values (1.0 and 1.00, 0 and -0) hash alike.
    fn hash<H: core::hash::Hasher>(&self, state: &mut H) {
        state.write_i32(self.hash_code());
    }
}

impl fmt::Display for Decimal {
    /// What `decimal.ToString()` prints in the invariant culture: every
    /// coefficient digit with the point placed by the scale ("1.50",
    /// "-0.001"). A zero prints its scale's zeros but never a minus sign
    /// (`-0.00m` prints "0.00"), matching .NET's general formatting which
    /// drops the sign when there are no significant digits.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let coefficient = self.coefficient();
        let scale = self.scale() as usize;
        let mut out = String::with_capacity(32);
        if coefficient == 0 {
            out.push('0');
            if scale > 0 {
                out.push('.');
                out.extend(core::iter::repeat_n('0', scale));
            }
        } else {
            if self.is_negative() {
                out.push('-');
            }
            let digits = coefficient.to_string();
            if digits.len() > scale {
                let (int_part, frac_part) = digits.split_at(digits.len() - scale);
                out.push_str(int_part);
                if !frac_part.is_empty() {
                    out.push('.');
                    out.push_str(frac_part);
                }
            } else {
                out.push_str("0.");
                out.extend(core::iter::repeat_n('0', scale - digits.len()));
                out.push_str(&digits);
            }
        }
        f.pad(&out)
    }
}
