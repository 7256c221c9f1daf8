//! The number buffer and the standard numeric format strings ("C", "D", "E",
//! "F", "G", "N", "P", "R", "X"), ported from CoreCLR 3.1
//! `Number.Formatting.cs` with the invariant culture's `NumberFormatInfo`.
//!
//! A value reaches here as a [`Number`]: its decimal digits, a decimal
//! exponent and a sign. Integers carry every digit; floating-point values
//! carry digits already rounded by [`super::digits`], so `round_number`
//! only truncates them (the 3.1 `isCorrectlyRounded` flag) while integers
//! and custom formats round half away from zero.

use super::FormatError;

/// Invariant culture `NumberFormatInfo` values that the formats consult.
pub(super) mod invariant {
    pub const NEGATIVE_SIGN: &str = "-";
    pub const POSITIVE_SIGN: &str = "+";
    pub const DECIMAL_SEPARATOR: &str = ".";
    pub const GROUP_SEPARATOR: &str = ",";
    /// `NumberGroupSizes`, `CurrencyGroupSizes` and `PercentGroupSizes` are all `{ 3 }`.
    pub const GROUP_SIZE: i32 = 3;
    /// `NumberDecimalDigits`, `CurrencyDecimalDigits`, `PercentDecimalDigits`.
    pub const DECIMAL_DIGITS: i32 = 2;
    pub const CURRENCY_SYMBOL: &str = "\u{a4}";
    pub const PERCENT_SYMBOL: &str = "%";
    pub const PER_MILLE_SYMBOL: &str = "\u{2030}";
    pub const NAN_SYMBOL: &str = "NaN";
    pub const POSITIVE_INFINITY_SYMBOL: &str = "Infinity";
    pub const NEGATIVE_INFINITY_SYMBOL: &str = "-Infinity";
}
use invariant::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Kind {
    Integer,
    FloatingPoint,
    /// System.Decimal: every digit of the coefficient, trailing zeros
    /// included, which "G" prints as they are (1.50m is "1.50").
    Decimal,
}

/// CoreCLR's `NumberBuffer`: the value is `0.d1d2d3... * 10^scale`. Reading
/// past the last digit yields 0, as the NUL terminator does in CoreCLR.
#[derive(Clone, Debug)]
pub(super) struct Number {
    pub digits: Vec<u8>,
    pub scale: i32,
    pub negative: bool,
    pub kind: Kind,
}

impl Number {
    pub(super) fn dig(&self, i: usize) -> u8 {
        self.digits.get(i).copied().unwrap_or(0)
    }

    /// An integer's magnitude: all its digits, `scale` = digit count (none for 0).
    pub(super) fn from_integer(magnitude: u128, negative: bool) -> Number {
        let digits: Vec<u8> =
            if magnitude == 0 { Vec::new() } else { magnitude.to_string().into_bytes() };
        Number { scale: digits.len() as i32, digits, negative, kind: Kind::Integer }
    }
}

/// `Number.RoundNumber`: keep `pos` digits, rounding half up unless the
/// digits are already correctly rounded, then drop trailing zeros.
pub(super) fn round_number(n: &mut Number, pos: i32, correctly_rounded: bool) {
    let mut i: usize = 0;
    while (i as i64) < i64::from(pos) && i < n.digits.len() {
        i += 1;
    }
    let next = n.dig(i);
    if i as i64 == i64::from(pos) && next != 0 && !correctly_rounded && next >= b'5' {
        while i > 0 && n.digits[i - 1] == b'9' {
            i -= 1;
        }
        if i > 0 {
            n.digits[i - 1] += 1;
        } else {
            n.scale += 1;
            n.digits.truncate(1);
            if n.digits.is_empty() {
                n.digits.push(b'1');
            }
            n.digits[0] = b'1';
            i = 1;
        }
    } else {
        while i > 0 && n.digits[i - 1] == b'0' {
            i -= 1;
        }
    }
    if i == 0 {
        if n.kind != Kind::FloatingPoint {
            // Integers have no negative zero.
            n.negative = false;
        }
        n.scale = 0;
    }
    n.digits.truncate(i);
}

