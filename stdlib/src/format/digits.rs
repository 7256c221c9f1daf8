//! Decimal digits of a binary floating-point value, exactly as CoreCLR 3.1
//! produces them (`Number.Dragon4`, `Number.Grisu3`) before any layout.
//!
//! Three requests exist. *Shortest*: the fewest digits that read back to the
//! same value ("R", "G", "G0"). *Significant(n)*: the exact value correctly
//! rounded to `n` significant digits, ties to even ("E", "Gn", and custom
//! formats with 15 digits for double, 7 for float). *Fraction(n)*: rounded
//! at 10^-n, ties to even ("F", "N", "P", "C").
//!
//! Grisu3 either returns the correctly rounded / shortest digits or gives up
//! and defers to Dragon4, so Dragon4 alone defines the result; we port its
//! 3.1 control flow (including its special case for a value whose first
//! digit lies below the cutoff). Shortest digits of values below 2^53 (2^24
//! for float) come from Rust's own shortest printer, which differs from
//! Dragon4 in two places. (a) A candidate exactly on the boundary between
//! neighbours: Dragon4 excludes it, Rust includes it for even mantissas; that
//! needs an integral midpoint, so a value of at least 2^53, where we run
//! Dragon4 instead. (b) A value exactly halfway between two shortest
//! candidates: Dragon4 takes the even last digit (0.50000762939453125 prints
//! "0.5000076293945312"), Rust the upper one; `settle_tie` detects that case
//! from the value's exact expansion and picks as Dragon4 does.

use super::bignum::Big;
use std::cmp::Ordering;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Cutoff {
    Shortest,
    Significant(i32),
    Fraction(i32),
}

/// `digits` are ASCII digits without trailing NULs; the value is
/// `0.d1d2d3... * 10^scale`. No digits means zero.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Digits {
    pub digits: Vec<u8>,
    pub scale: i32,
}

/// The IEEE fields the Dragon4 port wants: value = mantissa * 2^exponent.
struct Decomposed {
    mantissa: u64,
    exponent: i32,
    high_bit: u32,
    unequal_margins: bool,
}

fn decompose(bits: u64, fraction_bits: u32, exp_bits: u32) -> Decomposed {
    let fraction = bits & ((1u64 << fraction_bits) - 1);
    let biased = ((bits >> fraction_bits) & ((1u64 << exp_bits) - 1)) as i32;
    let bias = (1i32 << (exp_bits - 1)) - 1 + fraction_bits as i32;
    if biased != 0 {
        let mantissa = fraction | (1u64 << fraction_bits);
        Decomposed {
            mantissa,
            exponent: biased - bias,
            high_bit: fraction_bits,
            // As in CoreCLR: true for every power of two, even the smallest
            // normal whose lower neighbour is just as far away.
            unequal_margins: fraction == 0,
        }
    } else {
        Decomposed {
            mantissa: fraction,
            exponent: 1 - bias,
            high_bit: 63 - fraction.leading_zeros(),
            unequal_margins: false,
        }
    }
}

/// Digits of a finite, non-zero-or-zero double (`DoubleNumberBufferLength` = 769).
pub(super) fn f64_digits(v: f64, cutoff: Cutoff) -> Digits {
    let v = v.abs();
    if v == 0.0 {
        return Digits { digits: Vec::new(), scale: 0 };
    }
    if cutoff == Cutoff::Shortest && v < 9007199254740992.0 {
        let m = (v.to_bits() & ((1u64 << 52) - 1)) | if v.to_bits() >> 52 != 0 { 1u64 << 52 } else { 0 };
        let e = ((v.to_bits() >> 52) as i32).max(1) - 1075;
        return settle_tie(from_rust_exp(&format!("{v:e}")), m, e);
    }
    let d = decompose(v.to_bits(), 52, 11);
    dragon4(&d, cutoff, 769)
}

/// Digits of a finite float (`SingleNumberBufferLength` = 114).
pub(super) fn f32_digits(v: f32, cutoff: Cutoff) -> Digits {
    let v = v.abs();
    if v == 0.0 {
        return Digits { digits: Vec::new(), scale: 0 };
    }
    if cutoff == Cutoff::Shortest && v < 16777216.0 {
        let bits = u64::from(v.to_bits());
        let m = (bits & ((1u64 << 23) - 1)) | if bits >> 23 != 0 { 1u64 << 23 } else { 0 };
        let e = ((bits >> 23) as i32).max(1) - 150;
        return settle_tie(from_rust_exp(&format!("{v:e}")), m, e);
    }
    let d = decompose(u64::from(v.to_bits()), 23, 8);
    dragon4(&d, cutoff, 114)
}

