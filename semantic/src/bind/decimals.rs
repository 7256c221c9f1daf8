//! `decimal` (C# spec §8.3.8): System.Decimal is a struct of the library,
//! not a CLI primitive, yet C# gives it predefined operators (§12.10–12.12)
//! and conversions (§10.2.3, §10.3.2). No IL instruction works on it, so
//! each operation on values becomes a call of the System.Decimal method
//! that implements it, as Roslyn lowers them: `a + b` is
//! `Decimal.op_Addition(a, b)`, `(int)d` is `Decimal.op_Explicit(d)`,
//! `d = i` is `Decimal.op_Implicit(i)`.
//!
//! On constants the same operations are folded here, with the `decimal`
//! crate the runtime's natives use, so a constant has exactly the value
//! the program would compute: `1m / 3m` is 0.3333333333333333333333333333
//! at compile time too. A constant decimal is emitted by ilgen as a
//! constructor call, and a `const decimal` field as a static readonly field
//! carrying DecimalConstantAttribute (`decimal_constant_attributes`).

use decimal::{Decimal, Error as DecimalError};
use lexer::Span;

use super::Binder;
use crate::bound::*;
use crate::constant::ConstValue;
use crate::types::*;

impl Binder<'_> {
    /// The static method `name(params)` of System.Decimal returning `ret`,
    /// or CS0656 when the core library lacks it.
    fn decimal_method(&mut self, name: &str, params: &[TyId], ret: TyId, span: Span) -> Option<MethodId> {
        let decimal = self.special(SpecialType::Decimal);
        let found = match self.syms.kind(decimal) {
            TyKind::Def(d) => self.syms.def(d).methods.iter().copied().find(|&m| {
                let s = self.syms.method(m);
                s.is_static && s.name == name && s.ret == ret && s.params.len() == params.len() && s.params.iter().zip(params).all(|(p, &t)| p.ty == t)
            }),
            _ => None,
        };
        if found.is_none() {
            self.error("CS0656", span, format!("Missing compiler required member 'System.Decimal.{name}'"));
        }
        found
    }

    /// `left op right` on two decimals (already converted): folded when
    /// both are constants, else the operator method's call.
    pub(super) fn decimal_binary(&mut self, op: BinOp, left: BoundExpr, right: BoundExpr, span: Span) -> BoundExpr {
        let decimal = self.special(SpecialType::Decimal);
        let result_ty = if op.is_comparison() { self.special(SpecialType::Boolean) } else { decimal };
        if let (Some(a), Some(b)) = (left.constant(), right.constant())
            && let Some(v) = self.fold_binary(op, a, b, span)
        {
            return self.expr(BoundExprKind::Const(v), result_ty, span);
        }
        match self.decimal_method(op.metadata_name(), &[decimal, decimal], result_ty, span) {
            Some(method) => self.expr(BoundExprKind::Call { method, receiver: None, args: vec![left, right] }, result_ty, span),
            None => self.error_expr(span),
        }
    }

    /// `-d`: folded on a constant, else `Decimal.op_UnaryNegation(d)`.
    pub(super) fn decimal_negate(&mut self, operand: BoundExpr, span: Span) -> BoundExpr {
        let decimal = self.special(SpecialType::Decimal);
        if let Some(ConstValue::Decimal(v)) = operand.constant() {
            return self.expr(BoundExprKind::Const(ConstValue::Decimal(v.negate())), decimal, span);
        }
        match self.decimal_method("op_UnaryNegation", &[decimal], decimal, span) {
            Some(method) => self.expr(BoundExprKind::Call { method, receiver: None, args: vec![operand] }, decimal, span),
            None => self.error_expr(span),
        }
    }

    /// A numeric conversion to or from decimal of a value that is not a
    /// constant: `op_Implicit` from the integral types and char,
    /// `op_Explicit` from float and double and from decimal to every other
    /// numeric type. An enum converts through its underlying type.
    pub(super) fn decimal_conversion(&mut self, e: BoundExpr, to: TyId, span: Span) -> BoundExpr {
        let decimal = self.special(SpecialType::Decimal);
        if self.syms.is_enum(e.ty) {
            let u = self.syms.underlying(e.ty);
            let inner = self.expr(BoundExprKind::AsType(Box::new(e)), u, span);
            return self.decimal_conversion(inner, to, span);
        }
        if self.syms.is_enum(to) {
            let u = self.syms.underlying(to);
            let inner = self.decimal_conversion(e, u, span);
            if inner.ty == Symbols::ERROR {
                return inner;
            }
            return self.expr(BoundExprKind::AsType(Box::new(inner)), to, span);
        }
        let name = if to == decimal && self.syms.special_of(e.ty).is_some_and(|s| s.is_integral()) { "op_Implicit" } else { "op_Explicit" };
        let from = e.ty;
        match self.decimal_method(name, &[from], to, span) {
            Some(method) => self.expr(BoundExprKind::Call { method, receiver: None, args: vec![e] }, to, span),
            None => self.error_expr(span),
        }
    }

    /// Folds a numeric conversion of a constant to or from decimal; None
    /// when the conversion is not one of those (or must wait for run
    /// time: an out-of-range value in an `unchecked` context).
    pub(super) fn fold_decimal_conversion(&mut self, c: &ConstValue, to: SpecialType, span: Span) -> Option<ConstValue> {
        use SpecialType::*;
        if to == Decimal {
            let converted = match *c {
                ConstValue::Char(v) => Ok(self::Decimal::from_u64(v as u64)),
                ConstValue::I4(v) => Ok(self::Decimal::from_i64(v as i64)),
                ConstValue::U4(v) => Ok(self::Decimal::from_u64(v as u64)),
                ConstValue::I8(v) => Ok(self::Decimal::from_i64(v)),
                ConstValue::U8(v) => Ok(self::Decimal::from_u64(v)),
                // A float constant converts through double, as Roslyn folds it
                // ((decimal)0.1f is 0.100000001490116); a float variable
                // converts with float's 7 digits at run time.
                ConstValue::R4(v) => self::Decimal::from_f64(v as f64),
                ConstValue::R8(v) => self::Decimal::from_f64(v),
                ConstValue::Decimal(v) => Ok(v),
                _ => return None,
            };
            return match converted {
                Ok(v) => Some(ConstValue::Decimal(v)),
                Err(_) => {
                    let shown = match *c {
                        ConstValue::R4(v) => shown_real(v as f64),
                        ConstValue::R8(v) => shown_real(v),
                        _ => std::string::String::new(),
                    };
                    self.error("CS0031", span, format!("Constant value '{shown}' cannot be converted to a 'decimal'"));
                    None
                }
            };
        }
        let ConstValue::Decimal(v) = *c else { return None };
        let whole = v.truncate_to_i128();
        let (min, max): (i128, i128) = match to {
            Single => return Some(ConstValue::R4(v.to_f32())),
            Double => return Some(ConstValue::R8(v.to_f64())),
            SByte => (i8::MIN as i128, i8::MAX as i128),
            Byte => (0, u8::MAX as i128),
            Int16 => (i16::MIN as i128, i16::MAX as i128),
            UInt16 | Char => (0, u16::MAX as i128),
            Int32 => (i32::MIN as i128, i32::MAX as i128),
            UInt32 => (0, u32::MAX as i128),
            Int64 => (i64::MIN as i128, i64::MAX as i128),
            UInt64 => (0, u64::MAX as i128),
            _ => return None,
        };
        if whole < min || whole > max {
            // System.Decimal's conversions always check: at run time this
            // throws OverflowException, so only `unchecked` defers to it.
            if !self.in_unchecked {
                self.error("CS0031", span, format!("Constant value '{v}' cannot be converted to a '{}'", to.keyword().unwrap_or("?")));
            }
            return None;
        }
        Some(match to {
            Char => ConstValue::Char(whole as u16),
            UInt32 => ConstValue::U4(whole as u32),
            Int64 => ConstValue::I8(whole as i64),
            UInt64 => ConstValue::U8(whole as u64),
            _ => ConstValue::I4(whole as i32),
        })
    }
}

