//! Expressions as CIL: the dispatch over bound expression kinds,
//! constants, and arithmetic, shift and comparison operators. Each is
//! emitted for its value or, when unused, only for its side effects.

use metadata::{Opcode, Operand};
use semantic::constant::ConstValue;
use semantic::*;

use super::{ArrayMethod, BodyEmitter, Compound};
use crate::EmitError;

impl BodyEmitter<'_, '_> {
    pub(super) fn expr(&mut self, e: &BoundExpr, used: bool) -> Result<(), EmitError> {
        use BoundExprKind as K;
        match &e.kind {
            K::Assign { target, value } => return self.assign(target, value, used),
            K::CompoundAssign {
                op,
                operand_ty,
                target,
                value,
                narrow,
                postfix,
                checked,
            } => {
                let how = Compound {
                    op: *op,
                    operand_ty: *operand_ty,
                    narrow: *narrow,
                    postfix: *postfix,
                    checked: *checked,
                };
                return self.compound(&how, target, value, e.ty, used);
            }
            K::Call {
                method,
                receiver,
                args,
            } => return self.call(*method, receiver.as_deref(), args, e.ty, used),
            _ => {}
        }
        if !used && !has_side_effects(e) {
            return Ok(());
        }
        match &e.kind {
            K::Const(c) => self.constant(c, e.ty)?,
            K::Local(l) => self.il.ldloc(l.0 as u16),
            K::Param(p) => self.il.ldarg(*p),
            K::BaseRef if self.syms().def(self.syms().method(self.method).owner).kind == TypeDefKind::Struct => {
                // `base` in a struct is System.ValueType: the value boxed,
                // as csc emits it (`ldobj`, `box`).
                let owner = self.syms().method(self.method).owner;
                let tok = self.e.def_token(owner);
                self.il.ldarg(0);
                self.il.op(Opcode::Ldobj, Operand::Token(tok), 1, 1);
                self.il.op(Opcode::Box, Operand::Token(tok), 1, 1);
            }
            K::This | K::BaseRef => {
                self.il.ldarg(0);
                // In a struct, argument 0 points to the value.
                if self.syms().is_value_type(e.ty) {
                    let tok = self.e.type_token(e.ty)?;
                    self.il.op(Opcode::Ldobj, Operand::Token(tok), 1, 1);
                }
            }
            K::Box(operand) => self.typed_unary(operand, Opcode::Box, operand.ty)?,
            K::Unbox(operand) => self.typed_unary(operand, Opcode::UnboxAny, e.ty)?,
            K::IsInst(operand) => self.typed_unary(operand, Opcode::Isinst, e.ty)?,
            K::CastClass(operand) => self.typed_unary(operand, Opcode::Castclass, e.ty)?,
            K::Field { receiver, field } => {
                let tok = self.e.field_token(*field)?;
                match receiver {
                    Some(r) => {
                        // A struct variable's field is read in place
                        // rather than from a copy of the whole struct.
                        if self.syms().is_value_type(r.ty) && self.is_addressable(r) {
                            self.address_of(r)?;
                        } else {
                            self.expr(r, true)?;
                        }
                        self.il.op(Opcode::Ldfld, Operand::Token(tok), 1, 1);
                    }
                    None => self.il.op(Opcode::Ldsfld, Operand::Token(tok), 0, 1),
                }
            }
            K::ArrayElement { array, index } => {
                self.expr(array, true)?;
                self.expr(index, true)?;
                self.index_to_native(index.ty);
                self.load_element(e.ty)?;
            }
            K::ArrayLength(a) => {
                self.expr(a, true)?;
                self.il.simple(Opcode::Ldlen, 1, 1);
                self.il.simple(Opcode::ConvI4, 1, 1);
            }
            K::NewObject { ctor, args } => {
                for a in args {
                    self.expr(a, true)?;
                }
                let tok = self.e.method_token(*ctor)?;
                self.il
                    .op(Opcode::Newobj, Operand::Token(tok), args.len() as i32, 1);
            }
            K::TupleLiteral { ctor, elements } => {
                let Some(ctor) = ctor else { return Err(EmitError("tuple literal left unconverted".into())) };
                for a in elements {
                    self.expr(a, true)?;
                }
                let tok = self.e.method_token(*ctor)?;
                self.il.op(Opcode::Newobj, Operand::Token(tok), elements.len() as i32, 1);
            }
            K::NewArray { elem, size } => {
                self.expr(size, true)?;
                let tok = self.e.type_token(*elem)?;
                self.il.op(Opcode::Newarr, Operand::Token(tok), 1, 1);
            }
            K::NewMdArray { sizes } => {
                for s in sizes {
                    self.expr(s, true)?;
                }
                let ctor = self.e.array_method(e.ty, ArrayMethod::Ctor)?;
                self.il.op(Opcode::Newobj, Operand::Token(ctor), sizes.len() as i32, 1);
            }
            K::ArrayLiteral { dims, elements } => self.array_literal(e.ty, dims, elements)?,
            K::MdElement { array, indices } => {
                self.expr(array, true)?;
                for i in indices {
                    self.expr(i, true)?;
                }
                let get = self.e.array_method(array.ty, ArrayMethod::Get)?;
                self.il.op(Opcode::Call, Operand::Token(get), 1 + indices.len() as i32, 1);
            }
            K::Binary {
                op,
                operand_ty,
                checked,
                left,
                right,
            } => {
                self.expr(left, true)?;
                self.expr(right, true)?;
                self.binary(*op, *operand_ty, *checked)?;
            }
            K::Unary {
                op: UnOp::Neg,
                checked: true,
                operand,
            } => {
                // Checked negation is `0 - x` with overflow checking, as
                // Roslyn emits it: -int.MinValue throws.
                self.constant(&zero_of(self.syms(), operand.ty), operand.ty)?;
                self.expr(operand, true)?;
                self.il.simple(Opcode::SubOvf, 2, 1);
            }
            K::Unary { op, operand, .. } => {
                self.expr(operand, true)?;
                match op {
                    UnOp::Neg => self.il.simple(Opcode::Neg, 1, 1),
                    UnOp::BitNot => self.il.simple(Opcode::Not, 1, 1),
                    UnOp::Not => {
                        self.il.ldc_i4(0);
                        self.il.simple(Opcode::Ceq, 2, 1);
                    }
                }
            }
            K::LogicalAnd(..) | K::LogicalOr(..) => {
                let (f, end) = (self.il.new_label(), self.il.new_label());
                let depth = self.il.depth();
                self.branch_if(e, false, f)?;
                self.il.ldc_i4(1);
                self.il.branch(Opcode::BrS, end, 0);
                self.il.mark(f);
                self.il.set_depth(depth);
                self.il.ldc_i4(0);
                self.il.mark(end);
            }
            K::Conditional { cond, then, else_ } => {
                // Of an interface type, the branches may be classes with no
                // common base but object, which is what the verifier merges
                // them to (III.1.8.1.3): each is cast to the interface, as
                // Roslyn does.
                let syms = self.syms();
                let interface = matches!(syms.kind(e.ty), TyKind::Def(d) if syms.def(d).kind == semantic::types::TypeDefKind::Interface);
                let (other, end) = (self.il.new_label(), self.il.new_label());
                let depth = self.il.depth();
                self.branch_if(cond, false, other)?;
                self.expr(then, true)?;
                if interface && !matches!(then.kind, K::ThrowExpr(_)) {
                    let tok = self.e.type_token(e.ty)?;
                    self.il.op(Opcode::Castclass, Operand::Token(tok), 1, 1);
                }
                self.il.branch(Opcode::BrS, end, 0);
                self.il.mark(other);
                self.il.set_depth(depth);
                self.expr(else_, true)?;
                if interface && !matches!(else_.kind, K::ThrowExpr(_)) {
                    let tok = self.e.type_token(e.ty)?;
                    self.il.op(Opcode::Castclass, Operand::Token(tok), 1, 1);
                }
                self.il.mark(end);
                // Either branch leaves its value: a branch the builder
                // dropped as unreachable (a constant condition) counted none.
                self.il.set_depth(depth + 1);
            }
            K::AddressOf { operand, .. } => self.address_of(operand)?,
            K::AsType(operand) => self.expr(operand, true)?,
            K::ThrowExpr(v) => {
                self.expr(v, true)?;
                self.il.simple(Opcode::Throw, 1, 0);
                // Code after is unreachable; the stack shape the context
                // expects is restored by the next label.
                self.il.set_depth(self.il.depth() + 1);
            }
            K::TypeToken(t) => {
                let tok = self.e.type_token(*t)?;
                self.il.op(Opcode::Ldtoken, Operand::Token(tok), 0, 1);
            }
            K::OpenTypeToken(d) => {
                // The TypeDef or TypeRef itself names the unbound type.
                let tok = self.e.def_token(*d);
                self.il.op(Opcode::Ldtoken, Operand::Token(tok), 0, 1);
            }
            K::DefaultValue => {
                // ldloca tmp; initobj T; ldloc tmp (III.4.5).
                let t = self.temp(e.ty);
                self.il.ldloca(t);
                let tok = self.e.type_token(e.ty)?;
                self.il.op(Opcode::Initobj, Operand::Token(tok), 1, 0);
                self.il.ldloc(t);
            }
            K::NewDelegate { receiver, method, virtual_call } => self.new_delegate(e.ty, receiver.as_deref(), *method, *virtual_call)?,
            K::MethodGroup { name, .. } => return Err(EmitError(format!("method group '{name}' left unconverted"))),
            K::UnboundLambda(_) => return Err(EmitError("anonymous function left unconverted".into())),
            K::UnboundNew(_) | K::DefaultLiteral | K::UnconvertedSwitch { .. } => return Err(EmitError("target-typed expression left unconverted".into())),
            K::EventAccess { .. } => return Err(EmitError("an event used as a value".into())),
            K::Sequence { side, value } => {
                for s in side {
                    self.expr(s, false)?;
                }
                self.expr(value, true)?;
            }
            K::Deref(inner) => {
                self.expr(inner, true)?;
                self.load_indirect(e.ty)?;
            }
            K::Coalesce(left, right) => {
                let end = self.il.new_label();
                self.expr(left, true)?;
                self.il.simple(Opcode::Dup, 1, 2);
                // A type parameter's value is tested as a reference.
                if self.syms().is_type_param(left.ty) {
                    let tok = self.e.type_token(left.ty)?;
                    self.il.op(Opcode::Box, Operand::Token(tok), 1, 1);
                }
                self.il.branch(Opcode::BrtrueS, end, 1);
                self.il.simple(Opcode::Pop, 1, 0);
                self.expr(right, true)?;
                self.il.mark(end);
            }
            K::Convert { operand, checked } => {
                self.expr(operand, true)?;
                self.convert(operand.ty, e.ty, *checked)?;
            }
            K::StringConcat(parts) => self.concat(parts)?,
            K::Assign { .. } | K::CompoundAssign { .. } | K::Call { .. } => {
                unreachable!("handled above")
            }
        }
        if !used {
            self.il.simple(Opcode::Pop, 1, 0);
        }
        Ok(())
    }

