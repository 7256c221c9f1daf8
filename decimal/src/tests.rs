//! Unit tests. Most expectations come from `cases.tsv`, a table produced by
//! running a C# program on CoreCLR 3.1 (the reference these semantics must
//! match bit for bit) over fixed and pseudo-random inputs.
//!
//! Table format, one case per line, tab-separated. A decimal is written
//! `[-]COEFFICIENTeSCALE` (sign bit, 96-bit coefficient, scale), so negative
//! zeros and trailing zeros are explicit; results are followed by their
//! `ToString()` text.
//!
//! ```text
//! add|sub|mul|div|rem  A  B  RESULT|OVF|DIV0  TEXT|-
//! cmp                  A  B  -1|0|1
//! round                A  DECIMALS  MODE  RESULT  TEXT
//! trunc|floor|ceil     A  RESULT  TEXT
//! hash                 A  INT
//! tof64 | tof32        A  IEEE-BITS-HEX
//! fromf64 | fromf32    IEEE-BITS-HEX  RESULT|OVF  TEXT|-
//! parse                LITERAL-TEXT|<empty>  RESULT|OVF  TEXT|-
//! ```

use crate::{Decimal, Error, Rounding};
use core::cmp::Ordering;

const CASES: &str = include_str!("cases.tsv");

fn tok(s: &str) -> Decimal {
    let (neg, rest) = match s.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, s),
    };
    let (c, sc) = rest.split_once('e').unwrap_or_else(|| panic!("bad token {s}"));
    Decimal::new(c.parse().unwrap(), sc.parse().unwrap(), neg)
}

fn show(d: Decimal) -> String {
    format!(
        "{}{}e{}",
        if d.is_negative() { "-" } else { "" },
        d.coefficient(),
        d.scale()
    )
}

fn show_result(r: Result<Decimal, Error>) -> String {
    match r {
        Ok(d) => format!("{}\t{}", show(d), d),
        Err(Error::Overflow) => "OVF\t-".to_string(),
        Err(Error::DivideByZero) => "DIV0\t-".to_string(),
    }
}

/// A literal with an optional leading minus (applied as negation, as C# does).
fn d(s: &str) -> Decimal {
    match s.strip_prefix('-') {
        Some(rest) => Decimal::parse_literal(rest).unwrap().negate(),
        None => Decimal::parse_literal(s).unwrap(),
    }
}

/// Runs every row of the reference table; reports all mismatches at once.
#[test]
fn reference_table() {
    let mut failures = Vec::new();
    let mut checked = 0usize;
    for (n, line) in CASES.lines().enumerate() {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let f: Vec<&str> = line.split('\t').collect();
        let (got, want) = match f[0] {
            "add" | "sub" | "mul" | "div" | "rem" => {
                let (a, b) = (tok(f[1]), tok(f[2]));
                let r = match f[0] {
                    "add" => a.add(b),
                    "sub" => a.sub(b),
                    "mul" => a.mul(b),
                    "div" => a.div(b),
                    _ => a.rem(b),
                };
                (show_result(r), format!("{}\t{}", f[3], f[4]))
            }
            "cmp" => {
                let o = tok(f[1]).compare(tok(f[2]));
                let got = match o {
                    Ordering::Less => "-1",
                    Ordering::Equal => "0",
                    Ordering::Greater => "1",
                };
                (got.to_string(), f[3].to_string())
            }
            "round" => {
                let mode = Rounding::from_i32(f[3].parse().unwrap()).unwrap();
                let r = tok(f[1]).round(f[2].parse().unwrap(), mode);
                (show_result(Ok(r)), format!("{}\t{}", f[4], f[5]))
            }
            "trunc" | "floor" | "ceil" => {
                let a = tok(f[1]);
                let r = match f[0] {
                    "trunc" => a.truncate(),
                    "floor" => a.floor(),
                    _ => a.ceiling(),
                };
                if f[0] == "trunc" {
                    // truncate_to_i128 must agree with decimal.Truncate.
                    let t = r.coefficient() as i128;
                    let want = if r.is_negative() { -t } else { t };
                    if a.truncate_to_i128() != want {
                        failures.push(format!("line {}: truncate_to_i128 of {}", n + 1, f[1]));
                    }
                }
                (show_result(Ok(r)), format!("{}\t{}", f[2], f[3]))
            }
            "hash" => (tok(f[1]).hash_code().to_string(), f[2].to_string()),
            "tof64" => (format!("{:016X}", tok(f[1]).to_f64().to_bits()), f[2].to_string()),
            "tof32" => (format!("{:08X}", tok(f[1]).to_f32().to_bits()), f[2].to_string()),
            "fromf64" => {
                let v = f64::from_bits(u64::from_str_radix(f[1], 16).unwrap());
                (show_result(Decimal::from_f64(v)), format!("{}\t{}", f[2], f[3]))
            }
            "fromf32" => {
                let v = f32::from_bits(u32::from_str_radix(f[1], 16).unwrap());
                (show_result(Decimal::from_f32(v)), format!("{}\t{}", f[2], f[3]))
            }
            "parse" => {
                let text = if f[1] == "<empty>" { "" } else { f[1] };
                (show_result(Decimal::parse_literal(text)), format!("{}\t{}", f[2], f[3]))
            }
            other => panic!("line {}: unknown op {other}", n + 1),
        };
        checked += 1;
        if got != want {
            failures.push(format!("line {}: {line}\n    got  {got}", n + 1));
        }
    }
    assert!(checked > 1000, "table too small: {checked}");
    if !failures.is_empty() {
        let shown: Vec<_> = failures.iter().take(40).cloned().collect();
        panic!(
            "{} of {checked} reference cases failed:\n{}",
            failures.len(),
            shown.join("\n")
        );
    }
    eprintln!("reference_table: {checked} cases passed");
}

