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

/// `Number.FormatDouble(double)`: what `double.ToString()` prints on .NET Core 3.0 and later,
/// the general format's shortest round-trip digits (`ToString(null)` is the same).
pub extern "C" fn format_double(ctx: *mut VmContext, value: f64) -> *mut Object {
    // SAFETY: the VM passes its live context.
    unsafe { vm::natives::guard(ctx, || new_string(ctx, &crate::format::format_f64(value, "").unwrap_or_default())) }
}

/// `Number.FormatSingle(float)`: what `float.ToString()` prints, from the float's own
/// shortest digits (not its double widening's).
pub extern "C" fn format_single(ctx: *mut VmContext, value: f32) -> *mut Object {
    // SAFETY: the VM passes its live context.
    unsafe { vm::natives::guard(ctx, || new_string(ctx, &crate::format::format_f32(value, "").unwrap_or_default())) }
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
            assert_eq!(crate::format::format_f64(v, "").unwrap(), want, "{v:e}");
        }
    }

    #[test]
    fn floats_use_their_own_shortest_digits() {
        let f = |v: f32| crate::format::format_f32(v, "").unwrap();
        assert_eq!(f(1e9), "1E+09");
        assert_eq!(f(123456789.0), "123456790");
        assert_eq!(f(16777216.0), "16777216");
        assert_eq!(f(0.1), "0.1");
        assert_eq!(f(3.4028235e38), "3.4028235E+38");
        // A tie between two shortest candidates goes to the even digit, as on CoreCLR 3.1
        // (Rust's own shortest form gives 2919646.3).
        assert_eq!(f(2919646.25), "2919646.2");
        assert_eq!(crate::format::format_f64(55955020131522336.0, "").unwrap(), "55955020131522336");
    }
}
