//! Conversions between decimal and the integer and binary floating-point
//! types, as .NET Core 3.1 performs them (`VarDecFromR8`, `VarDecFromR4`,
//! `VarR8FromDec` and the integer constructors of `System.Decimal`).

use crate::arith::strip_trailing_zeros;
use crate::{COEF_LIMIT, Decimal, Error, MAX_SCALE, pow10};

/// The double-precision powers of ten .NET's conversions multiply and divide
/// by (1e23 and above are the nearest doubles, not exact powers).
const POW10_F64: [f64; 29] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20,
    1e21, 1e22, 1e23, 1e24, 1e25, 1e26, 1e27, 1e28,
];

/// 2^64 as a double.
const TWO_POW_64: f64 = 18446744073709551616.0;

/// `(double)ulong` as RyuJIT compiles it on x64 (the code the reference
/// library actually runs): the bits are converted as a *signed* 64-bit
/// integer and 2^64 is added back when the top bit was set. That second
/// addition rounds again, so the result is not always the correctly rounded
/// one (the JIT keeps this sequence for backward compatibility).
fn u64_to_f64_x64(v: u64) -> f64 {
    let signed = v as i64;
    if signed < 0 {
        signed as f64 + TWO_POW_64
    } else {
        v as f64
    }
}

/// Decimal digits `(exp * 19728) >> 16` approximates: the power-of-ten
/// estimate of a binary exponent (19728 / 2^16 ≈ log10 2), floored.
fn log10_estimate(exp: i32) -> i32 {
    (exp * 19728) >> 16
}

/// The shared tail of the float conversions: `mant` (already rounded to
/// the target number of digits) times 10^-power. A non-negative power
/// becomes the scale, after dropping up to `max_strip` trailing zeros (never
/// more than the scale); a negative power multiplies the mantissa out, which
/// can overflow.
fn finish_float(mant: u64, power: i32, max_strip: u32, negative: bool) -> Result<Decimal, Error> {
    if mant == 0 {
        return Ok(Decimal::ZERO);
    }
    if power < 0 {
        let c = mant as u128 * pow10((-power) as u32);
        if c >= COEF_LIMIT {
            return Err(Error::Overflow);
        }
        return Ok(Decimal::from_raw(c, 0, negative));
    }
    let power = power as u32;
    let limit = power.min(max_strip);
    let (c, stripped_scale) = strip_trailing_zeros(mant as u128, limit);
    Ok(Decimal::from_raw(c, power - (limit - stripped_scale), negative))
}

impl Decimal {
    /// `new decimal(long)` (also used for the smaller signed types): scale 0.
    pub fn from_i64(v: i64) -> Decimal {
        Decimal::from_raw(v.unsigned_abs() as u128, 0, v < 0)
    }

    /// `new decimal(ulong)` (also used for the smaller unsigned types).
    pub fn from_u64(v: u64) -> Decimal {
        Decimal::from_raw(v as u128, 0, false)
    }

    /// `(decimal)double` (`new decimal(double)`): the value rounded to 15
    /// significant digits — computed in double arithmetic exactly as .NET
    /// does, so the rounding is that of the scaled double, not of the exact
    /// binary value — with trailing zeros removed. NaN, infinities and
    /// magnitudes of 2^96 or more overflow; values too small for scale 28
    /// become a positive zero (a negative zero input gives positive zero
    /// too).
    pub fn from_f64(v: f64) -> Result<Decimal, Error> {
        // Binary exponent of the value in [0.5, 1) form: v = m·2^exp.
        let exp = ((v.to_bits() >> 52) & 0x7FF) as i32 - 1022;
        // 10^28 is just above 2^93, so anything below 2^-95 rounds to zero
        // at scale 28; subnormals land here too.
        if exp < -94 {
            return Ok(Decimal::ZERO);
        }
        // Also catches NaN and infinity (exponent field all ones).
        if exp > 96 {
            return Err(Error::Overflow);
        }
        let negative = v < 0.0;
        let mut dbl = v.abs();

        // Scale to a 15-digit integer, by at most 10^28.
        let mut power = 14 - log10_estimate(exp);
        if power >= 0 {
            power = power.min(MAX_SCALE as i32);
            dbl *= POW10_F64[power as usize];
        } else if power != -1 || dbl >= 1e15 {
            dbl /= POW10_F64[(-power) as usize];
        } else {
            power = 0;
        }
        // The estimate can be one digit short.
        if dbl < 1e14 && power < MAX_SCALE as i32 {
            dbl *= 10.0;
            power += 1;
        }
        let mant = dbl.round_ties_even() as i64 as u64;
        finish_float(mant, power, 14, negative)
    }

    /// `(decimal)float`: like [`Decimal::from_f64`] but to 7 significant
    /// digits (the float is widened to double for the scaling).
    pub fn from_f32(v: f32) -> Result<Decimal, Error> {
        let exp = ((v.to_bits() >> 23) & 0xFF) as i32 - 126;
        if exp < -94 {
            return Ok(Decimal::ZERO);
        }
        if exp > 96 {
            return Err(Error::Overflow);
        }
        let negative = v < 0.0;
        let mut dbl = v.abs() as f64;

        let mut power = 6 - log10_estimate(exp);
        if power >= 0 {
            power = power.min(MAX_SCALE as i32);
            dbl *= POW10_F64[power as usize];
        } else if power != -1 || dbl >= 1e7 {
            dbl /= POW10_F64[(-power) as usize];
        } else {
            power = 0;
        }
        if dbl < 1e6 && power < MAX_SCALE as i32 {
            dbl *= 10.0;
            power += 1;
        }
        let mant = dbl.round_ties_even() as i32 as u32;
        finish_float(mant as u64, power, 6, negative)
    }

    /// `(double)decimal` of .NET Core 3.1 on x64:
    /// `((double)low64 + (double)hi · 2^64) / 10^scale`, negated for a
    /// negative sign (so a negative zero gives -0.0). Each step rounds, and
    /// the 64-bit conversion itself double-rounds (see `u64_to_f64_x64`),
    /// so this is not always the double nearest to the decimal.
    pub fn to_f64(self) -> f64 {
        let low64 = (self.mid as u64) << 32 | self.lo as u64;
        let v = (u64_to_f64_x64(low64) + self.hi as f64 * TWO_POW_64) / POW10_F64[self.scale() as usize];
        if self.is_negative() { -v } else { v }
    }

    /// `(float)decimal`: .NET converts to double first and then narrows,
    /// so this rounds twice, like the reference.
    pub fn to_f32(self) -> f32 {
        self.to_f64() as f32
    }

    /// The integral part, rounded toward zero. Callers range-check it for
    /// the narrower integer conversions (which throw `OverflowException`).
    pub fn truncate_to_i128(self) -> i128 {
        let v = (self.coefficient() / pow10(self.scale())) as i128;
        if self.is_negative() { -v } else { v }
    }
}

impl From<i32> for Decimal {
    fn from(v: i32) -> Decimal {
        Decimal::from_i64(v as i64)
    }
}

impl From<u32> for Decimal {
    fn from(v: u32) -> Decimal {
        Decimal::from_u64(v as u64)
    }
}

impl From<i64> for Decimal {
    fn from(v: i64) -> Decimal {
        Decimal::from_i64(v)
    }
}

impl From<u64> for Decimal {
    fn from(v: u64) -> Decimal {
        Decimal::from_u64(v)
    }
}