#[test]
fn brief_examples() {
    let r = d("1.0").mul(d("2.00")).unwrap();
    assert_eq!((r.coefficient(), r.scale()), (2000, 3));
    assert_eq!(r.to_string(), "2.000");
    assert_eq!(
        d("1").div(d("3")).unwrap().to_string(),
        "0.3333333333333333333333333333"
    );
    assert_eq!(
        d("2").div(d("3")).unwrap().to_string(),
        "0.6666666666666666666666666667"
    );
    assert_eq!(d("1.00").div(d("1")).unwrap().to_string(), "1.00");
    assert_eq!(d("1").div(d("8")).unwrap().to_string(), "0.125");
    assert_eq!(
        d("100000").div(d("3")).unwrap().to_string(),
        "33333.333333333333333333333333"
    );
}

#[test]
fn constants_and_layout() {
    assert_eq!(core::mem::size_of::<Decimal>(), 16);
    assert_eq!(Decimal::MAX.coefficient(), (1u128 << 96) - 1);
    assert_eq!(Decimal::MAX.to_string(), "79228162514264337593543950335");
    assert_eq!(Decimal::MIN.to_string(), "-79228162514264337593543950335");
    assert_eq!(Decimal::MINUS_ONE.to_string(), "-1");
    assert_eq!(Decimal::ONE.add(Decimal::MINUS_ONE).unwrap().to_string(), "0");
    let d = Decimal::new(0x0102_0304_0506_0708_090A_0B0C, 5, true);
    assert_eq!(
        (d.flags, d.hi, d.mid, d.lo),
        (0x8005_0000, 0x0102_0304, 0x0506_0708, 0x090A_0B0C)
    );
}

#[test]
fn construction_checks() {
    assert!(Decimal::from_parts(1, 0, 0, false, 29).is_none());
    assert_eq!(Decimal::from_parts(-1, -1, -1, true, 0).unwrap(), Decimal::MIN);
    assert_eq!(Decimal::from_parts(5, 0, 0, true, 1).unwrap().to_string(), "-0.5");
    assert!(Decimal::from_bits(0x001D_0000, 0, 1, 0).is_none()); // scale 29
    assert!(Decimal::from_bits(0x0000_0001, 0, 1, 0).is_none()); // low flag bits
    assert!(Decimal::from_bits(0x4000_0000, 0, 1, 0).is_none()); // bit 30
    assert_eq!(
        Decimal::from_bits(0x801C_0000, 0, 1, 0).unwrap().to_string(),
        "-0.0000000000000000000000000001"
    );
}

#[test]
#[should_panic]
fn new_rejects_wide_coefficient() {
    Decimal::new(1 << 96, 0, false);
}

#[test]
#[should_panic]
fn new_rejects_large_scale() {
    Decimal::new(1, 29, false);
}