/// `Number.ParseFormatSpecifier`: a letter plus up to two digits (more if
/// they start with zeros) is a standard format; anything else is custom,
/// signalled by `'\0'`. An empty format means "G". A NUL ends the format.
pub(super) fn parse_format_specifier(f: &[char]) -> (char, i32) {
    let c = f.first().copied().unwrap_or('\0');
    if c.is_ascii_alphabetic() {
        if f.len() == 1 {
            return (c, -1);
        }
        let digit = |ch: char| ch.to_digit(10).filter(|_| ch.is_ascii_digit()).map(|d| d as i32);
        if f.len() == 2 {
            if let Some(d) = digit(f[1]) {
                return (c, d);
            }
        } else if f.len() == 3
            && let (Some(d1), Some(d2)) = (digit(f[1]), digit(f[2]))
        {
            return (c, d1 * 10 + d2);
        }
        let mut n = 0;
        let mut i = 1;
        while i < f.len() && n < 10 {
            match digit(f[i]) {
                Some(d) => n = n * 10 + d,
                None => break,
            }
            i += 1;
        }
        if i == f.len() || f[i] == '\0' {
            return (c, n);
        }
    }
    (if f.is_empty() || c == '\0' { 'G' } else { '\0' }, -1)
}

/// `Number.NumberToString`: lays out a standard format.
pub(super) fn number_to_string(
    n: &mut Number,
    mut format: char,
    mut max_digits: i32,
) -> Result<String, FormatError> {
    let correct = n.kind == Kind::FloatingPoint;
    let mut sb = String::new();
    if matches!(format, 'R' | 'r') {
        if n.kind != Kind::FloatingPoint {
            return Err(FormatError::BadFormat);
        }
        format = if format == 'R' { 'G' } else { 'g' };
    }
    match format {
        'C' | 'c' => {
            if max_digits < 0 {
                max_digits = DECIMAL_DIGITS;
            }
            round_number(n, n.scale.saturating_add(max_digits), correct);
            // CurrencyPositivePattern 0 "$n", CurrencyNegativePattern 0 "($n)".
            if n.negative {
                sb.push('(');
            }
            sb.push_str(CURRENCY_SYMBOL);
            format_fixed(&mut sb, n, max_digits, true);
            if n.negative {
                sb.push(')');
            }
        }
        'F' | 'f' => {
            if max_digits < 0 {
                max_digits = DECIMAL_DIGITS;
            }
            round_number(n, n.scale.saturating_add(max_digits), correct);
            if n.negative {
                sb.push_str(NEGATIVE_SIGN);
            }
            format_fixed(&mut sb, n, max_digits, false);
        }
        'N' | 'n' => {
            if max_digits < 0 {
                max_digits = DECIMAL_DIGITS;
            }
            round_number(n, n.scale.saturating_add(max_digits), correct);
            // NumberNegativePattern 1 "-n".
            if n.negative {
                sb.push_str(NEGATIVE_SIGN);
            }
            format_fixed(&mut sb, n, max_digits, true);
        }
        'E' | 'e' => {
            if max_digits < 0 {
                max_digits = 6;
            }
            max_digits += 1;
            round_number(n, max_digits, correct);
            if n.negative {
                sb.push_str(NEGATIVE_SIGN);
            }
            format_scientific(&mut sb, n, max_digits, format);
        }
        'G' | 'g' => {
            let exp_char = if format == 'G' { 'E' } else { 'e' };
            // A decimal's plain "G" keeps every digit, never switches to
            // scientific notation, and prints a negative zero as "0"
            // (ECMA-335's decimal text form).
            if n.kind == Kind::Decimal && max_digits == -1 {
                if n.negative && n.dig(0) != 0 {
                    sb.push_str(NEGATIVE_SIGN);
                }
                format_general(&mut sb, n, max_digits, exp_char, true);
                return Ok(sb);
            }
            if max_digits < 1 {
                max_digits = n.digits.len() as i32;
            }
            round_number(n, max_digits, correct);
            if n.negative {
                sb.push_str(NEGATIVE_SIGN);
            }
            format_general(&mut sb, n, max_digits, exp_char, false);
        }
        'P' | 'p' => {
            if max_digits < 0 {
                max_digits = DECIMAL_DIGITS;
            }
            n.scale += 2;
            round_number(n, n.scale.saturating_add(max_digits), correct);
            // PercentPositivePattern 0 "n %", PercentNegativePattern 0 "-n %".
            if n.negative {
                sb.push_str(NEGATIVE_SIGN);
            }
            format_fixed(&mut sb, n, max_digits, true);
            sb.push(' ');
            sb.push_str(PERCENT_SYMBOL);
        }
        _ => return Err(FormatError::BadFormat),
    }
    Ok(sb)
}