    pub(super) fn constant(&mut self, c: &ConstValue, ty: TyId) -> Result<(), EmitError> {
        match c {
            ConstValue::Bool(b) => self.il.ldc_i4(*b as i32),
            ConstValue::Char(v) => self.il.ldc_i4(*v as i32),
            ConstValue::I4(v) => self.il.ldc_i4(*v),
            ConstValue::U4(v) => self.il.ldc_i4(*v as i32),
            ConstValue::I8(v) => self.ldc_i8(*v),
            ConstValue::U8(v) => self.ldc_i8(*v as i64),
            ConstValue::R4(v) => self.il.op(Opcode::LdcR4, Operand::R4(*v), 0, 1),
            ConstValue::R8(v) => self.il.op(Opcode::LdcR8, Operand::R8(*v), 0, 1),
            ConstValue::String(s) => {
                let tok = self.e.string_token(s);
                self.il.op(Opcode::Ldstr, Operand::Token(tok), 0, 1);
            }
            ConstValue::Null => {
                let _ = ty;
                self.il.simple(Opcode::Ldnull, 0, 1);
            }
            ConstValue::Decimal(v) => self.decimal_constant(*v)?,
        }
        Ok(())
    }

    /// A decimal constant is built by a System.Decimal constructor, as csc
    /// does: `new decimal(int)` or `new decimal(long)` for a whole number,
    /// else `new decimal(lo, mid, hi, isNegative, scale)`.
    fn decimal_constant(&mut self, v: semantic::Decimal) -> Result<(), EmitError> {
        use SpecialType::{Boolean, Byte, Int32, Int64};
        let syms = self.syms();
        let whole = (v.scale() == 0).then(|| v.truncate_to_i128());
        let params: &[SpecialType] = match whole {
            Some(w) if i32::try_from(w).is_ok() => &[Int32],
            Some(w) if i64::try_from(w).is_ok() => &[Int64],
            _ => &[Int32, Int32, Int32, Boolean, Byte],
        };
        let ctor = syms.special_def(SpecialType::Decimal).and_then(|d| {
            syms.def(d).methods.iter().copied().find(|&m| {
                let s = syms.method(m);
                s.is_ctor && s.params.iter().map(|p| syms.special_of(p.ty)).eq(params.iter().map(|&p| Some(p)))
            })
        });
        let ctor = ctor.ok_or_else(|| EmitError("the core library's System.Decimal lacks a constructor csc calls".into()))?;
        match whole {
            Some(w) if params == [Int32] => self.il.ldc_i4(w as i32),
            Some(w) if params.len() == 1 => self.ldc_i8(w as i64),
            _ => {
                for part in [v.lo as i32, v.mid as i32, v.hi as i32, v.is_negative() as i32, v.scale() as i32] {
                    self.il.ldc_i4(part);
                }
            }
        }
        let tok = self.e.method_token(ctor)?;
        self.il.op(Opcode::Newobj, Operand::Token(tok), params.len() as i32, 1);
        Ok(())
    }

