//! `System.Number` natives: invariant-culture formatting.

use vm::object::{Object, VmContext, alloc_string};

/// A Rust string as a new managed string.
///
/// # Safety
/// `ctx` must be the live context.
pub(crate) unsafe fn new_string(ctx: *mut VmContext, s: &str) -> *mut Object {
    let units: Vec<u16> = s.encode_utf16().collect();
    // SAFETY: forwarded contract.
    unsafe { alloc_string(ctx, &units) }
}

/// `Number.FormatInt64(long)`: decimal digits, '-' for negatives.
pub extern "C" fn format_int64(ctx: *mut VmContext, value: i64) -> *mut Object {
    // SAFETY: the VM passes its live context.
    unsafe { vm::natives::guard(ctx, || new_string(ctx, &value.to_string())) }
}

/// `Number.FormatUInt64(ulong)`.
pub extern "C" fn format_uint64(ctx: *mut VmContext, value: u64) -> *mut Object {
    // SAFETY: the VM passes its live context.
    unsafe { vm::natives::guard(ctx, || new_string(ctx, &value.to_string())) }
}

/// `Number.FormatDouble(double)`: what `double.ToString()` prints on .NET Core 3.0 and later.
pub extern "C" fn format_double(ctx: *mut VmContext, value: f64) -> *mut Object {
    // SAFETY: the VM passes its live context.
    unsafe { vm::natives::guard(ctx, || new_string(ctx, &format_float(value, 17))) }
}

/// `Number.FormatSingle(float)`: what `float.ToString()` prints on .NET Core 3.0 and later.
pub extern "C" fn format_single(ctx: *mut VmContext, value: f32) -> *mut Object {
    // SAFETY: the VM passes its live context.
    unsafe {
        vm::natives::guard(ctx, || {
            // Rust's shortest round-trip digits of the f32 itself, not of its f64 widening.
            let sci = format!("{value:e}");
            new_string(
                ctx,
                &format_from_sci(&sci, value.is_sign_negative(), value as f64, 9),
            )
        })
    }
}

/// The shortest digits that round-trip, laid out as .NET's general format does it
/// (Number.Formatting.cs, FormatGeneral): positional while the decimal exponent is in
/// [-5, max_scale - 1), else scientific with `E+dd`. Verified on CoreCLR 3.1: max_scale is 17
/// for double (1E+17, 10000000000000000) and 9 for float (1E+09, 123456790).
pub fn format_float(value: f64, max_scale: i32) -> String {
    format_from_sci(
        &format!("{value:e}"),
        value.is_sign_negative(),
        value,
        max_scale,
    )
}

fn format_from_sci(sci: &str, negative: bool, value: f64, max_scale: i32) -> String {
    if value.is_nan() {
        return "NaN".into();
    }
    if value.is_infinite() {
        return if negative { "-Infinity" } else { "Infinity" }.into();
    }
    let sign = if negative { "-" } else { "" };
    if value == 0.0 {
        return format!("{sign}0");
    }
    // `{:e}` gives d.ddde±x with the shortest round-trip digits.
    let body = sci.trim_start_matches('-');
    let (mant, exp) = body.split_once('e').unwrap_or((body, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    let scale = exp + 1;
    if scale > max_scale || scale < -3 {
        let (first, rest) = digits.split_at(1);
        let frac = if rest.is_empty() {
            String::new()
        } else {
            format!(".{rest}")
        };
        let esign = if exp < 0 { '-' } else { '+' };
        return format!("{sign}{first}{frac}E{esign}{:02}", exp.abs());
    }
    if scale <= 0 {
        return format!("{sign}0.{}{digits}", "0".repeat((-scale) as usize));
    }
    let scale = scale as usize;
    if digits.len() <= scale {
        format!("{sign}{digits}{}", "0".repeat(scale - digits.len()))
    } else {
        format!("{sign}{}.{}", &digits[..scale], &digits[scale..])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn doubles_print_as_dotnet_core_does() {
        // Each expectation was printed by CoreCLR 3.1.
        let cases: &[(f64, &str)] = &[
            (1e14, "100000000000000"),
            (1e16, "10000000000000000"),
            (1e17, "1E+17"),
            (123456789012345678.0, "1.2345678901234568E+17"),
            (0.0001, "0.0001"),
            (0.00001, "1E-05"),
            (1.5e-5, "1.5E-05"),
            (1e100, "1E+100"),
            (4.94e-324, "5E-324"),
            (0.1 + 0.2, "0.30000000000000004"),
            (-1.5, "-1.5"),
            (-0.0, "-0"),
            (123.456, "123.456"),
            (f64::NAN, "NaN"),
            (f64::NEG_INFINITY, "-Infinity"),
        ];
        for &(v, want) in cases {
            assert_eq!(format_float(v, 17), want, "{v:e}");
        }
    }

    #[test]
    fn floats_use_their_own_shortest_digits() {
        let f = |v: f32| format_from_sci(&format!("{v:e}"), v.is_sign_negative(), v as f64, 9);
        assert_eq!(f(1e9), "1E+09");
        assert_eq!(f(123456789.0), "123456790");
        assert_eq!(f(16777216.0), "16777216");
        assert_eq!(f(0.1), "0.1");
        assert_eq!(f(3.4028235e38), "3.4028235E+38");
    }
}
