//! .NET number formatting and parsing with the invariant culture, matching
//! CoreCLR 3.1 (`System.Number`): `ToString(format)` on every primitive
//! numeric type and `Parse(string)` on them.
//!
//! In: a value and a format string (standard "C", "D", "E", "F", "G", "N",
//! "P", "R", "X" with an optional precision, or a custom picture such as
//! "#,##0.00;(#)"), or a string to parse. Out: the exact string .NET
//! prints, or the error it throws. Pure functions: no VM types, no
//! allocation beyond the result, no panics on any input.
//!
//! Doubles format from their exact binary value: standard formats round it
//! correctly (ties to even, e.g. `2.5.ToString("F0") == "2"`), custom formats
//! first take 15 significant digits (7 for float) and then round those half
//! up (`1.005.ToString("0.00") == "1.01"` though `1.005.ToString("F2") ==
//! "1.00"`). "R" and the default give the shortest round-trip digits,
//! written in scientific notation once the exponent reaches 17 (9 for float)
//! or drops below -4.

mod bignum;
mod custom;
mod digits;
mod number;
mod parse;
#[cfg(test)]
mod tests;

use digits::Cutoff;
use number::{Kind, Number, invariant};

/// A bad format string (`FormatException`). Messages are CoreCLR's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FormatError {
    BadFormat,
}

impl FormatError {
    /// `SR.Argument_BadFormatSpecifier`.
    pub fn message(self) -> &'static str {
        "Format specifier was invalid."
    }
}

/// A string `Parse` rejects: `FormatException` or `OverflowException`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParseError {
    Format,
    Overflow,
}

impl ParseError {
    /// The exception message CoreCLR uses for this failure on `kind`
    /// (floats never overflow; pass any kind for them).
    pub fn message(self, kind: IntKind) -> &'static str {
        match self {
            ParseError::Format => "Input string was not in a correct format.",
            ParseError::Overflow => kind.overflow_message(),
        }
    }
}

/// The eight integer types, for parsing ranges and hexadecimal widths.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IntKind {
    I8,
    U8,
    I16,
    U16,
    I32,
    U32,
    I64,
    U64,
}

impl IntKind {
    pub fn min_value(self) -> i128 {
        match self {
            IntKind::I8 => i8::MIN.into(),
            IntKind::I16 => i16::MIN.into(),
            IntKind::I32 => i32::MIN.into(),
            IntKind::I64 => i64::MIN.into(),
            IntKind::U8 | IntKind::U16 | IntKind::U32 | IntKind::U64 => 0,
        }
    }

    pub fn max_value(self) -> i128 {
        match self {
            IntKind::I8 => i8::MAX.into(),
            IntKind::U8 => u8::MAX.into(),
            IntKind::I16 => i16::MAX.into(),
            IntKind::U16 => u16::MAX.into(),
            IntKind::I32 => i32::MAX.into(),
            IntKind::U32 => u32::MAX.into(),
            IntKind::I64 => i64::MAX.into(),
            IntKind::U64 => u64::MAX.into(),
        }
    }

    /// `SR.Overflow_SByte` and friends.
    pub fn overflow_message(self) -> &'static str {
        match self {
            IntKind::I8 => "Value was either too large or too small for a signed byte.",
            IntKind::U8 => "Value was either too large or too small for an unsigned byte.",
            IntKind::I16 => "Value was either too large or too small for an Int16.",
            IntKind::U16 => "Value was either too large or too small for a UInt16.",
            IntKind::I32 => "Value was either too large or too small for an Int32.",
            IntKind::U32 => "Value was either too large or too small for a UInt32.",
            IntKind::I64 => "Value was either too large or too small for an Int64.",
            IntKind::U64 => "Value was either too large or too small for a UInt64.",
        }
    }
}

/// `long.ToString(format)`.
pub fn format_i64(v: i64, format: &str) -> Result<String, FormatError> {
    format_int(v.into(), IntKind::I64, format)
}