/// A double as Roslyn shows it in a diagnostic: `1E+30`, `12.5`.
fn shown_real(v: f64) -> String {
    if v.is_finite() && v.fract() == 0.0 && v.abs() < 1e15 {
        return format!("{v}");
    }
    let s = format!("{v:E}");
    match s.split_once('E') {
        Some((m, e)) if !e.starts_with('-') => format!("{m}E+{e}"),
        _ => s,
    }
}

/// `x op y` on two decimal constants. Division by zero is CS0020, a result
/// out of decimal's range CS0463 (both reported by the caller).
pub(super) fn fold_decimal(op: BinOp, x: Decimal, y: Decimal) -> Result<ConstValue, &'static str> {
    let arith = |r: Result<Decimal, DecimalError>| match r {
        Ok(v) => Ok(ConstValue::Decimal(v)),
        Err(DecimalError::DivideByZero) => Err("CS0020"),
        Err(DecimalError::Overflow) => Err("CS0463"),
    };
    use std::cmp::Ordering::*;
    let order = x.compare(y);
    match op {
        BinOp::Add => arith(x.add(y)),
        BinOp::Sub => arith(x.sub(y)),
        BinOp::Mul => arith(x.mul(y)),
        BinOp::Div => arith(x.div(y)),
        BinOp::Rem => arith(x.rem(y)),
        BinOp::Eq => Ok(ConstValue::Bool(order == Equal)),
        BinOp::Ne => Ok(ConstValue::Bool(order != Equal)),
        BinOp::Lt => Ok(ConstValue::Bool(order == Less)),
        BinOp::Le => Ok(ConstValue::Bool(order != Greater)),
        BinOp::Gt => Ok(ConstValue::Bool(order == Greater)),
        BinOp::Ge => Ok(ConstValue::Bool(order != Less)),
        BinOp::And | BinOp::Or | BinOp::Xor | BinOp::Shl | BinOp::Shr => Ok(ConstValue::Null),
    }
}

