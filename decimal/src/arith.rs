//! Arithmetic, comparison, rounding and hashing with .NET Core 3.1's exact
//! results (the algorithms of `System.Decimal.DecCalc`, which descend from
//! OLE Automation's `VarDecAdd`/`VarDecMul`/`VarDecDiv`).

use core::cmp::Ordering;

use crate::wide::U192;
use crate::{COEF_LIMIT, Decimal, Error, MAX_SCALE, Rounding, pow10};

/// Divides `v` by 10^k and rounds half to even. The division runs in steps of
/// at most 10^19 so every step is a 192-by-64-bit division; the remainders
/// of earlier (less significant) steps only matter as a sticky bit that
/// breaks exact ties.
fn div_pow10_half_even(v: U192, k: u32) -> U192 {
    if k == 0 {
        return v;
    }
    let mut q = v;
    let mut left = k;
    let mut sticky = false;
    loop {
        let step = left.min(19);
        let divisor = pow10(step) as u64;
        let (nq, rem) = q.div_rem_u64(divisor);
        q = nq;
        left -= step;
        if left == 0 {
            let half = divisor / 2;
            let up = rem > half || (rem == half && (sticky || q.is_odd()));
            return if up { q.increment() } else { q };
        }
        sticky |= rem != 0;
    }
}

/// Brings an exact intermediate result (`v / 10^scale`, `scale` up to 56)
/// into decimal range the way .NET's `ScaleResult` does: drop the fewest
/// trailing digits that make the coefficient fit in 96 bits and the scale at
/// most 28, rounding half to even. Overflows when that would need a negative
/// scale.
pub(crate) fn scale_result(v: U192, scale: u32) -> Result<(u128, u32), Error> {
    let mut k = scale.saturating_sub(MAX_SCALE);
    let bits = v.bits();
    if bits > 96 {
        // v >= 2^(bits-1), so v / 10^k < 2^96 needs 10^k > 2^(bits-97), i.e.
        // k > (bits-97)·log10(2). 77/256 slightly underestimates log10(2), so
        // this is a lower bound on the answer, not a guess that could skip it.
        k = k.max((((bits - 97) * 77) >> 8) + 1);
    }
    loop {
        if k > scale {
            return Err(Error::Overflow);
        }
        if let Some(q) = div_pow10_half_even(v, k).to_u128()
            && q < COEF_LIMIT
        {
            return Ok((q, scale - k));
        }
        k += 1;
    }
}

/// Removes trailing zero digits while the scale allows (a zero coefficient
/// loses its whole scale), as .NET's `Unscale` does after an inexact division
/// and before hashing.
pub(crate) fn strip_trailing_zeros(mut c: u128, mut scale: u32) -> (u128, u32) {
    if c == 0 {
        return (0, 0);
    }
    while scale > 0 && c.is_multiple_of(10) {
        c /= 10;
        scale -= 1;
    }
    (c, scale)
}

/// Compares `a / 10^sa` with `b / 10^sb` for 96-bit coefficients.
pub(crate) fn cmp_magnitude(a: u128, sa: u32, b: u128, sb: u32) -> Ordering {
    // Only the operand with the smaller scale is multiplied; a product that
    // leaves u128 is certainly larger than the other (96-bit) side.
    if sa < sb {
        match a.checked_mul(pow10(sb - sa)) {
            Some(a) => a.cmp(&b),
            None => Ordering::Greater,
        }
    } else {
        match b.checked_mul(pow10(sa - sb)) {
            Some(b) => a.cmp(&b),
            None => Ordering::Less,
        }
    }
}

// The operators are fallible (overflow, division by zero), so they are
// inherent methods returning `Result` rather than `std::ops` impls.
#[allow(clippy::should_implement_trait)]
impl Decimal {
    /// `d1 + d2` (`decimal.Add`).
    pub fn add(self, o: Decimal) -> Result<Decimal, Error> {
        add_sub(self, o, false)
    }

    /// `d1 - d2` (`decimal.Subtract`).
    pub fn sub(self, o: Decimal) -> Result<Decimal, Error> {
        add_sub(self, o, true)
    }

    /// `d1 * d2` (`decimal.Multiply`).
    pub fn mul(self, o: Decimal) -> Result<Decimal, Error> {
        let negative = self.is_negative() != o.is_negative();
        let scale = self.scale() + o.scale();
        let (a, b) = (self.coefficient(), o.coefficient());

        if a >> 32 == 0 && b >> 32 == 0 {
            // .NET's fast path for two 32-bit coefficients. It keeps the sign
            // of a zero product, and when the scale is so large (> 47) that
            // the 64-bit product must round to nothing it returns a plain
            // positive zero instead.
            let mut p = a * b;
            let mut s = scale;
            if s > MAX_SCALE {
                if s > MAX_SCALE + 19 {
                    return Ok(Decimal::ZERO);
                }
                p = div_pow10_half_even(U192::from_u128(p), s - MAX_SCALE)
                    .to_u128()
                    .expect("a quotient of a 64-bit product");
                s = MAX_SCALE;
            }
            return Ok(Decimal::from_raw(p, s, negative));
        }

        let p = U192::mul(a, b);
        if p.is_zero() {
            // One operand is zero: .NET's general path returns the default
            // (positive, scale 0) decimal.
            return Ok(Decimal::ZERO);
        }
        match p.to_u128() {
            Some(c) if c < COEF_LIMIT && scale <= MAX_SCALE => Ok(Decimal::from_raw(c, scale, negative)),
            _ => {
                let (c, s) = scale_result(p, scale)?;
                Ok(Decimal::from_raw(c, s, negative))
            }
        }
    }

