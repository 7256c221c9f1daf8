//! Literal decoding (C# spec §6.4.5): the text of a literal token to its value.
//!
//! Each function returns the value plus the problems found, as
//! `(code, message, byte range within the token)`. `lex` reports them; the
//! parser decodes again and ignores them (they were already reported).

use std::ops::Range;

pub use decimal::Decimal;

/// Suffix of an integer literal (§6.4.5.3).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum IntSuffix {
    #[default]
    None,
    U,
    L,
    UL,
}

/// Suffix of a real literal (§6.4.5.4).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum RealSuffix {
    #[default]
    None,
    F,
    D,
    M,
}

/// A problem inside a literal: diagnostic code, message, byte range in the token.
pub type LiteralProblem = (&'static str, String, Range<usize>);

/// Decodes an integer literal. Too large for `ulong` is CS1021.
pub fn decode_int(text: &str) -> (u64, IntSuffix, Vec<LiteralProblem>) {
    let lower = text.to_ascii_lowercase();
    let (body, suffix) = if let Some(b) = lower.strip_suffix("ul").or_else(|| lower.strip_suffix("lu")) {
        (b, IntSuffix::UL)
    } else if let Some(b) = lower.strip_suffix('u') {
        (b, IntSuffix::U)
    } else if let Some(b) = lower.strip_suffix('l') {
        (b, IntSuffix::L)
    } else {
        (lower.as_str(), IntSuffix::None)
    };
    let (digits, radix) = if let Some(h) = body.strip_prefix("0x") {
        (h, 16)
    } else if let Some(b) = body.strip_prefix("0b") {
        (b, 2)
    } else {
        (body, 10)
    };
    let mut value: u64 = 0;
    let mut problems = Vec::new();
    for c in digits.chars().filter(|&c| c != '_') {
        let d = c.to_digit(radix).unwrap_or(0) as u64;
        match value.checked_mul(radix as u64).and_then(|v| v.checked_add(d)) {
            Some(v) => value = v,
            None => {
                problems.push(("CS1021", "Integral constant is too large".to_string(), 0..text.len()));
                return (0, suffix, problems);
            }
        }
    }
    (value, suffix, problems)
}

/// Decodes a real literal. A `decimal` (`m`) literal is decoded here too, for
/// its problems; its value comes from [`decode_decimal`].
pub fn decode_real(text: &str) -> (f64, RealSuffix, Vec<LiteralProblem>) {
    let last = text.chars().last().unwrap_or('0').to_ascii_lowercase();
    let (body, suffix) = match last {
        'f' => (&text[..text.len() - 1], RealSuffix::F),
        'd' => (&text[..text.len() - 1], RealSuffix::D),
        'm' => (&text[..text.len() - 1], RealSuffix::M),
        _ => (text, RealSuffix::None),
    };
    let clean: String = body.chars().filter(|&c| c != '_').collect();
    if suffix == RealSuffix::M {
        let (value, problems) = decode_decimal(text);
        return (value.to_f64(), suffix, problems);
    }
    let mut problems = Vec::new();
    let value = match clean.parse::<f64>() {
        Ok(v) if v.is_finite() || suffix == RealSuffix::M => v,
        _ => {
            let ty = if suffix == RealSuffix::F { "float" } else { "double" };
            problems.push(("CS0594", format!("Floating-point constant is outside the range of type '{ty}'"), 0..text.len()));
            0.0
        }
    };
    (value, suffix, problems)
}

/// Decodes a `decimal` literal (`1.5m`, `2M`, `1e3m`) to the value
/// System.Decimal gives its digits: more than 28-29 significant digits are
/// rounded, a value too small becomes zero, and one too large is CS0594.
pub fn decode_decimal(text: &str) -> (Decimal, Vec<LiteralProblem>) {
    let body = text.strip_suffix(['m', 'M']).unwrap_or(text);
    let clean: String = body.chars().filter(|&c| c != '_').collect();
    match Decimal::parse_literal(&clean) {
        Ok(v) => (v, Vec::new()),
        Err(_) => (
            Decimal::ZERO,
            vec![("CS0594", "Floating-point constant is outside the range of type 'decimal'".to_string(), 0..text.len())],
        ),
    }
}

/// Decodes the body of a regular string or character literal (the text
/// between the quotes) into UTF-16, with the escapes of §6.4.5.5.
/// `base` is the body's offset within the token, for problem ranges.
fn decode_escaped(body: &str, base: usize, out: &mut Vec<u16>, problems: &mut Vec<LiteralProblem>) {
    let mut chars = body.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c != '\\' {
            let mut buf = [0u16; 2];
            out.extend_from_slice(c.encode_utf16(&mut buf));
            continue;
        }
        let Some((_, e)) = chars.next() else {
            problems.push(("CS1009", "Unrecognized escape sequence".to_string(), base + i..base + i + 1));
            break;
        };
        let simple = match e {
            '\'' => Some(0x27),
            '"' => Some(0x22),
            '\\' => Some(0x5C),
            '0' => Some(0),
            'a' => Some(7),
            'b' => Some(8),
            'f' => Some(0xC),
            'n' => Some(0xA),
            'r' => Some(0xD),
            't' => Some(9),
            'v' => Some(0xB),
            _ => None,
        };
        if let Some(u) = simple {
            out.push(u);
            continue;
        }
        // \xH[H][H][H] takes 1-4 hex digits; \uHHHH exactly 4; \UHHHHHHHH exactly 8.
        let (min, max) = match e {
            'x' => (1, 4),
            'u' => (4, 4),
            'U' => (8, 8),
            _ => {
                problems.push(("CS1009", "Unrecognized escape sequence".to_string(), base + i..base + i + 1 + e.len_utf8()));
                continue;
            }
        };
        let mut value: u32 = 0;
        let mut n = 0;
        while n < max {
            match chars.peek() {
                Some(&(_, h)) if h.is_ascii_hexdigit() => {
                    value = value * 16 + h.to_digit(16).unwrap_or(0);
                    chars.next();
                    n += 1;
                }
                _ => break,
            }
        }
        if n < min {
            problems.push(("CS1009", "Unrecognized escape sequence".to_string(), base + i..base + i + 2 + n));
            continue;
        }
        if e == 'U' {
            match char::from_u32(value) {
                Some(ch) => {
                    let mut buf = [0u16; 2];
                    out.extend_from_slice(ch.encode_utf16(&mut buf));
                }
                None => problems.push(("CS1009", "Unrecognized escape sequence".to_string(), base + i..base + i + 10)),
            }
        } else {
            out.push(value as u16);
        }
    }
}