/// DecimalConstantAttribute on each `const decimal` field of the source
/// (§15.4.3) and each decimal parameter default: the Constant table has no
/// decimal form, so csc and mcs emit such a field as `static initonly`,
/// initialised by the static constructor, and record the value in this
/// attribute for importers.
pub(super) fn decimal_constant_attributes(syms: &Symbols) -> Vec<BoundAttribute> {
    let Some(attr) = syms.lookup_type("System.Runtime.CompilerServices.DecimalConstantAttribute") else { return Vec::new() };
    use SpecialType::{Byte, UInt32};
    let Some(ctor) = syms.def(attr).methods.iter().copied().find(|&m| {
        let s = syms.method(m);
        s.is_ctor && s.params.iter().map(|p| syms.special_of(p.ty)).eq([Byte, Byte, UInt32, UInt32, UInt32].map(Some))
    }) else {
        return Vec::new();
    };
    let (byte, uint) = (syms.method(ctor).params[0].ty, syms.method(ctor).params[2].ty);
    let attribute = |target: AttrTarget, v: &Decimal| {
        let small = |v: u32| (AttrArg::Const(ConstValue::I4(v as i32)), byte);
        let word = |v: u32| (AttrArg::Const(ConstValue::U4(v)), uint);
        let args = vec![small(v.scale()), small(v.is_negative() as u32), word(v.hi), word(v.mid), word(v.lo)];
        BoundAttribute { target, ctor, args, named: Vec::new() }
    };
    let mut out = Vec::new();
    for (i, f) in syms.fields.iter().enumerate() {
        if let (true, Origin::Source, Some(ConstValue::Decimal(v))) = (f.is_const, f.origin, &f.constant) {
            out.push(attribute(AttrTarget::Field(FieldId(i as u32)), v));
        }
    }
    // A decimal default value (`decimal rate = 0.2m`) is recorded the same way.
    for (i, m) in syms.methods.iter().enumerate() {
        if m.origin != Origin::Source || m.generic.is_some() {
            continue;
        }
        for (j, p) in m.params.iter().enumerate() {
            if let Some(ConstValue::Decimal(v)) = &p.default {
                out.push(attribute(AttrTarget::Param(MethodId(i as u32), j as u16), v));
            }
        }
    }
    out
}