/// `Number.FormatFixed`: integer part (grouped by threes when asked), then
/// `max_digits` decimals padded with zeros.
fn format_fixed(sb: &mut String, n: &Number, mut max_digits: i32, grouped: bool) {
    let mut dig_pos = n.scale;
    let mut cur = 0usize;
    if dig_pos > 0 {
        let int_len = dig_pos as usize;
        for k in 0..int_len {
            sb.push(match n.dig(k) {
                0 => '0',
                d => d as char,
            });
            let left = int_len - k - 1;
            if grouped && left > 0 && left.is_multiple_of(GROUP_SIZE as usize) {
                sb.push_str(GROUP_SEPARATOR);
            }
        }
        cur = int_len.min(n.digits.len());
        dig_pos = 0;
    } else {
        sb.push('0');
    }
    if max_digits > 0 {
        sb.push_str(DECIMAL_SEPARATOR);
        if dig_pos < 0 {
            let zeroes = (-dig_pos).min(max_digits);
            sb.extend(std::iter::repeat_n('0', zeroes as usize));
            max_digits -= zeroes;
        }
        while max_digits > 0 {
            let d = n.dig(cur);
            if d != 0 {
                sb.push(d as char);
                cur += 1;
            } else {
                sb.push('0');
            }
            max_digits -= 1;
        }
    }
}

/// `Number.FormatScientific`: d.ddd followed by an exponent of at least three digits.
fn format_scientific(sb: &mut String, n: &Number, mut max_digits: i32, exp_char: char) {
    let mut cur = 0usize;
    let next = |cur: &mut usize| match n.dig(*cur) {
        0 => '0',
        d => {
            *cur += 1;
            d as char
        }
    };
    sb.push(next(&mut cur));
    if max_digits != 1 {
        sb.push_str(DECIMAL_SEPARATOR);
    }
    while {
        max_digits -= 1;
        max_digits > 0
    } {
        sb.push(next(&mut cur));
    }
    let e = if n.dig(0) == 0 { 0 } else { n.scale - 1 };
    format_exponent(sb, e, exp_char, 3, true);
}

/// `Number.FormatExponent`.
pub(super) fn format_exponent(
    sb: &mut String,
    value: i32,
    exp_char: char,
    min_digits: usize,
    positive_sign: bool,
) {
    sb.push(exp_char);
    if value < 0 {
        sb.push_str(NEGATIVE_SIGN);
    } else if positive_sign {
        sb.push_str(POSITIVE_SIGN);
    }
    let s = value.unsigned_abs().to_string();
    sb.extend(std::iter::repeat_n('0', min_digits.saturating_sub(s.len())));
    sb.push_str(&s);
}

/// `Number.FormatGeneral`: fixed notation unless the exponent is at least
/// `max_digits` or below -4, then d.ddd with a two-digit exponent.
fn format_general(sb: &mut String, n: &Number, max_digits: i32, exp_char: char, suppress_scientific: bool) {
    let mut dig_pos = n.scale;
    let mut scientific = false;
    if !suppress_scientific && (dig_pos > max_digits || dig_pos < -3) {
        dig_pos = 1;
        scientific = true;
    }
    let mut cur = 0usize;
    if dig_pos > 0 {
        while dig_pos > 0 {
            match n.dig(cur) {
                0 => sb.push('0'),
                d => {
                    sb.push(d as char);
                    cur += 1;
                }
            }
            dig_pos -= 1;
        }
    } else {
        sb.push('0');
    }
    if n.dig(cur) != 0 || dig_pos < 0 {
        sb.push_str(DECIMAL_SEPARATOR);
        while dig_pos < 0 {
            sb.push('0');
            dig_pos += 1;
        }
        while n.dig(cur) != 0 {
            sb.push(n.dig(cur) as char);
            cur += 1;
        }
    }
    if scientific {
        format_exponent(sb, n.scale - 1, exp_char, 2, true);
    }
}
