//! Text to decimal: .NET Core 3.1's `Number.TryNumberToDecimal` (the step
//! after a numeric string has been reduced to its digits and exponent) and,
//! on top of it, the conversion Roslyn applies to C# decimal literals.

use crate::{COEF_LIMIT, Decimal, Error, MAX_SCALE};

/// `decimal` holds at most 29 significant digits; a number whose decimal
/// point lies further right than that cannot fit.
const DECIMAL_PRECISION: i64 = 29;

impl Decimal {
    /// .NET Core 3.1's `NumberToDecimal`: the value
    /// `0.d1d2d3… × 10^scale` (the `NumberBuffer` convention, where `scale`
    /// is the position of the decimal point relative to the first digit), with
    /// the given sign.
    ///
    /// `digits` are ASCII `'0'..='9'`, any number of them. Leading zeros are
    /// accepted and skipped (each one moves the point, so `"012"` with scale 1
    /// is 1.2 just as `"12"` with scale 0 is); .NET's parser never produces
    /// them. Trailing zeros are significant for the scale of the result, as
    /// in .NET ("1.50" parses to scale 2). .NET's buffer keeps only 30
    /// digits plus a flag saying whether any dropped digit was non-zero; all
    /// digits are considered here, which gives the same result because at
    /// most 29 digits are ever used and the rest only break ties.
    ///
    /// Digits are taken while they fit in 96 bits and the scale stays at
    /// most 28; the first digit not taken rounds half to even, looking at
    /// all later digits to tell a true tie. A zero (no non-zero digit) keeps
    /// its sign and gets scale `clamp(-scale, 0, 28)`, so "0.00" stays 0.00
    /// and "-0.0" is a negative zero. Values below the smallest scale-28
    /// step round to a zero with scale 28 (again keeping the sign). Too large
    /// a value is `Err(Overflow)`.
    ///
    /// # Panics
    /// If a byte of `digits` is not an ASCII digit.
    pub fn from_number(digits: &[u8], scale: i32, negative: bool) -> Result<Decimal, Error> {
        assert!(
            digits.iter().all(u8::is_ascii_digit),
            "from_number: digits must be ASCII '0'..='9'"
        );
        let first = digits.iter().position(|&d| d != b'0').unwrap_or(digits.len());
        let digits = &digits[first..];
        // Work in i64 so extreme exponents cannot wrap.
        let mut e = scale as i64 - first as i64;

        if digits.is_empty() {
            let s = (-e).clamp(0, MAX_SCALE as i64) as u32;
            return Ok(Decimal::from_raw(0, s, negative));
        }
        if e > DECIMAL_PRECISION {
            return Err(Error::Overflow);
        }

        // Accumulate digits while the point has not moved past scale 28 and
        // the value times ten plus the digit still fits; once the digits run
        // out, keep multiplying by ten for integer places still owed.
        let mut value: u128 = 0;
        let mut next = 0;
        loop {
            match digits.get(next) {
                Some(&d) => {
                    let d = (d - b'0') as u128;
                    if e <= -(MAX_SCALE as i64) || value * 10 + d >= COEF_LIMIT {
                        break;
                    }
                    value = value * 10 + d;
                    next += 1;
                }
                None => {
                    if e <= 0 || value * 10 >= COEF_LIMIT {
                        break;
                    }
                    value *= 10;
                }
            }
            e -= 1;
        }

        // Round on the first digit not taken.
        if let Some(&d) = digits.get(next) {
            let round_up = match d {
                b'6'..=b'9' => true,
                // An exact tie (nothing non-zero follows) on an even value
                // stays; everything else at 5 goes up.
                b'5' => value & 1 == 1 || digits[next + 1..].iter().any(|&d| d != b'0'),
                _ => false,
            };
            if round_up {
                value += 1;
                if value == COEF_LIMIT {
                    // Carried out of 96 bits: one digit fewer, i.e. 2^96/10
                    // rounded up, with the point one place to the right.
                    value = COEF_LIMIT / 10 + 1;
                    e += 1;
                }
            }
        }

        if e > 0 {
            return Err(Error::Overflow);
        }
        if e <= -DECIMAL_PRECISION {
            // Nothing at or above 10^-28: a zero with the largest scale.
            return Ok(Decimal::from_raw(0, MAX_SCALE, negative));
        }
        Ok(Decimal::from_raw(value, (-e) as u32, negative))
    }