    /// `d1 / d2` (`decimal.Divide`).
    pub fn div(self, o: Decimal) -> Result<Decimal, Error> {
        divide(self, o)
    }

    /// Orders by value: `1.0 == 1.00`, `-0 == 0` (`decimal.Compare`).
    pub fn compare(self, o: Decimal) -> Ordering {
        let (a, b) = (self.coefficient(), o.coefficient());
        if b == 0 {
            if a == 0 {
                return Ordering::Equal;
            }
            return if self.is_negative() {
                Ordering::Less
            } else {
                Ordering::Greater
            };
        }
        if a == 0 {
            return if o.is_negative() {
                Ordering::Greater
            } else {
                Ordering::Less
            };
        }
        match (self.is_negative(), o.is_negative()) {
            (true, false) => Ordering::Less,
            (false, true) => Ordering::Greater,
            (false, false) => cmp_magnitude(a, self.scale(), b, o.scale()),
            (true, true) => cmp_magnitude(a, self.scale(), b, o.scale()).reverse(),
        }
    }

    /// `Math.Round(d, decimals, mode)`. A value with at most `decimals`
    /// digits after the point comes back unchanged (scale included);
    /// otherwise the result has scale `decimals`. The sign is kept even when
    /// the result is zero (`Round(-0.4m)` is a negative zero).
    ///
    /// # Panics
    /// If `decimals > 28` (.NET throws `ArgumentOutOfRangeException`).
    pub fn round(self, decimals: u32, mode: Rounding) -> Decimal {
        assert!(decimals <= MAX_SCALE, "decimals must be in 0..=28");
        let scale = self.scale();
        if scale > decimals {
            round_off(self, scale - decimals, mode)
        } else {
            self
        }
    }

    /// `decimal.Truncate`: toward zero, scale 0, sign kept.
    pub fn truncate(self) -> Decimal {
        round_off(self, self.scale(), Rounding::ToZero)
    }

    /// `decimal.Floor`: toward negative infinity, scale 0, sign kept
    /// (`Floor(-0.0m)` stays a negative zero).
    pub fn floor(self) -> Decimal {
        round_off(self, self.scale(), Rounding::ToNegativeInfinity)
    }

    /// `decimal.Ceiling`: toward positive infinity, scale 0, sign kept
    /// (`Ceiling(-0.5m)` is a negative zero).
    pub fn ceiling(self) -> Decimal {
        round_off(self, self.scale(), Rounding::ToPositiveInfinity)
    }

    /// `decimal.GetHashCode()` of .NET Core 3.1: zero hashes to 0; otherwise
    /// the four words XORed together after trailing zeros are stripped (so
    /// equal values hash alike).
    pub fn hash_code(self) -> i32 {
        let c = self.coefficient();
        if c == 0 {
            return 0;
        }
        let d = if self.scale() == 0 || c & 1 == 1 {
            self
        } else {
            let (c, s) = strip_trailing_zeros(c, self.scale());
            Decimal::from_raw(c, s, self.is_negative())
        };
        (d.flags ^ d.hi ^ d.mid ^ d.lo) as i32
    }
}

/// Removes `digits` (1..=28) decimal places with the given rounding mode,
/// keeping the sign; .NET's `InternalRound`.
fn round_off(d: Decimal, digits: u32, mode: Rounding) -> Decimal {
    if digits == 0 {
        return d;
    }
    let c = d.coefficient();
    let divisor = pow10(digits);
    let (q, r) = (c / divisor, c % divisor);
    let half = divisor / 2;
    let negative = d.is_negative();
    let up = match mode {
        Rounding::ToEven => r > half || (r == half && q & 1 == 1),
        Rounding::AwayFromZero => r >= half,
        Rounding::ToZero => false,
        Rounding::ToNegativeInfinity => r != 0 && negative,
        Rounding::ToPositiveInfinity => r != 0 && !negative,
    };
    Decimal::from_raw(q + up as u128, d.scale() - digits, negative)
}

