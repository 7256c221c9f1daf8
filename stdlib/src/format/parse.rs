//! `int.Parse` / `double.Parse` with the invariant culture, after CoreCLR
//! 3.1 `Number.Parsing.cs`.
//!
//! Integers use `NumberStyles.Integer`: optional white space (U+0009..U+000D,
//! U+0020) around an optional single sign and ASCII digits. A malformed
//! string is a format error even when its digits also overflow; trailing
//! NUL characters are ignored. Floats use `NumberStyles.Float |
//! AllowThousands` and, failing that, the NaN / infinity symbols compared
//! ignoring case after trimming Unicode white space. Out-of-range floats
//! become infinities or zeros (IEEE semantics since .NET Core 3.0), never
//! an overflow error.

use super::{IntKind, ParseError};

fn is_white(c: char) -> bool {
    c == ' ' || ('\u{9}'..='\u{d}').contains(&c)
}

/// `Number.TrailingZeros`: everything left is NUL.
fn trailing_zeros(rest: &[char]) -> bool {
    rest.iter().all(|&c| c == '\0')
}

pub(super) fn parse_int(s: &str, kind: IntKind) -> Result<i128, ParseError> {
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < chars.len() && is_white(chars[i]) {
        i += 1;
    }
    let mut negative = false;
    match chars.get(i) {
        Some('-') => {
            negative = true;
            i += 1;
        }
        Some('+') => i += 1,
        _ => {}
    }
    if !chars.get(i).is_some_and(char::is_ascii_digit) {
        return Err(ParseError::Format);
    }
    // Accumulate saturating: anything beyond u64 range overflows every kind.
    let mut magnitude: u128 = 0;
    let mut too_big = false;
    while let Some(d) = chars.get(i).and_then(|c| c.is_ascii_digit().then(|| c.to_digit(10))).flatten() {
        magnitude = magnitude * 10 + u128::from(d);
        if magnitude > u128::from(u64::MAX) + 1 {
            too_big = true;
            magnitude = u128::from(u64::MAX) + 1;
        }
        i += 1;
    }
    while i < chars.len() && is_white(chars[i]) {
        i += 1;
    }
    if !trailing_zeros(&chars[i..]) {
        return Err(ParseError::Format);
    }
    let value = if negative { -(magnitude as i128) } else { magnitude as i128 };
    if too_big || value < kind.min_value() || value > kind.max_value() {
        return Err(ParseError::Overflow);
    }
    Ok(value)
}

/// A parsed number: significant digits (no leading zeros, trailing zeros
/// kept) and `scale` such that the value is `0.digits * 10^scale`, as
/// CoreCLR's `NumberBuffer`.
struct NumberBuffer {
    digits: String,
    scale: i64,
    negative: bool,
}

/// What `Number.TryParseNumber` accepts besides white space, a leading
/// sign, digits, a decimal point and group separators.
#[derive(Clone, Copy)]
struct Styles {
    /// `NumberStyles.AllowExponent` (in `Float`, not in `Number`).
    exponent: bool,
    /// `NumberStyles.AllowTrailingSign` (in `Number`, not in `Float`).
    trailing_sign: bool,
}

/// `double.Parse`'s `NumberStyles.Float | AllowThousands`.
const FLOAT: Styles = Styles { exponent: true, trailing_sign: false };
/// `decimal.Parse`'s `NumberStyles.Number`.
const NUMBER: Styles = Styles { exponent: false, trailing_sign: true };

/// `Number.TryParseNumber` followed by the trailing-NUL check. `None` when
/// the string is not a number in `styles`.
fn parse_number(chars: &[char], styles: Styles) -> Option<NumberBuffer> {
    let at = |p: usize| chars.get(p).copied().unwrap_or('\0');
    let mut p = 0usize;
    let mut negative = false;
    let mut signed = false;
    // Leading white space, then one sign; white space may not follow the sign.
    loop {
        let ch = at(p);
        if is_white(ch) && !signed && p < chars.len() {
            p += 1;
            continue;
        }
        if !signed && (ch == '+' || ch == '-') && p < chars.len() {
            signed = true;
            negative = ch == '-';
            p += 1;
            continue;
        }
        break;
    }
    let mut digits = String::new();
    let mut scale: i64 = 0;
    let mut seen_digit = false;
    let mut seen_nonzero = false;
    let mut seen_point = false;
    loop {
        let ch = at(p);
        if p >= chars.len() {
            break;
        }
        if ch.is_ascii_digit() {
            seen_digit = true;
            if ch != '0' || seen_nonzero {
                digits.push(ch);
                if !seen_point {
                    scale += 1;
                }
                seen_nonzero = true;
            } else if seen_point {
                scale -= 1;
            }
        } else if ch == '.' && !seen_point {
            seen_point = true;
        } else if ch == ',' && seen_digit && !seen_point {
            // Group separators are skipped anywhere after the first digit.
        } else {
            break;
        }
        p += 1;
    }
    if !seen_digit {
        return None;
    }
    if styles.exponent && matches!(at(p), 'E' | 'e') && p < chars.len() {
        let mark = p;
        p += 1;
        let mut exp_negative = false;
        if at(p) == '+' && p < chars.len() {
            p += 1;
        } else if at(p) == '-' && p < chars.len() {
            p += 1;
            exp_negative = true;
        }
        if at(p).is_ascii_digit() && p < chars.len() {
            let mut exp: i64 = 0;
            while p < chars.len() && at(p).is_ascii_digit() {
                exp = exp * 10 + i64::from(at(p) as u8 - b'0');
                p += 1;
                if exp > 1000 {
                    // CoreCLR pins huge exponents and skips the other digits.
                    exp = 9999;
                    while p < chars.len() && at(p).is_ascii_digit() {
                        p += 1;
                    }
                }
            }
            scale += if exp_negative { -exp } else { exp };
        } else {
            p = mark;
        }
    }
    while p < chars.len() && is_white(at(p)) {
        p += 1;
    }
    // A sign after the number, when none came before it, with white space
    // on either side.
    if styles.trailing_sign && !signed && p < chars.len() && matches!(at(p), '+' | '-') {
        negative = at(p) == '-';
        p += 1;
        while p < chars.len() && is_white(at(p)) {
            p += 1;
        }
    }
    if !trailing_zeros(&chars[p.min(chars.len())..]) {
        return None;
    }
    Some(NumberBuffer { digits, scale, negative })
}