/// Decodes a string literal token (`"..."` or `@"..."`) into UTF-16.
/// Verbatim strings take `""` as a quote and no other escapes (§6.4.5.6).
pub fn decode_string(text: &str) -> (Vec<u16>, Vec<LiteralProblem>) {
    let mut out = Vec::new();
    let mut problems = Vec::new();
    if let Some(rest) = text.strip_prefix("@\"") {
        let body = rest.strip_suffix('"').unwrap_or(rest);
        let unescaped = body.replace("\"\"", "\"");
        out.extend(unescaped.encode_utf16());
        if !verbatim_terminated(rest) {
            problems.push(("CS1039", "Unterminated string literal".to_string(), 0..text.len()));
        }
        return (out, problems);
    }
    let rest = text.strip_prefix('"').unwrap_or(text);
    let terminated = rest.ends_with('"') && !ends_with_escape(rest);
    let body = if terminated { &rest[..rest.len() - 1] } else { rest };
    decode_escaped(body, 1, &mut out, &mut problems);
    if !terminated {
        problems.push(("CS1010", "Newline in constant".to_string(), 0..text.len()));
    }
    (out, problems)
}

/// A verbatim body ends with an unpaired `"`.
fn verbatim_terminated(rest: &str) -> bool {
    let trailing = rest.bytes().rev().take_while(|&b| b == b'"').count();
    trailing % 2 == 1
}

/// Whether the final `"` of a regular literal is escaped (`"abc\"`).
fn ends_with_escape(rest: &str) -> bool {
    let without = &rest[..rest.len() - 1];
    let backslashes = without.bytes().rev().take_while(|&b| b == b'\\').count();
    backslashes % 2 == 1
}

/// Decodes a character literal token `'x'` to one UTF-16 unit.
pub fn decode_char(text: &str) -> (u16, Vec<LiteralProblem>) {
    let rest = text.strip_prefix('\'').unwrap_or(text);
    let terminated = rest.ends_with('\'') && !(rest.len() >= 2 && ends_with_escape(rest));
    let body = if terminated { &rest[..rest.len() - 1] } else { rest };
    let mut out = Vec::new();
    let mut problems = Vec::new();
    decode_escaped(body, 1, &mut out, &mut problems);
    if !terminated {
        problems.push(("CS1010", "Newline in constant".to_string(), 0..text.len()));
    } else if out.is_empty() && problems.is_empty() {
        problems.push(("CS1011", "Empty character literal".to_string(), 0..text.len()));
    } else if out.len() > 1 {
        problems.push(("CS1012", "Too many characters in character literal".to_string(), 0..text.len()));
    }
    (out.first().copied().unwrap_or(0), problems)
}

/// Decodes a text part of an interpolated string (§12.8.3): `{{` and `}}`
/// are one brace; a regular string's escapes are those of §6.4.5.5 and a
/// verbatim one's only `""`. A lone `}` is kept (the lexer reports it).
pub fn decode_interpolated_text(text: &str, verbatim: bool) -> (Vec<u16>, Vec<LiteralProblem>) {
    let mut out = Vec::new();
    let mut problems = Vec::new();
    let mut segment_start = 0;
    let bytes = text.as_bytes();
    let mut i = 0;
    let flush = |from: usize, to: usize, out: &mut Vec<u16>, problems: &mut Vec<LiteralProblem>| {
        let seg = &text[from..to];
        if verbatim {
            out.extend(seg.replace("\"\"", "\"").encode_utf16());
        } else {
            decode_escaped(seg, from, out, problems);
        }
    };
    while i < bytes.len() {
        match bytes[i] {
            // An escaped character is never the first of a brace pair.
            b'\\' if !verbatim => i += 2,
            b'{' | b'}' if bytes.get(i + 1) == Some(&bytes[i]) => {
                flush(segment_start, i, &mut out, &mut problems);
                out.push(bytes[i] as u16);
                i += 2;
                segment_start = i;
            }
            _ => i += 1,
        }
    }
    // `i` may step past the end after a trailing backslash.
    flush(segment_start.min(text.len()), text.len(), &mut out, &mut problems);
    (out, problems)
}