#[test]
fn integers() {
    assert_eq!(Decimal::from_i64(i64::MIN).to_string(), "-9223372036854775808");
    assert_eq!(Decimal::from_u64(u64::MAX).to_string(), "18446744073709551615");
    assert_eq!(Decimal::from(-5i32).to_string(), "-5");
    assert_eq!(Decimal::from(7u32).coefficient(), 7);
    assert_eq!(Decimal::MAX.truncate_to_i128(), (1i128 << 96) - 1);
    assert_eq!(d("-12.99").truncate_to_i128(), -12);
    assert_eq!(d("0.5").negate().truncate_to_i128(), 0);
}

#[test]
fn negative_zero() {
    let z = d("1.0").sub(d("1")).unwrap();
    assert!(z.is_zero() && z.is_negative() && z.scale() == 1);
    assert_eq!(z.to_string(), "0.0");
    assert_eq!(z, Decimal::ZERO);
    assert_eq!(z.hash_code(), 0);
    assert!(d("-0.5").ceiling().is_negative());
    assert_eq!(d("-0.5").ceiling().to_string(), "0");
    assert_eq!(Decimal::ZERO.negate().to_f64().to_bits(), (-0.0f64).to_bits());
    // The general multiplication path answers a plain +0, the 32-bit one keeps the sign.
    assert!(!Decimal::MAX.negate().mul(Decimal::ZERO).unwrap().is_negative());
    assert!(Decimal::MINUS_ONE.mul(Decimal::ZERO).unwrap().is_negative());
}

#[test]
fn ordering_and_hashing() {
    use std::collections::HashSet;
    assert_eq!(d("1.0"), d("1.00"));
    assert!(d("-1") < d("-0.5"));
    assert!(d("0.0000000000000000000000000001") > Decimal::ZERO);
    assert!(Decimal::MAX > d("7922816251426433759354395033.5"));
    let set: HashSet<Decimal> = [d("1"), d("1.0"), d("1.000"), Decimal::ZERO, Decimal::ZERO.negate()]
        .into_iter()
        .collect();
    assert_eq!(set.len(), 2);
    assert_eq!(d("1.5").hash_code(), d("1.50").hash_code());
}

#[test]
fn remainder() {
    assert_eq!(d("7.5").rem(d("2")).unwrap().to_string(), "1.5");
    assert_eq!(d("-7.5").rem(d("-2")).unwrap().to_string(), "-1.5");
    assert_eq!(d("1").rem(d("3.00")).unwrap().to_string(), "1"); // |x| < |y|: x unchanged
    assert_eq!(d("-5").rem(d("5.0")).unwrap().to_string(), "0.0");
    assert!(d("-5").rem(d("5.0")).unwrap().is_negative());
    assert_eq!(d("10").rem(d("0.003")).unwrap().to_string(), "0.001");
    // .NET Core 3.1's long division gets these wrong; the wrong answers are the reference.
    let one_at_scale_28 = Decimal::new(10u128.pow(28), 28, false);
    let r = Decimal::new((1 << 96) - 2, 0, false).rem(one_at_scale_28).unwrap();
    assert_eq!(r.to_string(), "0.2774645161159622109968728064");
    let r = Decimal::from_u64(u64::MAX).rem(one_at_scale_28.negate()).unwrap();
    assert_eq!(r.to_string(), "0.7333304086414781669424758784");
}

#[test]
fn rounding_modes() {
    let cases = [
        ("2.5", 0, Rounding::ToEven, "2"),
        ("3.5", 0, Rounding::ToEven, "4"),
        ("2.5", 0, Rounding::AwayFromZero, "3"),
        ("-2.5", 0, Rounding::AwayFromZero, "-3"),
        ("-2.5", 0, Rounding::ToZero, "-2"),
        ("-2.1", 0, Rounding::ToNegativeInfinity, "-3"),
        ("2.1", 0, Rounding::ToPositiveInfinity, "3"),
        ("1.2345", 2, Rounding::ToEven, "1.23"),
        ("1.2", 5, Rounding::ToEven, "1.2"),
        ("-0.4", 0, Rounding::ToEven, "0"),
    ];
    for (v, dec, mode, want) in cases {
        assert_eq!(d(v).round(dec, mode).to_string(), want, "{v} {dec} {mode:?}");
    }
    assert!(d("-0.4").round(0, Rounding::ToEven).is_negative());
    assert_eq!(Rounding::from_i32(4), Some(Rounding::ToPositiveInfinity));
    assert_eq!(Rounding::from_i32(5), None);
}