    /// Small 64-bit constants load as int32 and widen: 2 bytes instead of 9.
    fn ldc_i8(&mut self, v: i64) {
        if let Ok(small) = i32::try_from(v) {
            self.il.ldc_i4(small);
            self.il.simple(Opcode::ConvI8, 1, 1);
        } else {
            self.il.op(Opcode::LdcI8, Operand::I64(v), 0, 1);
        }
    }

    pub(super) fn binary(&mut self, op: BinOp, operand_ty: TyId, checked: bool) -> Result<(), EmitError> {
        use Opcode::*;
        let unsigned = self.is_unsigned(operand_ty);
        let float = self.is_float(operand_ty);
        let checked = checked && !float;
        let (code, negate) = match op {
            BinOp::Add if checked => (if unsigned { AddOvfUn } else { AddOvf }, false),
            BinOp::Sub if checked => (if unsigned { SubOvfUn } else { SubOvf }, false),
            BinOp::Mul if checked => (if unsigned { MulOvfUn } else { MulOvf }, false),
            BinOp::Add => (Add, false),
            BinOp::Sub => (Sub, false),
            BinOp::Mul => (Mul, false),
            BinOp::Div => (if unsigned { DivUn } else { Div }, false),
            BinOp::Rem => (if unsigned { RemUn } else { Rem }, false),
            BinOp::And => (And, false),
            BinOp::Or => (Or, false),
            BinOp::Xor => (Xor, false),
            BinOp::Shl | BinOp::Shr => {
                // C# masks the count to the operand width (§12.11); CIL
                // leaves larger counts unspecified.
                let is64 = matches!(
                    self.syms().primitive_of(operand_ty),
                    Some(SpecialType::Int64 | SpecialType::UInt64)
                );
                self.il.ldc_i4(if is64 { 63 } else { 31 });
                self.il.simple(And, 2, 1);
                let code = if op == BinOp::Shl {
                    Shl
                } else if unsigned {
                    ShrUn
                } else {
                    Shr
                };
                self.il.simple(code, 2, 1);
                return Ok(());
            }
            BinOp::Eq => (Ceq, false),
            BinOp::Ne => (Ceq, true),
            BinOp::Lt => (if unsigned { CltUn } else { Clt }, false),
            BinOp::Gt => (if unsigned { CgtUn } else { Cgt }, false),
            // a <= b is !(a > b); for floats the unordered form keeps NaN
            // comparisons false.
            BinOp::Le => (if unsigned || float { CgtUn } else { Cgt }, true),
            BinOp::Ge => (if unsigned || float { CltUn } else { Clt }, true),
        };
        self.il.simple(code, 2, 1);
        if negate {
            self.il.ldc_i4(0);
            self.il.simple(Ceq, 2, 1);
        }
        Ok(())
    }
}

