//! `System.Math` natives: IEEE-754 double operations through Rust's `f64` (libm).

use vm::object::VmContext;

macro_rules! unary {
    ($($name:ident => $f:expr;)*) => {$(
        pub extern "C" fn $name(_ctx: *mut VmContext, x: f64) -> f64 {
            let f: fn(f64) -> f64 = $f;
            f(x)
        }
    )*};
}

unary! {
    sqrt => f64::sqrt;
    floor => f64::floor;
    ceiling => f64::ceil;
    sin => f64::sin;
    cos => f64::cos;
    tan => f64::tan;
    atan => f64::atan;
    asin => f64::asin;
    acos => f64::acos;
    sinh => f64::sinh;
    cosh => f64::cosh;
    tanh => f64::tanh;
    acosh => f64::acosh;
    asinh => f64::asinh;
    atanh => f64::atanh;
    cbrt => f64::cbrt;
    exp => f64::exp;
    log => f64::ln;
    log10 => f64::log10;
    abs => f64::abs;
    // Math.Round(double) rounds half to even ("banker's rounding", MidpointRounding.ToEven).
    round => f64::round_ties_even;
    truncate => f64::trunc;
}

pub extern "C" fn pow(_ctx: *mut VmContext, x: f64, y: f64) -> f64 {
    x.powf(y)
}

pub extern "C" fn atan2(_ctx: *mut VmContext, y: f64, x: f64) -> f64 {
    y.atan2(x)
}

/// `Math.IEEERemainder(x, y)`: x - y·n with n = x/y rounded to even (IEEE 754 remainder).
pub extern "C" fn ieee_remainder(_ctx: *mut VmContext, x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() || x.is_infinite() || y == 0.0 {
        return f64::NAN;
    }
    if y.is_infinite() {
        return x;
    }
    let r = x % y;
    // Pick the remainder of smaller magnitude; at exactly half, the one with an even quotient.
    let alt = if r >= 0.0 { r - y.abs() } else { r + y.abs() };
    let pick = if alt.abs() < r.abs() {
        alt
    } else if alt.abs() > r.abs() {
        r
    } else {
        let q = ((x - r) / y).round();
        if q % 2.0 == 0.0 { r } else { alt }
    };
    if pick == 0.0 {
        0.0f64.copysign(x)
    } else {
        pick
    }
}

/// `BitConverter.DoubleToInt64Bits` and its kin: a value's IEEE-754 bits.
pub extern "C" fn double_to_bits(_ctx: *mut VmContext, x: f64) -> i64 {
    x.to_bits() as i64
}

pub extern "C" fn bits_to_double(_ctx: *mut VmContext, x: i64) -> f64 {
    f64::from_bits(x as u64)
}

pub extern "C" fn single_to_bits(_ctx: *mut VmContext, x: f32) -> i32 {
    x.to_bits() as i32
}

pub extern "C" fn bits_to_single(_ctx: *mut VmContext, x: i32) -> f32 {
    f32::from_bits(x as u32)
}

/// `System.MathF`'s natives: the `f32` functions of the C library (`sinf`, `powf`…), which
/// CoreCLR's MathF calls too.
mod single {
    use vm::object::VmContext;

    macro_rules! unary32 {
        ($($name:ident => $f:expr;)*) => {$(
            pub extern "C" fn $name(_ctx: *mut VmContext, x: f32) -> f32 {
                let f: fn(f32) -> f32 = $f;
                f(x)
            }
        )*};
    }

    unary32! {
        sqrt => f32::sqrt;
        floor => f32::floor;
        ceiling => f32::ceil;
        truncate => f32::trunc;
        round => f32::round_ties_even;
        sin => f32::sin;
        cos => f32::cos;
        tan => f32::tan;
        asin => f32::asin;
        acos => f32::acos;
        atan => f32::atan;
        sinh => f32::sinh;
        cosh => f32::cosh;
        tanh => f32::tanh;
        asinh => f32::asinh;
        acosh => f32::acosh;
        atanh => f32::atanh;
        cbrt => f32::cbrt;
        exp => f32::exp;
        log => f32::ln;
        log10 => f32::log10;
    }

