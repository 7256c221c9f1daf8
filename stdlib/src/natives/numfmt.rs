//! `System.Number` natives over [`crate::format`]: `ToString(format)` and `Parse` of every
//! primitive numeric type. The C# side passes the integer type as a small code (see
//! [`int_kind`]) and widens the value to `long` (a `ulong` travels as its bit pattern).
//!
//! Parsing comes in two shapes: `Parse*` raises .NET's exception on bad input, `*Status` says
//! whether `Parse*` would succeed (0), fail with FormatException (1) or OverflowException (2),
//! so `TryParse` can call it first without needing exceptions.

use super::number::new_string;
use crate::format::{self, IntKind, ParseError};
use vm::object::{Object, VmContext, string_to_rust};

/// The C# side's integer type codes (`Number.KindInt32` and friends in Number.cs).
pub fn int_kind(code: i32) -> IntKind {
    match code {
        0 => IntKind::I8,
        1 => IntKind::U8,
        2 => IntKind::I16,
        3 => IntKind::U16,
        4 => IntKind::I32,
        5 => IntKind::U32,
        6 => IntKind::I64,
        _ => IntKind::U64,
    }
}

/// A `long` from the C# side as the value of `kind` (a ulong arrives as its bit pattern).
fn widen(value: i64, kind: IntKind) -> i128 {
    if kind == IntKind::U64 {
        value as u64 as i128
    } else {
        value as i128
    }
}

/// # Safety
/// `s` must be null or a live string.
unsafe fn opt_string(s: *mut Object) -> Option<String> {
    // SAFETY: forwarded contract.
    (!s.is_null()).then(|| unsafe { string_to_rust(s) })
}

/// Raises FormatException for a bad format string.
unsafe fn bad_format(ctx: *mut VmContext, e: format::FormatError) -> ! {
    // SAFETY: forwarded contract.
    unsafe { vm::fault::throw(ctx, "System.FormatException", e.message()) }
}

/// Raises the exception `Parse` throws: ArgumentNullException for null, else Format/Overflow.
unsafe fn parse_failed(ctx: *mut VmContext, e: Option<ParseError>, kind: IntKind) -> ! {
    // SAFETY: forwarded contract.
    unsafe {
        match e {
            None => vm::fault::throw(
                ctx,
                "System.ArgumentNullException",
                "Value cannot be null. (Parameter 's')",
            ),
            Some(ParseError::Format) => vm::fault::throw(
                ctx,
                "System.FormatException",
                ParseError::Format.message(kind),
            ),
            Some(ParseError::Overflow) => {
                vm::fault::throw(ctx, "System.OverflowException", kind.overflow_message())
            }
        }
    }
}

fn status<T>(r: Option<Result<T, ParseError>>) -> i32 {
    match r {
        Some(Ok(_)) => 0,
        None | Some(Err(ParseError::Format)) => 1,
        Some(Err(ParseError::Overflow)) => 2,
    }
}

/// `Number.FormatInteger(long value, int kind, string format)`: a null or empty format is "G".
pub extern "C" fn format_integer(
    ctx: *mut VmContext,
    value: i64,
    kind: i32,
    fmt: *mut Object,
) -> *mut Object {
    // SAFETY: the VM passes its live context and a string or null.
    unsafe {
        vm::natives::guard(ctx, || {
            let kind = int_kind(kind);
            let fmt = opt_string(fmt).unwrap_or_default();
            match format::format_int(widen(value, kind), kind, &fmt) {
                Ok(s) => new_string(ctx, &s),
                Err(e) => bad_format(ctx, e),
            }
        })
    }
}

/// `Number.FormatDouble(double value, string format)`.
pub extern "C" fn format_double_with(
    ctx: *mut VmContext,
    value: f64,
    fmt: *mut Object,
) -> *mut Object {
    // SAFETY: the VM passes its live context and a string or null.
    unsafe {
        vm::natives::guard(ctx, || {
            let fmt = opt_string(fmt).unwrap_or_default();
            match format::format_f64(value, &fmt) {
                Ok(s) => new_string(ctx, &s),
                Err(e) => bad_format(ctx, e),
            }
        })
    }
}

/// `Number.FormatSingle(float value, string format)`.
pub extern "C" fn format_single_with(
    ctx: *mut VmContext,
    value: f32,
    fmt: *mut Object,
) -> *mut Object {
    // SAFETY: the VM passes its live context and a string or null.
    unsafe {
        vm::natives::guard(ctx, || {
            let fmt = opt_string(fmt).unwrap_or_default();
            match format::format_f32(value, &fmt) {
                Ok(s) => new_string(ctx, &s),
                Err(e) => bad_format(ctx, e),
            }
        })
    }
}