/// The zero of a numeric type, for checked negation.
fn zero_of(syms: &Symbols, ty: TyId) -> ConstValue {
    match syms.primitive_of(ty) {
        Some(SpecialType::Int64 | SpecialType::UInt64) => ConstValue::I8(0),
        _ => ConstValue::I4(0),
    }
}

/// Whether evaluating `e` can do anything but produce a value (so an
/// unused `x + 1` need not be emitted at all).
fn has_side_effects(e: &BoundExpr) -> bool {
    use BoundExprKind as K;
    match &e.kind {
        K::Const(_) | K::Local(_) | K::Param(_) | K::This | K::BaseRef => false,
        K::Binary {
            op, left, right, ..
        } => {
            // Division can throw, so it is kept.
            matches!(op, BinOp::Div | BinOp::Rem)
                || has_side_effects(left)
                || has_side_effects(right)
        }
        K::Unary { operand, .. } => has_side_effects(operand),
        K::LogicalAnd(l, r) | K::LogicalOr(l, r) => has_side_effects(l) || has_side_effects(r),
        K::Conditional { cond, then, else_ } => {
            has_side_effects(cond) || has_side_effects(then) || has_side_effects(else_)
        }
        _ => true,
    }
}

impl BodyEmitter<'_, '_> {
    /// A delegate of type `d` for `method` on `receiver` (ECMA-335 II.14.6.1): the target
    /// (null for a static method), the method's code (`ldftn`, or `dup; ldvirtftn` to find a
    /// virtual method's override on the target), and the delegate's `.ctor(object, native int)`.
    fn new_delegate(&mut self, d: TyId, receiver: Option<&BoundExpr>, method: MethodId, virtual_call: bool) -> Result<(), EmitError> {
        match receiver {
            Some(r) => self.expr(r, true)?,
            None => self.il.simple(Opcode::Ldnull, 0, 1),
        }
        let tok = self.e.method_token(method)?;
        if virtual_call {
            self.il.simple(Opcode::Dup, 1, 2);
            self.il.op(Opcode::Ldvirtftn, Operand::Token(tok), 1, 1);
        } else {
            self.il.op(Opcode::Ldftn, Operand::Token(tok), 0, 1);
        }
        let syms = self.syms();
        let ctor = match syms.kind(d) {
            TyKind::Def(def) => syms.def(def).methods.iter().copied().find(|&m| syms.method(m).is_ctor),
            _ => None,
        };
        let ctor = ctor.ok_or_else(|| EmitError(format!("delegate type '{}' has no constructor", syms.display(d))))?;
        let ctor = self.e.method_token(ctor)?;
        self.il.op(Opcode::Newobj, Operand::Token(ctor), 2, 1);
        Ok(())
    }
}