/// `ulong.ToString(format)`.
pub fn format_u64(v: u64, format: &str) -> Result<String, FormatError> {
    format_int(v.into(), IntKind::U64, format)
}

/// `ToString(format)` on any integer type; `v` must lie in `kind`'s range
/// (it is wrapped to it otherwise). The kind decides the hexadecimal width:
/// 32 bits for int/uint (CoreCLR formats them via `Int32ToHexStr`), 64 for
/// long/ulong, and 8/16 for negative sbyte/short, which `SByte.ToString`
/// and `Int16.ToString` mask before formatting as unsigned.
pub fn format_int(v: i128, kind: IntKind, format: &str) -> Result<String, FormatError> {
    let f: Vec<char> = format.chars().collect();
    let (bits, signed) = match kind {
        IntKind::I8 => (8, true),
        IntKind::U8 => (8, false),
        IntKind::I16 => (16, true),
        IntKind::U16 => (16, false),
        IntKind::I32 => (32, true),
        IntKind::U32 => (32, false),
        IntKind::I64 => (64, true),
        IntKind::U64 => (64, false),
    };
    let mask = (1u128 << bits) - 1;
    let raw = (v as u128) & mask;
    let mut v: i128 = if signed && raw >> (bits - 1) != 0 { raw as i128 - (1i128 << bits) } else { raw as i128 };
    let mut hex_bits = if bits == 64 { 64 } else { 32 };
    if matches!(kind, IntKind::I8 | IntKind::I16) && v < 0 && matches!(f.first(), Some('X' | 'x')) {
        v = raw as i128;
        hex_bits = 32;
    }

    let (fmt, digits) = number::parse_format_specifier(&f);
    let upper = fmt.to_ascii_uppercase();
    if (upper == 'G' && digits < 1) || upper == 'D' {
        let s = v.unsigned_abs().to_string();
        let width = digits.max(1) as usize;
        let mut out = String::with_capacity(width.max(s.len()) + 1);
        if v < 0 {
            out.push_str(invariant::NEGATIVE_SIGN);
        }
        out.extend(std::iter::repeat_n('0', width.saturating_sub(s.len())));
        out.push_str(&s);
        return Ok(out);
    }
    if upper == 'X' {
        let bits_value = (v as u128) & ((1u128 << hex_bits) - 1);
        let s = if fmt == 'X' { format!("{bits_value:X}") } else { format!("{bits_value:x}") };
        let width = digits.max(1) as usize;
        return Ok(format!("{}{}", "0".repeat(width.saturating_sub(s.len())), s));
    }
    let mut n = Number::from_integer(v.unsigned_abs(), v < 0);
    if fmt != '\0' {
        number::number_to_string(&mut n, fmt, digits)
    } else {
        Ok(custom::number_to_string_format(&mut n, &f))
    }
}

/// How a floating-point format asks for digits (CoreCLR 3.1
/// `GetFloatingPointMaxDigitsAndPrecision`): the layout's digit count and
/// the digit-generation request.
fn float_request(fmt: char, precision: i32, custom_digits: i32) -> Result<(i32, Cutoff), FormatError> {
    let (max_digits, cutoff) = match fmt {
        '\0' => (custom_digits, Cutoff::Significant(custom_digits)),
        'C' | 'c' | 'F' | 'f' | 'N' | 'n' => {
            let p = if precision == -1 { invariant::DECIMAL_DIGITS } else { precision };
            (precision, Cutoff::Fraction(p))
        }
        'E' | 'e' => {
            let p = if precision == -1 { 6 } else { precision };
            (precision, Cutoff::Significant(p + 1))
        }
        'G' | 'g' => {
            if precision <= 0 {
                (precision, Cutoff::Shortest)
            } else {
                (precision, Cutoff::Significant(precision))
            }
        }
        'P' | 'p' => {
            let p = if precision == -1 { invariant::DECIMAL_DIGITS } else { precision };
            (precision, Cutoff::Fraction(p + 2))
        }
        'R' | 'r' => (precision, Cutoff::Shortest),
        _ => return Err(FormatError::BadFormat),
    };
    Ok((max_digits, cutoff))
}

