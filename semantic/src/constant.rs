//! Compile-time constant values (C# spec §12.23, "Constant expressions").

/// A constant of one of C#'s constant types. Integers keep their exact
/// type so folding can wrap or overflow the way the runtime would.
#[derive(Clone, Debug, PartialEq)]
pub enum ConstValue {
    Bool(bool),
    Char(u16),
    I4(i32),
    U4(u32),
    I8(i64),
    U8(u64),
    R4(f32),
    R8(f64),
    /// System.Decimal (§8.3.8): a 96-bit coefficient and a scale. Not a CLI
    /// primitive, so it has no Constant-table form (see `bind/decimals.rs`).
    Decimal(lexer::literal::Decimal),
    /// UTF-16, since C# strings may hold lone surrogates.
    String(Vec<u16>),
    Null,
}

impl ConstValue {
    pub fn as_i64(&self) -> Option<i64> {
        Some(match *self {
            ConstValue::Char(c) => c as i64,
            ConstValue::I4(v) => v as i64,
            ConstValue::U4(v) => v as i64,
            ConstValue::I8(v) => v,
            ConstValue::U8(v) => v as i64,
            _ => return None,
        })
    }

    pub fn as_bool(&self) -> Option<bool> {
        match *self {
            ConstValue::Bool(b) => Some(b),
            _ => None,
        }
    }
}