/// `Number.ParseInteger(string s, int kind)`: the value as a long (a ulong as its bits).
pub extern "C" fn parse_integer(ctx: *mut VmContext, s: *mut Object, kind: i32) -> i64 {
    // SAFETY: the VM passes its live context and a string or null.
    unsafe {
        vm::natives::guard(ctx, || {
            let kind = int_kind(kind);
            match opt_string(s).map(|s| format::parse_int(&s, kind)) {
                Some(Ok(v)) => v as i64,
                Some(Err(e)) => parse_failed(ctx, Some(e), kind),
                None => parse_failed(ctx, None, kind),
            }
        })
    }
}

/// `Number.ParseIntegerStatus(string s, int kind)`: 0 ok, 1 format error or null, 2 overflow.
pub extern "C" fn parse_integer_status(ctx: *mut VmContext, s: *mut Object, kind: i32) -> i32 {
    // SAFETY: the VM passes its live context and a string or null.
    unsafe {
        vm::natives::guard(ctx, || {
            status(opt_string(s).map(|s| format::parse_int(&s, int_kind(kind))))
        })
    }
}

/// `Number.ParseDouble(string s)`.
pub extern "C" fn parse_double(ctx: *mut VmContext, s: *mut Object) -> f64 {
    // SAFETY: the VM passes its live context and a string or null.
    unsafe {
        vm::natives::guard(ctx, || match opt_string(s).map(|s| format::parse_f64(&s)) {
            Some(Ok(v)) => v,
            Some(Err(e)) => parse_failed(ctx, Some(e), IntKind::I32),
            None => parse_failed(ctx, None, IntKind::I32),
        })
    }
}

/// `Number.ParseDoubleStatus(string s)`.
pub extern "C" fn parse_double_status(ctx: *mut VmContext, s: *mut Object) -> i32 {
    // SAFETY: the VM passes its live context and a string or null.
    unsafe { vm::natives::guard(ctx, || status(opt_string(s).map(|s| format::parse_f64(&s)))) }
}

/// `Number.ParseSingle(string s)`.
pub extern "C" fn parse_single(ctx: *mut VmContext, s: *mut Object) -> f32 {
    // SAFETY: the VM passes its live context and a string or null.
    unsafe {
        vm::natives::guard(ctx, || match opt_string(s).map(|s| format::parse_f32(&s)) {
            Some(Ok(v)) => v,
            Some(Err(e)) => parse_failed(ctx, Some(e), IntKind::I32),
            None => parse_failed(ctx, None, IntKind::I32),
        })
    }
}

/// `Number.ParseSingleStatus(string s)`.
pub extern "C" fn parse_single_status(ctx: *mut VmContext, s: *mut Object) -> i32 {
    // SAFETY: the VM passes its live context and a string or null.
    unsafe { vm::natives::guard(ctx, || status(opt_string(s).map(|s| format::parse_f32(&s)))) }
}

/// `ThrowHelper.Throw(string type, string message)`: raises the managed exception `type` (it
/// becomes pending and a catch can take it). Until the compiler has `throw`, this is how the core
/// library's C# reports errors.
pub extern "C" fn throw_helper(ctx: *mut VmContext, ty: *mut Object, msg: *mut Object) {
    // SAFETY: the VM passes its live context and strings or nulls.
    unsafe {
        vm::natives::guard(ctx, || {
            let ty = opt_string(ty).unwrap_or_else(|| "System.Exception".into());
            let msg = opt_string(msg).unwrap_or_default();
            vm::fault::throw(ctx, &ty, &msg)
        })
    }
}

/// Registers the Number and ThrowHelper natives.
pub fn register(r: &mut vm::NativeRegistry) {
    let natives: &[(&str, *const u8)] = &[
        (
            "Number::FormatInteger(int64,int32,string)",
            format_integer as *const u8,
        ),
        (
            "Number::FormatDouble(float64,string)",
            format_double_with as *const u8,
        ),
        (
            "Number::FormatSingle(float32,string)",
            format_single_with as *const u8,
        ),
        (
            "Number::ParseInteger(string,int32)",
            parse_integer as *const u8,
        ),
        (
            "Number::ParseIntegerStatus(string,int32)",
            parse_integer_status as *const u8,
        ),
        ("Number::ParseDouble(string)", parse_double as *const u8),
        (
            "Number::ParseDoubleStatus(string)",
            parse_double_status as *const u8,
        ),
        ("Number::ParseSingle(string)", parse_single as *const u8),
        (
            "Number::ParseSingleStatus(string)",
            parse_single_status as *const u8,
        ),
        (
            "ThrowHelper::Throw(string,string)",
            throw_helper as *const u8,
        ),
    ];
    for &(k, f) in natives {
        r.register(&format!("System.{k}"), f);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ulong_travels_as_bits() {
        assert_eq!(widen(-1, IntKind::U64), u64::MAX as i128);
        assert_eq!(widen(-1, IntKind::I64), -1);
    }

    #[test]
    fn status_codes() {
        assert_eq!(status::<i32>(None), 1);
        assert_eq!(status(Some(format::parse_int("12", IntKind::I32))), 0);
        assert_eq!(status(Some(format::parse_int("1x", IntKind::I32))), 1);
        assert_eq!(status(Some(format::parse_int("300", IntKind::U8))), 2);
    }
}