#[test]
fn errors() {
    assert_eq!(Decimal::ONE.div(Decimal::ZERO), Err(Error::DivideByZero));
    assert_eq!(Decimal::ONE.rem(Decimal::ZERO.negate()), Err(Error::DivideByZero));
    assert_eq!(Decimal::MAX.add(Decimal::ONE), Err(Error::Overflow));
    assert_eq!(Decimal::MIN.sub(Decimal::ONE), Err(Error::Overflow));
    assert_eq!(Decimal::MAX.mul(d("1.1")), Err(Error::Overflow));
    assert_eq!(Decimal::MAX.div(d("0.1")), Err(Error::Overflow));
    assert_eq!(Decimal::MAX.add(d("0.5")), Err(Error::Overflow));
    assert_eq!(Decimal::MAX.add(d("0.4")).unwrap(), Decimal::MAX);
    assert_eq!(Decimal::from_f64(f64::NAN), Err(Error::Overflow));
    assert_eq!(Decimal::from_f64(f64::INFINITY), Err(Error::Overflow));
    assert_eq!(Decimal::from_f32(f32::NEG_INFINITY), Err(Error::Overflow));
    assert_eq!(Decimal::from_f64(8e28), Err(Error::Overflow));
}

#[test]
#[allow(clippy::excessive_precision)] // literals as a C# program would write them
fn conversions_from_float() {
    let cases = [
        (0.1, "0.1"),
        (1e-20, "0.00000000000000000001"),
        (123456789.123456789, "123456789.123457"),
        (1e28, "10000000000000000000000000000"),
        (7.9e28, "79000000000000000000000000000"),
        (0.30000000000000004, "0.3"),
        (1e-29, "0"),
        (-0.0, "0"),
    ];
    for (v, want) in cases {
        assert_eq!(Decimal::from_f64(v).unwrap().to_string(), want, "{v:e}");
    }
    assert_eq!(Decimal::from_f32(0.1).unwrap().to_string(), "0.1");
    assert_eq!(Decimal::from_f32(123456.789).unwrap().to_string(), "123456.8");
}

#[test]
fn literals() {
    let cases = [
        ("1.50", "1.50"),
        ("0.000", "0.000"),
        ("0e5", "0"),
        (".5", "0.5"),
        ("1.", "1"),
        ("1e-28", "0.0000000000000000000000000001"),
        ("1e-29", "0.0000000000000000000000000000"),
        ("79228162514264337593543950335.4", "79228162514264337593543950335"),
        ("1.2345678901234567890123456789012345", "1.2345678901234567890123456789"),
        ("0.00000000000000000000000000001", "0.0000000000000000000000000000"),
        ("2.5E-3", "0.0025"),
        ("1e+5", "100000"),
    ];
    for (text, want) in cases {
        assert_eq!(Decimal::parse_literal(text).unwrap().to_string(), want, "{text}");
    }
    for bad in [
        "79228162514264337593543950335.5",
        "1e29",
        "",
        ".",
        "1e",
        "1e+",
        "1.2.3",
        "e5",
        " 1",
    ] {
        assert_eq!(Decimal::parse_literal(bad), Err(Error::Overflow), "{bad:?}");
    }
}

#[test]
fn number_buffer_form() {
    // 0.12345 × 10^3 = 123.45
    assert_eq!(Decimal::from_number(b"12345", 3, false).unwrap().to_string(), "123.45");
    // Leading zeros move the point: 0.0012 × 10^3 = 1.2
    assert_eq!(Decimal::from_number(b"0012", 3, true).unwrap().to_string(), "-1.2");
    // Zeros keep a scale and sign.
    let z = Decimal::from_number(b"", -2, true).unwrap();
    assert!(z.is_negative() && z.scale() == 2 && z.is_zero());
    assert_eq!(Decimal::from_number(b"", 7, false).unwrap().scale(), 0);
    assert_eq!(Decimal::from_number(b"1", 30, false), Err(Error::Overflow));
    // Ties look past the 30 digits .NET stores.
    let tie = b"25000000000000000000000000000000000000000001";
    assert_eq!(
        Decimal::from_number(tie, -27, false).unwrap().to_string(),
        "0.0000000000000000000000000003"
    );
    assert_eq!(
        Decimal::from_number(b"25", -27, false).unwrap().to_string(),
        "0.0000000000000000000000000002"
    );
}
