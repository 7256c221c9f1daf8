//! `decimal.Remainder` as .NET Core 3.1 computes it.
//!
//! The result is `x - y·trunc(x/y)` with the sign of `x` and the larger of
//! the two scales, and in almost every case it is exact. The exception is a
//! defect in the reference implementation (`VarDecModFull`): when the
//! divisor's coefficient needs more than 64 bits and the dividend has to be
//! rescaled to the divisor's larger scale beyond what 96 bits hold, .NET runs
//! a word-by-word long division whose quotient-digit estimate assumes the
//! running remainder's top word is smaller than the divisor's. Chaining the
//! steps 32 bits at a time breaks that assumption occasionally (mostly for
//! "round" inputs such as `79228162514264337593543950334m % 1.0000000000000000000000000000m`,
//! which .NET answers with 0.2774645161159622109968728064 instead of 0).
//! Since compiled constants and runtime results must match .NET bit for bit,
//! that long division is reproduced step by step here, flaw included.

use core::cmp::Ordering;

use crate::arith::{cmp_magnitude, max_fitting_power};
use crate::{COEF_LIMIT, Decimal, Error, pow10};

const MASK64: u128 = (1 << 64) - 1;

impl Decimal {
    /// `d1 % d2` (`decimal.Remainder`); see above for the cases where .NET
    /// Core 3.1's answer is not the exact remainder.
    pub fn rem(self, o: Decimal) -> Result<Decimal, Error> {
        remainder(self, o)
    }
}

fn remainder(x: Decimal, y: Decimal) -> Result<Decimal, Error> {
    let (a, b) = (x.coefficient(), y.coefficient());
    if b == 0 {
        return Err(Error::DivideByZero);
    }
    if a == 0 {
        return Ok(x);
    }
    let (sa, sb) = (x.scale(), y.scale());
    let negative = x.is_negative();
    match cmp_magnitude(a, sa, b, sb) {
        // Equal magnitudes: a zero with the larger scale and x's sign.
        Ordering::Equal => return Ok(Decimal::from_raw(0, sa.max(sb), negative)),
        // |x| < |y|: x itself, scale untouched.
        Ordering::Less => return Ok(x),
        Ordering::Greater => {}
    }
    let r = if sa >= sb {
        // |y| <= |x|, so y's coefficient rescaled to x's scale still fits,
        // and a 96-bit by 96-bit remainder is always computed correctly.
        a % (b * pow10(sa - sb))
    } else {
        rescaled_dividend_remainder(a, b, sa as i32 - sb as i32)
    };
    Ok(Decimal::from_raw(r, sa.max(sb), negative))
}

/// `(a·10^-scale) mod b` for `scale < 0`, following .NET's order of work:
/// raise the dividend's scale as far as 96 bits allow (nine digits at a
/// time), reduce it modulo a divisor of at most 32 bits and repeat, or hand
/// the rest to a long division.
fn rescaled_dividend_remainder(a: u128, b: u128, mut scale: i32) -> u128 {
    let mut q = a;
    loop {
        while scale < 0 {
            let step = max_fitting_power(q).min((-scale) as u32);
            if step == 0 {
                break;
            }
            q *= pow10(step);
            scale += step as i32;
            if step < 9 {
                break;
            }
        }
        if q >> 64 == 0 {
            // A dividend this small has been rescaled completely.
            return q % b;
        }
        if b >> 32 == 0 {
            q %= b;
            if scale >= 0 {
                return q;
            }
            continue;
        }
        if scale == 0 {
            return q % b;
        }
        if b >> 64 == 0 {
            // A 64-bit divisor is handled by a correct long division.
            return exact_scaled_remainder(q, b, scale);
        }
        return flawed_long_remainder(q, b, scale);
    }
}

/// `(q·10^-scale) mod b`, raising the power a few digits at a time so the
/// running remainder times 10^9 stays within u128.
fn exact_scaled_remainder(q: u128, b: u128, scale: i32) -> u128 {
    let mut r = q % b;
    let mut digits = (-scale) as u32;
    while digits > 0 {
        let step = digits.min(9);
        r = r * pow10(step) % b;
        digits -= step;
    }
    r
}

/// The remainder of `q·10^-scale` by a divisor wider than 64 bits, computed
/// as .NET Core 3.1 does it: both operands are shifted left until the
/// divisor's top bit is set, the dividend is multiplied out to as many as
/// seven 32-bit words (kept with its top bit clear), and the remainder is
/// then developed one word at a time by `long_division_step`.
fn flawed_long_remainder(q: u128, b: u128, mut scale: i32) -> u128 {
    let shift = ((b >> 64) as u32).leading_zeros();
    let divisor = b << shift;

    let mut words = [0u32; 7];
    let shifted = q << shift; // q < 2^96, so this stays below 2^127
    for (i, w) in words.iter_mut().take(4).enumerate() {
        *w = (shifted >> (32 * i)) as u32;
    }
    let mut top = 3;
    while scale < 0 {
        let power = pow10(((-scale) as u32).min(9)) as u64;
        let mut last = 0u64;
        for w in words.iter_mut().take(top + 1) {
            last = (*w as u64) * power + (last >> 32);
            *w = last as u32;
        }
        // A new top word is added whenever the old one would have its high
        // bit set, so the first quotient digit always fits in 32 bits.
        if last > i32::MAX as u64 {
            top += 1;
            words[top] = (last >> 32) as u32;
        }
        scale += 9;
    }

    // The top four words form the first window; each later window is the
    // 96-bit remainder so far with the next word appended below it.
    let mut rem = (words[top] as u128) << 64 | (words[top - 1] as u128) << 32 | words[top - 2] as u128;
    for i in (0..top - 2).rev() {
        rem = long_division_step(rem << 32 | words[i] as u128, divisor);
    }
    rem >> shift
}

/// One step of .NET's 128-by-96-bit division (`Div128By96`), returning the
/// new 96-bit remainder. The quotient digit is estimated from the top 64 bits
/// of `window` divided by the divisor's top word and truncated to 32 bits,
/// the partial remainder is formed in 96-bit wrapping arithmetic, and the
/// divisor is added back until that addition carries out of 96 bits.
///
/// This is exact when the window's top word is below the divisor's, which
/// the first step guarantees. Later steps can start with equal top words;
/// then the true digit is 2^32 or more, the truncated estimate is wrong, and
/// the "remainder" comes out wrong in exactly the way .NET's does.
fn long_division_step(window: u128, divisor: u128) -> u128 {
    let top = (window >> 64) as u64;
    let d_top = (divisor >> 64) as u64;
    if top < d_top {
        // Digit 0: the low 96 bits stay as they are (the top word is zero).
        return window & (COEF_LIMIT - 1);
    }
    let digit = (top / d_top) as u32;
    // The remainder's top word, computed modulo 2^32 as .NET does.
    let rem_top = (top as u32).wrapping_sub(digit.wrapping_mul(d_top as u32));
    let partial = (rem_top as u128) << 64 | (window & MASK64);
    let product = digit as u128 * (divisor & MASK64);
    if partial >= product {
        return partial - product;
    }
    // Negative (a borrow out of 96 bits): add the divisor back until the
    // addition carries out of 96 bits again.
    let mut rem = partial + COEF_LIMIT - product;
    loop {
        rem += divisor;
        if rem >= COEF_LIMIT {
            return rem - COEF_LIMIT;
        }
    }
}