/// Parses Rust's `{:e}` output ("1.2345e-5") into digits and scale.
fn from_rust_exp(s: &str) -> Digits {
    let (mant, exp) = s.split_once('e').unwrap_or((s, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let mut digits: Vec<u8> = mant.bytes().filter(u8::is_ascii_digit).collect();
    while digits.last() == Some(&b'0') {
        digits.pop();
    }
    Digits { digits, scale: exp + 1 }
}

/// If `m * 2^e` lies exactly halfway between two shortest candidates (its
/// exact expansion is one digit longer than `d` and ends in 5), returns the
/// candidate with the even last digit, as Dragon4's tie rule does.
fn settle_tie(d: Digits, m: u64, e: i32) -> Digits {
    if m == 0 {
        return d;
    }
    let tz = m.trailing_zeros() as i32;
    let frac = -(e + tz);
    // Integers below 2^53 print exactly; long expansions cannot be n+1 digits.
    if frac <= 0 || frac > 40 {
        return d;
    }
    let Some(exact) = 5u128.checked_pow(frac as u32).and_then(|p| p.checked_mul(u128::from(m >> tz)))
    else {
        return d;
    };
    let x = exact.to_string().into_bytes();
    if x.len() != d.digits.len() + 1 || x.last() != Some(&b'5') {
        return d;
    }
    let mut lo = x[..x.len() - 1].to_vec();
    // The value is 0.x * 10^(len(x) - frac).
    let mut scale = x.len() as i32 - frac;
    if lo.last().is_some_and(|c| (c - b'0') % 2 == 1) {
        loop {
            match lo.pop() {
                None => {
                    lo.push(b'1');
                    scale += 1;
                    break;
                }
                Some(b'9') => {}
                Some(c) => {
                    lo.push(c + 1);
                    break;
                }
            }
        }
    }
    while lo.last() == Some(&b'0') {
        lo.pop();
    }
    Digits { digits: lo, scale }
}

/// Port of CoreCLR 3.1 `Number.Dragon4` (itself after Ryan Juckett's
/// implementation of Steele & White / Burger & Dybvig).
fn dragon4(d: &Decomposed, cutoff: Cutoff, buffer_len: i32) -> Digits {
    let (mantissa, exponent) = (d.mantissa, d.exponent);
    // value = scaled_value / scale; margins are half the gap to each neighbour.
    let mut scale;
    let mut value;
    let mut margin_low;
    let mut margin_high: Option<Big> = None;
    if d.unequal_margins {
        if exponent > 0 {
            value = Big::from_u64(4 * mantissa);
            value.shl(exponent as u32);
            scale = Big::from_u64(4);
            margin_low = Big::pow2(exponent as u32);
            margin_high = Some(Big::pow2(exponent as u32 + 1));
        } else {
            value = Big::from_u64(4 * mantissa);
            scale = Big::pow2((-exponent + 2) as u32);
            margin_low = Big::from_u64(1);
            margin_high = Some(Big::from_u64(2));
        }
    } else if exponent > 0 {
        value = Big::from_u64(2 * mantissa);
        value.shl(exponent as u32);
        scale = Big::from_u64(2);
        margin_low = Big::pow2(exponent as u32);
    } else {
        value = Big::from_u64(2 * mantissa);
        scale = Big::pow2((-exponent + 1) as u32);
        margin_low = Big::from_u64(1);
    }
    let double_low = |low: &Big, high: &mut Option<Big>| {
        if let Some(h) = high.as_mut() {
            let mut t = low.clone();
            t.mul_small(2);
            *h = t;
        }
    };

    // Estimate floor(log10(v)) + 1; it is right or one too low.
    let mut digit_exponent =
        ((f64::from(d.high_bit as i32 + exponent) * std::f64::consts::LOG10_2) - 0.69).ceil() as i32;
    if digit_exponent > 0 {
        scale.mul_pow10(digit_exponent as u32);
    } else if digit_exponent < 0 {
        value.mul_pow10((-digit_exponent) as u32);
        margin_low.mul_pow10((-digit_exponent) as u32);
        double_low(&margin_low, &mut margin_high);
    }
    if value.cmp(&scale) != Ordering::Less {
        digit_exponent += 1;
    } else {
        value.mul_small(10);
        margin_low.mul_small(10);
        double_low(&margin_low, &mut margin_high);
    }

    let mut cutoff_exponent = digit_exponent - buffer_len;
    match cutoff {
        Cutoff::Shortest => {}
        Cutoff::Significant(n) | Cutoff::Fraction(n) => {
            let desired = match cutoff {
                Cutoff::Significant(_) => digit_exponent - n,
                _ => -n,
            };
            if desired > cutoff_exponent {
                cutoff_exponent = desired;
            }
        }
    }
    let mut decimal_exponent = digit_exponent - 1;
    digit_exponent -= 1;

    let mut buf: Vec<u8> = Vec::new();
    let mut low = false;
    let mut high = false;
    let mut output_digit;
    if cutoff == Cutoff::Shortest {
        loop {
            output_digit = value.div_rem_digit(&scale);
            let value_high = value.add(margin_high.as_ref().unwrap_or(&margin_low));
            low = value.cmp(&margin_low) == Ordering::Less;
            high = value_high.cmp(&scale) == Ordering::Greater;
            if low || high || digit_exponent == cutoff_exponent {
                break;
            }
            buf.push(b'0' + output_digit as u8);
            value.mul_small(10);
            margin_low.mul_small(10);
            double_low(&margin_low, &mut margin_high);
            digit_exponent -= 1;
        }
    } else if digit_exponent >= cutoff_exponent {
        loop {
            output_digit = value.div_rem_digit(&scale);
            if value.is_zero() || digit_exponent <= cutoff_exponent {
                break;
            }
            buf.push(b'0' + output_digit as u8);
            value.mul_small(10);
            digit_exponent -= 1;
        }
    } else {
        // The first digit already lies below the cutoff: CoreCLR emits it,
        // or a 1 one place up when it rounds up; the caller truncates.
        let mut digit = value.div_rem_digit(&scale);
        if digit > 5 || (digit == 5 && !value.is_zero()) {
            decimal_exponent += 1;
            digit = 1;
        }
        buf.push(b'0' + digit as u8);
        return Digits { digits: buf, scale: decimal_exponent + 1 };
    }

    // Round the final digit: to nearest, ties to even, unless only one
    // neighbour is out of reach.
    let mut round_down = low;
    if low == high {
        value.mul_small(2);
        let c = value.cmp(&scale);
        round_down = c == Ordering::Less;
        if c == Ordering::Equal {
            round_down = output_digit & 1 == 0;
        }
    }
    if round_down {
        buf.push(b'0' + output_digit as u8);
    } else if output_digit == 9 {
        loop {
            match buf.pop() {
                None => {
                    buf.push(b'1');
                    decimal_exponent += 1;
                    break;
                }
                Some(b'9') => {}
                Some(c) => {
                    buf.push(c + 1);
                    break;
                }
            }
        }
    } else {
        buf.push(b'0' + output_digit as u8 + 1);
    }
    Digits { digits: buf, scale: decimal_exponent + 1 }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(d: &Digits) -> (String, i32) {
        (String::from_utf8_lossy(&d.digits).into_owned(), d.scale)
    }

    #[test]
    fn dragon4_shortest_matches_rust_on_the_fast_path() {
        // A simple LCG walk over bit patterns; Dragon4 must agree with Rust.
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        for _ in 0..20000 {
            x = x.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            let v = f64::from_bits(x >> 1);
            if !v.is_finite() || v == 0.0 || v >= 9007199254740992.0 {
                continue;
            }
            let ours = dragon4(&decompose(v.to_bits(), 52, 11), Cutoff::Shortest, 769);
            assert_eq!(s(&ours), s(&f64_digits(v, Cutoff::Shortest)), "{v:e}");
            // Short binary expansions are where exact ties live.
            let t = ((x >> 20) as u32 | 1) as f64 * 2f64.powi(-((x % 60) as i32));
            let ours = dragon4(&decompose(t.to_bits(), 52, 11), Cutoff::Shortest, 769);
            assert_eq!(s(&ours), s(&f64_digits(t, Cutoff::Shortest)), "{t:e}");
            let f = f32::from_bits((x >> 33) as u32);
            if !f.is_finite() || f == 0.0 || f >= 16777216.0 {
                continue;
            }
            let ours = dragon4(&decompose(u64::from(f.to_bits()), 23, 8), Cutoff::Shortest, 114);
            assert_eq!(s(&ours), s(&f32_digits(f, Cutoff::Shortest)), "{f:e}");
            let t = ((x >> 45) as u32 & 0xFFFF | 1) as f32 * 2f32.powi(-((x % 30) as i32));
            let ours = dragon4(&decompose(u64::from(t.to_bits()), 23, 8), Cutoff::Shortest, 114);
            assert_eq!(s(&ours), s(&f32_digits(t, Cutoff::Shortest)), "{t:e}");
        }
    }

    #[test]
    #[allow(clippy::excessive_precision)] // exact binary values, written out in full
    fn cutoffs() {
        assert_eq!(s(&f64_digits(0.125, Cutoff::Fraction(2))), ("12".into(), 0));
        assert_eq!(s(&f64_digits(2.5, Cutoff::Fraction(0))), ("2".into(), 1));
        assert_eq!(s(&f64_digits(0.005, Cutoff::Fraction(2))), ("1".into(), -1));
        assert_eq!(s(&f64_digits(1e23, Cutoff::Shortest)), ("9999999999999999".into(), 23));
        assert_eq!(s(&f64_digits(162214972029042.125, Cutoff::Shortest)), ("16221497202904212".into(), 15));
        assert_eq!(s(&f64_digits(0.50000762939453125, Cutoff::Shortest)), ("5000076293945312".into(), 0));
        assert_eq!(s(&f64_digits(0.1, Cutoff::Significant(20))), ("10000000000000000555".into(), 0));
    }
}