    /// The value of a C# real literal of type `decimal`. `text` is the
    /// literal without its `m`/`M` suffix and with `_` separators removed:
    /// digits, an optional `.` and more digits, then optionally `e`/`E`, an
    /// optional sign and digits.
    ///
    /// Roslyn converts such a literal with `decimal.TryParse(text,
    /// NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
    /// CultureInfo.InvariantCulture)`, so this is that parse on .NET Core 3.1:
    /// trailing zeros count toward the scale (`1.50m` has scale 2), zeros keep
    /// their scale (`0.000m` has scale 3, `0e5m` is 0), digits beyond what
    /// fits are rounded half to even, exponents beyond ±1000 saturate, and
    /// values too small for scale 28 become zero with scale 28.
    ///
    /// `Err(Overflow)` when the value is too large. Roslyn reports CS0594
    /// whenever `TryParse` fails, so text that is not a well-formed literal
    /// (which the lexer never hands over) is also answered with
    /// `Err(Overflow)`.
    pub fn parse_literal(text: &str) -> Result<Decimal, Error> {
        let (digits, scale) = scan_literal(text.as_bytes()).ok_or(Error::Overflow)?;
        Decimal::from_number(&digits, scale, false)
    }
}

/// Splits literal text into significant digits (leading zeros dropped) and
/// the position of the decimal point relative to the first of them, the way
/// .NET's `TryParseNumber` fills its `NumberBuffer`. `None` if the text is
/// not digits [`.` digits] [(`e`|`E`) [sign] digits] with at least one digit
/// before the exponent.
fn scan_literal(text: &[u8]) -> Option<(Vec<u8>, i32)> {
    let mut digits = Vec::with_capacity(text.len());
    let mut scale: i64 = 0;
    let mut seen_digit = false;
    let mut after_point = false;
    let mut i = 0;
    while i < text.len() {
        match text[i] {
            b'0' if digits.is_empty() => {
                // A leading zero: not stored, but after the point it moves
                // the first significant digit one place further right.
                seen_digit = true;
                if after_point {
                    scale -= 1;
                }
            }
            d @ b'0'..=b'9' => {
                seen_digit = true;
                digits.push(d);
                if !after_point {
                    scale += 1;
                }
            }
            b'.' if !after_point => after_point = true,
            _ => break,
        }
        i += 1;
    }
    if !seen_digit {
        return None;
    }
    if i < text.len() {
        if text[i] != b'e' && text[i] != b'E' {
            return None;
        }
        i += 1;
        let negative = match text.get(i) {
            Some(b'+') => {
                i += 1;
                false
            }
            Some(b'-') => {
                i += 1;
                true
            }
            _ => false,
        };
        if !text.get(i).is_some_and(u8::is_ascii_digit) {
            return None;
        }
        // .NET stops accumulating past 1000 and treats the exponent as 9999;
        // anything that large overflows or underflows all the same.
        let mut exp: i64 = 0;
        while let Some(&d) = text.get(i).filter(|d| d.is_ascii_digit()) {
            if exp <= 1000 {
                exp = exp * 10 + (d - b'0') as i64;
                if exp > 1000 {
                    exp = 9999;
                }
            }
            i += 1;
        }
        if i != text.len() {
            return None;
        }
        scale += if negative { -exp } else { exp };
    }
    let scale = scale.clamp(i32::MIN as i64, i32::MAX as i64) as i32;
    Some((digits, scale))
}