    pub extern "C" fn pow(_ctx: *mut VmContext, x: f32, y: f32) -> f32 {
        x.powf(y)
    }

    pub extern "C" fn atan2(_ctx: *mut VmContext, y: f32, x: f32) -> f32 {
        y.atan2(x)
    }

    pub fn register(r: &mut vm::NativeRegistry) {
        let unary: &[(&str, extern "C" fn(*mut VmContext, f32) -> f32)] = &[
            ("Sqrt", sqrt),
            ("Floor", floor),
            ("Ceiling", ceiling),
            ("Truncate", truncate),
            ("Round", round),
            ("Sin", sin),
            ("Cos", cos),
            ("Tan", tan),
            ("Asin", asin),
            ("Acos", acos),
            ("Atan", atan),
            ("Sinh", sinh),
            ("Cosh", cosh),
            ("Tanh", tanh),
            ("Asinh", asinh),
            ("Acosh", acosh),
            ("Atanh", atanh),
            ("Cbrt", cbrt),
            ("Exp", exp),
            ("Log", log),
            ("Log10", log10),
        ];
        for &(name, f) in unary {
            r.register(&format!("System.MathF::{name}(float32)"), f as *const u8);
        }
        r.register("System.MathF::Pow(float32,float32)", pow as *const u8);
        r.register("System.MathF::Atan2(float32,float32)", atan2 as *const u8);
    }
}

/// Registers the Math and MathF natives.
pub fn register(r: &mut vm::NativeRegistry) {
    let unary: &[(&str, extern "C" fn(*mut VmContext, f64) -> f64)] = &[
        ("Sqrt", sqrt),
        ("Floor", floor),
        ("Ceiling", ceiling),
        ("Sin", sin),
        ("Cos", cos),
        ("Tan", tan),
        ("Atan", atan),
        ("Asin", asin),
        ("Acos", acos),
        ("Sinh", sinh),
        ("Cosh", cosh),
        ("Tanh", tanh),
        ("Acosh", acosh),
        ("Asinh", asinh),
        ("Atanh", atanh),
        ("Cbrt", cbrt),
        ("Exp", exp),
        ("Log", log),
        ("Log10", log10),
        ("Abs", abs),
        ("Round", round),
        ("Truncate", truncate),
    ];
    for &(name, f) in unary {
        r.register(&format!("System.Math::{name}(float64)"), f as *const u8);
    }
    r.register("System.Math::Pow(float64,float64)", pow as *const u8);
    r.register("System.BitConverter::DoubleToInt64Bits(float64)", double_to_bits as *const u8);
    r.register("System.BitConverter::Int64BitsToDouble(int64)", bits_to_double as *const u8);
    r.register("System.BitConverter::SingleToInt32Bits(float32)", single_to_bits as *const u8);
    r.register("System.BitConverter::Int32BitsToSingle(int32)", bits_to_single as *const u8);
    r.register("System.Math::Atan2(float64,float64)", atan2 as *const u8);
    r.register(
        "System.Math::IEEERemainder(float64,float64)",
        ieee_remainder as *const u8,
    );
    single::register(r);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_is_bankers() {
        let c = std::ptr::null_mut();
        assert_eq!(round(c, 2.5), 2.0);
        assert_eq!(round(c, 3.5), 4.0);
        assert_eq!(round(c, -2.5), -2.0);
        assert_eq!(round(c, 2.6), 3.0);
    }

    #[test]
    fn the_rest_are_libm() {
        let c = std::ptr::null_mut();
        assert_eq!(floor(c, -2.5), -3.0);
        assert_eq!(ceiling(c, -2.5), -2.0);
        assert_eq!(truncate(c, -2.7), -2.0);
        assert_eq!(pow(c, 2.0, 10.0), 1024.0);
        assert!(sqrt(c, -1.0).is_nan());
    }
}
