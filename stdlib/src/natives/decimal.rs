//! `System.Decimal` natives: the arithmetic, conversions, rounding, formatting and parsing of
//! decimal, over the `decimal` crate (the one the compiler folds constants with, so a constant
//! and the same computation at run time agree).
//!
//! A decimal argument arrives as a pointer to the caller's 16-byte copy, laid out as the C#
//! struct (flags, hi, lo, mid), which is [`Decimal`]'s `repr(C)` layout; a decimal result is
//! written through the hidden return-buffer pointer that follows the context.

use ::decimal::{Decimal, Error, Rounding};
use vm::object::{Object, VmContext, string_to_rust};

use super::numfmt::int_kind;
use crate::format;

const OVERFLOW: &str = "Value was either too large or too small for a Decimal.";

/// Raises the exception .NET throws for `e`.
///
/// # Safety
/// `ctx` must be the live context, inside a native guard.
unsafe fn raise(ctx: *mut VmContext, e: Error) -> ! {
    // SAFETY: forwarded contract.
    unsafe {
        match e {
            Error::Overflow => vm::fault::throw(ctx, "System.OverflowException", OVERFLOW),
            Error::DivideByZero => vm::fault::throw(ctx, "System.DivideByZeroException", "Attempted to divide by zero."),
        }
    }
}

/// Runs `f` on the decimal arguments and stores its result (or raises its error).
///
/// # Safety
/// `ctx` is the live context, `ret` the caller's return buffer, `args` point to decimals.
unsafe fn binary(ctx: *mut VmContext, ret: *mut Decimal, a: *const Decimal, b: *const Decimal, f: fn(Decimal, Decimal) -> Result<Decimal, Error>) {
    // SAFETY: forwarded contract.
    unsafe {
        vm::natives::guard(ctx, || match f(*a, *b) {
            Ok(v) => *ret = v,
            Err(e) => raise(ctx, e),
        })
    }
}

macro_rules! binary_natives {
    ($($name:ident => $op:path),* $(,)?) => {$(
        /// The `Decimal` method of that name: OverflowException or DivideByZeroException as .NET.
        pub extern "C" fn $name(ctx: *mut VmContext, ret: *mut Decimal, a: *const Decimal, b: *const Decimal) {
            // SAFETY: the VM passes its context, a return buffer and two decimals.
            unsafe { binary(ctx, ret, a, b, $op) }
        }
    )*};
}

binary_natives!(add => Decimal::add, subtract => Decimal::sub, multiply => Decimal::mul, divide => Decimal::div, remainder => Decimal::rem);

/// Stores `f` of the decimal argument.
///
/// # Safety
/// As [`binary`].
unsafe fn unary(ctx: *mut VmContext, ret: *mut Decimal, d: *const Decimal, f: fn(Decimal) -> Decimal) {
    // SAFETY: forwarded contract.
    unsafe { vm::natives::guard(ctx, || *ret = f(*d)) }
}

pub extern "C" fn truncate(ctx: *mut VmContext, ret: *mut Decimal, d: *const Decimal) {
    // SAFETY: the VM passes its context, a return buffer and a decimal.
    unsafe { unary(ctx, ret, d, Decimal::truncate) }
}

pub extern "C" fn floor(ctx: *mut VmContext, ret: *mut Decimal, d: *const Decimal) {
    // SAFETY: as `truncate`.
    unsafe { unary(ctx, ret, d, Decimal::floor) }
}

pub extern "C" fn ceiling(ctx: *mut VmContext, ret: *mut Decimal, d: *const Decimal) {
    // SAFETY: as `truncate`.
    unsafe { unary(ctx, ret, d, Decimal::ceiling) }
}

/// `Decimal.RoundNative(d, decimals, mode)`: the C# side has checked both arguments.
pub extern "C" fn round(ctx: *mut VmContext, ret: *mut Decimal, d: *const Decimal, decimals: i32, mode: i32) {
    let mode = match mode {
        1 => Rounding::AwayFromZero,
        2 => Rounding::ToZero,
        3 => Rounding::ToNegativeInfinity,
        4 => Rounding::ToPositiveInfinity,
        _ => Rounding::ToEven,
    };
    // SAFETY: the VM passes its context, a return buffer and a decimal.
    unsafe { vm::natives::guard(ctx, || *ret = (*d).round(decimals.clamp(0, 28) as u32, mode)) }
}

/// `Decimal.Compare(d1, d2)`: -1, 0 or 1.
pub extern "C" fn compare(ctx: *mut VmContext, a: *const Decimal, b: *const Decimal) -> i32 {
    // SAFETY: the VM passes its context and two decimals.
    unsafe { vm::natives::guard(ctx, || (*a).compare(*b) as i32) }
}

pub extern "C" fn hash_code(ctx: *mut VmContext, d: *const Decimal) -> i32 {
    // SAFETY: the VM passes its context and a decimal.
    unsafe { vm::natives::guard(ctx, || (*d).hash_code()) }
}

pub extern "C" fn to_double(ctx: *mut VmContext, d: *const Decimal) -> f64 {
    // SAFETY: the VM passes its context and a decimal.
    unsafe { vm::natives::guard(ctx, || (*d).to_f64()) }
}

pub extern "C" fn to_single(ctx: *mut VmContext, d: *const Decimal) -> f32 {
    // SAFETY: the VM passes its context and a decimal.
    unsafe { vm::natives::guard(ctx, || (*d).to_f32()) }
}