/// Shared by double and float: `round_trip_digits` is 17 or 9, the
/// smallest digit count that never switches "R" to scientific notation.
fn format_float(
    negative: bool,
    format: &str,
    custom_digits: i32,
    round_trip_digits: i32,
    digits_for: impl Fn(Cutoff) -> digits::Digits,
) -> Result<String, FormatError> {
    let f: Vec<char> = format.chars().collect();
    let (fmt, precision) = number::parse_format_specifier(&f);
    let (mut max_digits, cutoff) = float_request(fmt, precision, custom_digits)?;
    let d = digits_for(cutoff);
    let mut n = Number { digits: d.digits, scale: d.scale, negative, kind: Kind::FloatingPoint };
    if fmt == '\0' {
        return Ok(custom::number_to_string_format(&mut n, &f));
    }
    if cutoff == Cutoff::Shortest {
        max_digits = (n.digits.len() as i32).max(round_trip_digits);
    }
    number::number_to_string(&mut n, fmt, max_digits)
}

/// `double.ToString(format)`. NaN and infinities print their symbols
/// whatever the format, even an invalid one.
pub fn format_f64(v: f64, format: &str) -> Result<String, FormatError> {
    if v.is_nan() {
        return Ok(invariant::NAN_SYMBOL.into());
    }
    if v.is_infinite() {
        return Ok(infinity(v < 0.0));
    }
    format_float(v.is_sign_negative(), format, 15, 17, |c| digits::f64_digits(v, c))
}

/// `float.ToString(format)`.
pub fn format_f32(v: f32, format: &str) -> Result<String, FormatError> {
    if v.is_nan() {
        return Ok(invariant::NAN_SYMBOL.into());
    }
    if v.is_infinite() {
        return Ok(infinity(v < 0.0));
    }
    format_float(v.is_sign_negative(), format, 7, 9, |c| digits::f32_digits(v, c))
}

fn infinity(negative: bool) -> String {
    if negative { invariant::NEGATIVE_INFINITY_SYMBOL } else { invariant::POSITIVE_INFINITY_SYMBOL }
        .into()
}

/// `decimal.ToString(format)` (CoreCLR 3.1 `Number.FormatDecimal`): the
/// coefficient's digits with the decimal point `scale` places from the right.
pub fn format_decimal(v: decimal::Decimal, format: &str) -> Result<String, FormatError> {
    let f: Vec<char> = format.chars().collect();
    let (fmt, digits) = number::parse_format_specifier(&f);
    let coefficient = v.coefficient();
    let digit_bytes: Vec<u8> = if coefficient == 0 { Vec::new() } else { coefficient.to_string().into_bytes() };
    let scale = digit_bytes.len() as i32 - v.scale() as i32;
    let mut n = Number { digits: digit_bytes, scale, negative: v.is_negative(), kind: Kind::Decimal };
    if fmt != '\0' {
        number::number_to_string(&mut n, fmt, digits)
    } else {
        Ok(custom::number_to_string_format(&mut n, &f))
    }
}

/// `sbyte/byte/short/ushort/int/uint/long/ulong.Parse(s)` (`NumberStyles.Integer`).
pub fn parse_int(s: &str, kind: IntKind) -> Result<i128, ParseError> {
    parse::parse_int(s, kind)
}

/// `double.Parse(s)` (`NumberStyles.Float | NumberStyles.AllowThousands`).
pub fn parse_f64(s: &str) -> Result<f64, ParseError> {
    parse::parse_f64(s)
}

/// `decimal.Parse(s)` (`NumberStyles.Number`).
pub fn parse_decimal(s: &str) -> Result<decimal::Decimal, ParseError> {
    parse::parse_decimal(s)
}

/// `float.Parse(s)`: rounded once, straight to single precision.
pub fn parse_f32(s: &str) -> Result<f32, ParseError> {
    parse::parse_f32(s)
}