/// Parses with the NaN / infinity fallback of `Number.TryParseDouble`.
/// `to_float` turns "0.DIGITSeSCALE" into the target type, correctly rounded.
fn parse_float<T>(
    s: &str,
    to_float: impl Fn(&str) -> Option<T>,
    nan: T,
    inf: T,
    neg_inf: T,
    neg: impl Fn(T) -> T,
) -> Result<T, ParseError> {
    let chars: Vec<char> = s.chars().collect();
    if let Some(mut d) = parse_number(&chars, FLOAT) {
        while d.digits.ends_with('0') {
            d.digits.pop();
        }
        let v = if d.digits.is_empty() {
            to_float("0").ok_or(ParseError::Format)?
        } else {
            // Clamp the exponent: beyond ±100000 the result is 0 or ∞ anyway.
            let scale = d.scale.clamp(-100_000, 100_000);
            to_float(&format!("0.{}e{}", d.digits, scale)).ok_or(ParseError::Format)?
        };
        return Ok(if d.negative { neg(v) } else { v });
    }
    let t = s.trim();
    let eq = |a: &str, b: &str| ordinal_ignore_case_eq(a, b);
    if eq(t, "Infinity") {
        Ok(inf)
    } else if eq(t, "-Infinity") {
        Ok(neg_inf)
    } else if eq(t, "NaN") {
        Ok(nan)
    } else if let Some(rest) = t.strip_prefix('+') {
        if eq(rest, "Infinity") {
            Ok(inf)
        } else if eq(rest, "NaN") {
            Ok(nan)
        } else {
            Err(ParseError::Format)
        }
    } else if t.strip_prefix('-').is_some_and(|rest| eq(rest, "NaN")) {
        Ok(nan)
    } else {
        Err(ParseError::Format)
    }
}

/// `decimal.Parse` (`NumberStyles.Number`: no exponent, a sign before or
/// after): the digits rounded to decimal's precision by
/// `Number.NumberToDecimal`, trailing zeros kept as scale ("1.50" is 1.50m).
pub(super) fn parse_decimal(s: &str) -> Result<decimal::Decimal, ParseError> {
    let chars: Vec<char> = s.chars().collect();
    let d = parse_number(&chars, NUMBER).ok_or(ParseError::Format)?;
    let scale = i32::try_from(d.scale).map_err(|_| ParseError::Overflow)?;
    decimal::Decimal::from_number(d.digits.as_bytes(), scale, d.negative).map_err(|_| ParseError::Overflow)
}

/// `StringComparison.OrdinalIgnoreCase`: compares simple upper-case mappings.
fn ordinal_ignore_case_eq(a: &str, b: &str) -> bool {
    let up = |c: char| {
        let mut u = c.to_uppercase();
        match (u.next(), u.next()) {
            (Some(x), None) => x,
            _ => c,
        }
    };
    a.chars().count() == b.chars().count() && a.chars().zip(b.chars()).all(|(x, y)| up(x) == up(y))
}

pub(super) fn parse_f64(s: &str) -> Result<f64, ParseError> {
    // `double.NaN` is the negative quiet NaN (0xFFF8000000000000).
    parse_float(s, |t| t.parse::<f64>().ok(), f64::from_bits(0xFFF8_0000_0000_0000), f64::INFINITY, f64::NEG_INFINITY, |v| -v)
}

pub(super) fn parse_f32(s: &str) -> Result<f32, ParseError> {
    parse_float(s, |t| t.parse::<f32>().ok(), f32::from_bits(0xFFC0_0000), f32::INFINITY, f32::NEG_INFINITY, |v| -v)
}