/// Addition and subtraction, reproducing .NET's choice of sign for zero
/// results: the result starts with the sign of the operand that keeps its
/// scale, and flips only when a subtraction of magnitudes borrows.
fn add_sub(a: Decimal, b: Decimal, subtract: bool) -> Result<Decimal, Error> {
    // True when the magnitudes are to be subtracted.
    let opposite = subtract ^ (a.is_negative() != b.is_negative());
    let (sa, sb) = (a.scale(), b.scale());

    // `rescaled` is the operand with the smaller scale, which is multiplied
    // up to `scale`; `other` keeps its scale. `negative` is the sign of the
    // result if no borrow happens.
    let (rescaled, shift, other, scale, negative) = if sa <= sb {
        (a.coefficient(), sb - sa, b.coefficient(), sb, a.is_negative())
    } else {
        (
            b.coefficient(),
            sa - sb,
            a.coefficient(),
            sa,
            a.is_negative() ^ opposite,
        )
    };

    if shift != 0 && rescaled == 0 {
        // With different scales, a zero operand on the rescaled side yields
        // the other operand as is, with the sign the operation gives it.
        return Ok(Decimal::from_raw(other, scale, negative ^ opposite));
    }

    let big = U192::mul(rescaled, pow10(shift));
    let (sum, negative) = if !opposite {
        (big.add_u128(other), negative)
    } else if big.cmp_u128(other) != Ordering::Less {
        (big.sub_u128(other), negative)
    } else {
        // Borrow: only possible when `big` fits in u128.
        (U192::from_u128(other - big.to_u128().unwrap()), !negative)
    };

    match sum.to_u128() {
        Some(c) if c < COEF_LIMIT => Ok(Decimal::from_raw(c, scale, negative)),
        _ => {
            let (c, s) = scale_result(sum, scale)?;
            Ok(Decimal::from_raw(c, s, negative))
        }
    }
}

/// The largest power (at most 9) by which `q` can be multiplied without
/// leaving 96 bits.
pub(crate) fn max_fitting_power(q: u128) -> u32 {
    let mut p = 9;
    while p > 0 && q * pow10(p) >= COEF_LIMIT {
        p -= 1;
    }
    p
}

/// Division, following the shape of .NET's `VarDecDiv`: an integer quotient
/// at the natural scale, then more quotient digits (up to nine at a time)
/// for as long as the remainder is non-zero and the quotient still fits,
/// then half-to-even rounding and removal of trailing zeros.
fn divide(a: Decimal, b: Decimal) -> Result<Decimal, Error> {
    let den = b.coefficient();
    if den == 0 {
        return Err(Error::DivideByZero);
    }
    let negative = a.is_negative() != b.is_negative();
    let num = a.coefficient();
    let mut scale = a.scale() as i32 - b.scale() as i32;
    let mut q = num / den;
    let mut r = num % den;

    if r == 0 {
        // Exact: keep the natural scale, but a negative one must be brought
        // to zero by multiplying the quotient, which may overflow.
        if scale < 0 {
            q = q
                .checked_mul(pow10((-scale) as u32))
                .filter(|&q| q < COEF_LIMIT)
                .ok_or(Error::Overflow)?;
            scale = 0;
        }
        return Ok(Decimal::from_raw(q, scale as u32, negative));
    }

    loop {
        if r == 0 {
            if scale >= 0 {
                break;
            }
            // The remainder vanished while the scale is still negative:
            // scale the (now exact) quotient up, overflowing if it won't fit.
            let step = (-scale).min(9) as u32;
            q *= pow10(step);
            if q >= COEF_LIMIT {
                return Err(Error::Overflow);
            }
            scale += step as i32;
            continue;
        }

        // How many more digits can be developed: bounded by 96 bits, by
        // nine per round, and by the maximum scale.
        let step = if scale == MAX_SCALE as i32 {
            0
        } else {
            let step = max_fitting_power(q).min((MAX_SCALE as i32 - scale) as u32);
            if step < 9 && scale + (step as i32) < 0 {
                // The integer part alone no longer fits in 96 bits.
                return Err(Error::Overflow);
            }
            step
        };

        if step == 0 {
            // Out of room: round the last digit half to even on the
            // remainder. Rounding 2^96-1 up carries out of 96 bits and
            // costs one more digit.
            let twice = r * 2;
            if twice > den || (twice == den && q & 1 == 1) {
                q += 1;
                if q == COEF_LIMIT {
                    (q, scale) = overflow_unscale(q, scale, true)?;
                }
            }
            break;
        }

        let power = pow10(step);
        scale += step as i32;
        let t = r * power; // r < 2^96 and power <= 10^9: fits in u128
        q = q * power + t / den;
        r = t % den;
        if q >= COEF_LIMIT {
            // The new digits pushed the quotient past 96 bits: give the last
            // one back, rounding on it (and on whether anything remains).
            (q, scale) = overflow_unscale(q, scale, r != 0)?;
            break;
        }
    }

    let (q, scale) = strip_trailing_zeros(q, scale as u32);
    Ok(Decimal::from_raw(q, scale, negative))
}

/// Drops the last digit of a quotient that has just outgrown 96 bits,
/// rounding half to even with `sticky` standing for any remainder below it.
fn overflow_unscale(q: u128, scale: i32, sticky: bool) -> Result<(u128, i32), Error> {
    let scale = scale - 1;
    if scale < 0 {
        return Err(Error::Overflow);
    }
    let digit = q % 10;
    let mut q = q / 10;
    if digit > 5 || (digit == 5 && (sticky || q & 1 == 1)) {
        q += 1;
    }
    Ok((q, scale))
}
