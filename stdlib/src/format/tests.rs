//! Table-driven tests: every row of `cases.tsv` was printed by CoreCLR 3.1
//! (`x.ToString(fmt, CultureInfo.InvariantCulture)` / `T.Parse(s, ...)`).
//!
//! Row: `kind \t input \t format \t expected`, fields escaped with `\\`,
//! `\t`, `\n`, `\r`, `\uXXXX`. Kinds: i8..u64, f64, f32 format a value
//! (floats given as `0x` bit patterns or decimal literals); p-prefixed kinds
//! parse the input, expecting the value (`0x` bits for floats) or
//! `!F:message` / `!O:message` for Format / Overflow exceptions.

use super::*;

const CASES: &str = include_str!("cases.tsv");

fn unescape(s: &str) -> String {
    let mut out = String::new();
    let mut it = s.chars();
    while let Some(c) = it.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match it.next() {
            Some('t') => out.push('\t'),
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            Some('u') => {
                let hex: String = it.by_ref().take(4).collect();
                out.push(u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32).unwrap_or('?'));
            }
            Some(other) => out.push(other),
            None => out.push('\\'),
        }
    }
    out
}

fn int_kind(k: &str) -> Option<IntKind> {
    Some(match k {
        "i8" => IntKind::I8,
        "u8" => IntKind::U8,
        "i16" => IntKind::I16,
        "u16" => IntKind::U16,
        "i32" => IntKind::I32,
        "u32" => IntKind::U32,
        "i64" => IntKind::I64,
        "u64" => IntKind::U64,
        _ => return None,
    })
}

fn f64_input(s: &str) -> f64 {
    match s.strip_prefix("0x") {
        Some(h) => f64::from_bits(u64::from_str_radix(h, 16).expect("test data")),
        None => s.parse().expect("test data"),
    }
}

fn f32_input(s: &str) -> f32 {
    match s.strip_prefix("0x") {
        Some(h) => f32::from_bits(u32::from_str_radix(h, 16).expect("test data")),
        None => s.parse().expect("test data"),
    }
}

fn show_format(r: Result<String, FormatError>) -> String {
    match r {
        Ok(s) => s,
        Err(e) => format!("!F:{}", e.message()),
    }
}

fn show_parse<T>(r: Result<T, ParseError>, kind: IntKind, ok: impl Fn(T) -> String) -> String {
    match r {
        Ok(v) => ok(v),
        Err(ParseError::Format) => format!("!F:{}", ParseError::Format.message(kind)),
        Err(ParseError::Overflow) => format!("!O:{}", ParseError::Overflow.message(kind)),
    }
}

fn run(kind: &str, input: &str, fmt: &str) -> String {
    if let Some(k) = int_kind(kind) {
        let v: i128 = input.parse().expect("test data");
        return show_format(format_int(v, k, fmt));
    }
    if let Some(k) = kind.strip_prefix('p').and_then(int_kind) {
        return show_parse(parse_int(input, k), k, |v| v.to_string());
    }
    match kind {
        "f64" => show_format(format_f64(f64_input(input), fmt)),
        "f32" => show_format(format_f32(f32_input(input), fmt)),
        "pf64" => show_parse(parse_f64(input), IntKind::I32, |v| format!("0x{:016X}", v.to_bits())),
        "pf32" => show_parse(parse_f32(input), IntKind::I32, |v| format!("0x{:08X}", v.to_bits())),
        _ => format!("?unknown kind {kind}"),
    }
}

#[test]
fn coreclr_table() {
    let mut failures = Vec::new();
    let mut count = 0;
    for line in CASES.lines() {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        assert_eq!(cols.len(), 4, "malformed row: {line}");
        let (input, fmt) = (unescape(cols[1]), unescape(cols[2]));
        let expected = unescape(cols[3]);
        let got = run(cols[0], &input, &fmt);
        count += 1;
        if got != expected {
            failures.push(format!("{} {:?} {:?}: expected {:?}, got {:?}", cols[0], input, fmt, expected, got));
        }
    }
    assert!(count >= 200, "only {count} cases");
    assert!(failures.is_empty(), "{} of {count} failed:\n{}", failures.len(), failures.join("\n"));
}

/// The spot checks from the brief, readable without the table.
#[test]
fn headline_values() {
    assert_eq!(format_f64(0.1 + 0.2, "").unwrap(), "0.30000000000000004");
    assert_eq!(format_f64(1e16, "").unwrap(), "10000000000000000");
    assert_eq!(format_f64(1e17, "").unwrap(), "1E+17");
    assert_eq!(format_f64(1e15, "").unwrap(), "1000000000000000");
    assert_eq!(format_f64(-0.0, "").unwrap(), "-0");
    assert_eq!(format_f64(f64::INFINITY, "").unwrap(), "Infinity");
    assert_eq!(format_f64(2.5, "F0").unwrap(), "2");
    assert_eq!(format_f64(1.005, "F2").unwrap(), "1.00");
    assert_eq!(format_f64(12.5, "P").unwrap(), "1,250.00 %");
    assert_eq!(format_i64(-1, "X").unwrap(), "FFFFFFFFFFFFFFFF");
    assert_eq!(format_int(-1, IntKind::I32, "X").unwrap(), "FFFFFFFF");
    assert_eq!(parse_int("2147483648", IntKind::I32), Err(ParseError::Overflow));
    assert_eq!(parse_f64("1,234.5"), Ok(1234.5));
}