pub extern "C" fn from_double(ctx: *mut VmContext, ret: *mut Decimal, v: f64) {
    // SAFETY: the VM passes its context and a return buffer.
    unsafe {
        vm::natives::guard(ctx, || match Decimal::from_f64(v) {
            Ok(d) => *ret = d,
            Err(e) => raise(ctx, e),
        })
    }
}

pub extern "C" fn from_single(ctx: *mut VmContext, ret: *mut Decimal, v: f32) {
    // SAFETY: the VM passes its context and a return buffer.
    unsafe {
        vm::natives::guard(ctx, || match Decimal::from_f32(v) {
            Ok(d) => *ret = d,
            Err(e) => raise(ctx, e),
        })
    }
}

/// `Decimal.ToInteger(d, kind)`: the integral part, toward zero, as Number's integer kind
/// (8 is char), or the OverflowException that type's conversion throws.
pub extern "C" fn to_integer(ctx: *mut VmContext, d: *const Decimal, kind: i32) -> i64 {
    // SAFETY: the VM passes its context and a decimal.
    unsafe {
        vm::natives::guard(ctx, || {
            let whole = (*d).truncate_to_i128();
            let (min, max, message) = if kind == 8 {
                (0, u16::MAX as i128, "Value was either too large or too small for a character.")
            } else {
                let k = int_kind(kind);
                (k.min_value(), k.max_value(), k.overflow_message())
            };
            if whole < min || whole > max {
                vm::fault::throw(ctx, "System.OverflowException", message);
            }
            whole as i64
        })
    }
}

/// `Number.FormatDecimal(decimal, string format)`: a null or empty format is "G".
pub extern "C" fn format_decimal(ctx: *mut VmContext, d: *const Decimal, f: *mut Object) -> *mut Object {
    // SAFETY: the VM passes its context, a decimal and a string or null.
    unsafe {
        vm::natives::guard(ctx, || {
            let f = if f.is_null() { String::new() } else { string_to_rust(f) };
            match format::format_decimal(*d, &f) {
                Ok(s) => super::number::new_string(ctx, &s),
                Err(e) => vm::fault::throw(ctx, "System.FormatException", e.message()),
            }
        })
    }
}

/// `Number.ParseDecimal(string)`: ArgumentNullException, FormatException or OverflowException.
pub extern "C" fn parse_decimal(ctx: *mut VmContext, ret: *mut Decimal, s: *mut Object) {
    // SAFETY: the VM passes its context, a return buffer and a string or null.
    unsafe {
        vm::natives::guard(ctx, || {
            if s.is_null() {
                vm::fault::throw(ctx, "System.ArgumentNullException", "Value cannot be null. (Parameter 's')");
            }
            match format::parse_decimal(&string_to_rust(s)) {
                Ok(v) => *ret = v,
                Err(format::ParseError::Format) => vm::fault::throw(ctx, "System.FormatException", "Input string was not in a correct format."),
                Err(format::ParseError::Overflow) => vm::fault::throw(ctx, "System.OverflowException", OVERFLOW),
            }
        })
    }
}

/// `Number.ParseDecimalStatus(string)`: 0 ok, 1 format error or null, 2 overflow.
pub extern "C" fn parse_decimal_status(ctx: *mut VmContext, s: *mut Object) -> i32 {
    // SAFETY: the VM passes its context and a string or null.
    unsafe {
        vm::natives::guard(ctx, || {
            if s.is_null() {
                return 1;
            }
            match format::parse_decimal(&string_to_rust(s)) {
                Ok(_) => 0,
                Err(format::ParseError::Format) => 1,
                Err(format::ParseError::Overflow) => 2,
            }
        })
    }
}

pub fn register(r: &mut vm::NativeRegistry) {
    const D: &str = "System.Decimal";
    let natives: &[(&str, *const u8)] = &[
        ("Add(System.Decimal,System.Decimal)", add as *const u8),
        ("Subtract(System.Decimal,System.Decimal)", subtract as *const u8),
        ("Multiply(System.Decimal,System.Decimal)", multiply as *const u8),
        ("Divide(System.Decimal,System.Decimal)", divide as *const u8),
        ("Remainder(System.Decimal,System.Decimal)", remainder as *const u8),
        ("Truncate(System.Decimal)", truncate as *const u8),
        ("Floor(System.Decimal)", floor as *const u8),
        ("Ceiling(System.Decimal)", ceiling as *const u8),
        ("RoundNative(System.Decimal,int32,int32)", round as *const u8),
        ("Compare(System.Decimal,System.Decimal)", compare as *const u8),
        ("HashCode(System.Decimal)", hash_code as *const u8),
        ("ToDouble(System.Decimal)", to_double as *const u8),
        ("ToSingle(System.Decimal)", to_single as *const u8),
        ("FromDouble(float64)", from_double as *const u8),
        ("FromSingle(float32)", from_single as *const u8),
        ("ToInteger(System.Decimal,int32)", to_integer as *const u8),
    ];
    for &(k, f) in natives {
        r.register(&format!("{D}::{k}"), f);
    }
    r.register("System.Number::FormatDecimal(System.Decimal,string)", format_decimal as *const u8);
    r.register("System.Number::ParseDecimal(string)", parse_decimal as *const u8);
    r.register("System.Number::ParseDecimalStatus(string)", parse_decimal_status as *const u8);
}
