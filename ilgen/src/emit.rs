//! Method bodies: the bound tree as CIL (ECMA-335 Partition III).
//!
//! Expressions are emitted for their value or for their effect only
//! (`used`), so `x = 5;` is `ldc; stloc` with nothing left to pop.
//! Conditions are emitted as branches (`branch_if`) rather than values,
//! as Roslyn does, so `if (a < b)` is one `bge` instead of `clt; brfalse`.

use metadata::{MethodBody, Opcode, Operand, Token};
use semantic::constant::ConstValue;
use semantic::*;

use crate::il::{IlBuilder, Label};
use crate::{EmitError, Emitter};

mod stmt;

struct BodyEmitter<'e, 'c> {
    e: &'e mut Emitter<'c>,
    /// The method being emitted.
    method: MethodId,
    il: IlBuilder,
    /// The declared locals, then temporaries the emitter adds; `true`
    /// marks a managed pointer to the type (a struct receiver).
    locals: Vec<(TyId, bool)>,
    /// (break, continue) labels of the enclosing loops and switches (a
    /// switch has no continue label), with the handler depth each was
    /// entered at: jumping out of a protected region needs `leave`.
    loops: Vec<(Label, Option<Label>, u32)>,
    /// How many try/catch/finally regions enclose the current code.
    handler_depth: u32,
    /// A `return` inside a protected region stores its value here and
    /// leaves to `return_label`, where the one `ret` is (III.3.56).
    return_temp: Option<u16>,
    return_label: Option<Label>,
    /// Exception clauses by label, resolved to offsets after layout;
    /// inner clauses are pushed before the ones enclosing them.
    eh: Vec<PendingClause>,
    /// The IL label of each bound label (`label:` and switch sections).
    labels: std::collections::HashMap<LabelId, Label>,
    returns_value: bool,
    /// Sequence points: where each statement's code starts.
    points: Vec<(Label, lexer::Span)>,
}

/// A method's CIL and its sequence points: (IL offset, source span),
/// offsets strictly increasing.
pub struct EmittedBody {
    pub body: MethodBody,
    pub points: Vec<(u32, lexer::Span)>,
}

pub fn emit_body(e: &mut Emitter<'_>, m: &BoundMethod) -> Result<EmittedBody, EmitError> {
    let syms = e.syms;
    let returns_value = !syms.is_special(syms.method(m.method).ret, SpecialType::Void);
    let mut b = BodyEmitter {
        e,
        method: m.method,
        il: IlBuilder::new(),
        locals: m.locals.iter().map(|l| (l.ty, false)).collect(),
        loops: Vec::new(),
        labels: Default::default(),
        returns_value,
        handler_depth: 0,
        return_temp: None,
        return_label: None,
        eh: Vec::new(),
        points: Vec::new(),
    };
    for s in &m.body {
        b.stmt(s)?;
    }
    if let Some(l) = b.return_label {
        // The shared exit for returns from protected regions.
        if b.il.reachable && !b.returns_value {
            b.il.simple(Opcode::Ret, 0, 0);
        }
        b.il.mark(l);
        b.il.set_depth(0);
        if let Some(t) = b.return_temp {
            b.il.ldloc(t);
            b.il.simple(Opcode::Ret, 1, 0);
        } else {
            b.il.simple(Opcode::Ret, 0, 0);
        }
    }
    if b.il.reachable {
        if b.returns_value {
            return Err(EmitError(format!(
                "end of {} is reachable",
                syms.method_display(m.method)
            )));
        }
        b.il.simple(Opcode::Ret, 0, 0);
    }
    let max_stack = b.il.max_depth.max(0) as u16;
    let (code, label_at) = std::mem::take(&mut b.il).finish().map_err(EmitError)?;
    let at = |l: Label| label_at[l.0 as usize].ok_or_else(|| EmitError("exception clause at an unmarked label".into()));
    let mut eh_clauses = Vec::new();
    for c in &b.eh {
        let (try_start, try_end, handler_start, handler_end) = (at(c.try_start)?, at(c.try_end)?, at(c.handler_start)?, at(c.handler_end)?);
        let kind = match c.kind {
            ClauseKind::Catch(t) => metadata::EhKind::Catch(t),
            ClauseKind::Filter(l) => metadata::EhKind::Filter(at(l)?),
            ClauseKind::Finally => metadata::EhKind::Finally,
        };
        eh_clauses.push(metadata::EhClause {
            kind,
            try_offset: try_start,
            try_length: try_end - try_start,
            handler_offset: handler_start,
            handler_length: handler_end - handler_start,
        });
    }
    let local_var_sig = if b.locals.is_empty() {
        Token::NIL
    } else {
        let mut sigs = Vec::new();
        for &(t, by_ref) in &b.locals.clone() {
            let sig = b.e.type_sig(t)?;
            sigs.push(if by_ref {
                metadata::TypeSig::ByRef(Box::new(sig))
            } else {
                sig
            });
        }
        let blob = metadata::encode_local_sig(&sigs).map_err(|e| EmitError(e.to_string()))?;
        b.e.b.add_stand_alone_sig(&blob)
    };
    // A statement that emitted no code shares its offset with the next:
    // the later (inner) point wins.
    let mut points: Vec<(u32, lexer::Span)> = Vec::new();
    for &(l, span) in &b.points {
        let Some(off) = label_at[l.0 as usize] else { continue };
        match points.last_mut() {
            Some(last) if last.0 == off => last.1 = span,
            Some(last) if last.0 > off => {}
            _ => points.push((off, span)),
        }
    }
    Ok(EmittedBody {
        body: MethodBody {
            max_stack,
            init_locals: true,
            local_var_sig,
            code,
            eh_clauses,
        },
        points,
    })
}

/// How values of a type are loaded and stored in arrays and through
/// pointers (ECMA-335 III.4.7 ldelem.<type>).
#[derive(Clone, Copy)]
enum Elem {
    I1,
    U1,
    I2,
    U2,
    I4,
    I8,
    R4,
    R8,
    Ref,
    Other,
}

impl BodyEmitter<'_, '_> {
    /// `operand`, then `op` with the token of type `ty` (box, unbox.any, isinst, castclass).
    fn typed_unary(&mut self, operand: &BoundExpr, op: Opcode, ty: TyId) -> Result<(), EmitError> {
        self.expr(operand, true)?;
        let tok = self.e.type_token(ty)?;
        self.il.op(op, Operand::Token(tok), 1, 1);
        Ok(())
    }

    fn syms(&self) -> &Symbols {
        self.e.syms
    }

    fn temp(&mut self, ty: TyId) -> u16 {
        self.locals.push((ty, false));
        (self.locals.len() - 1) as u16
    }

    /// A `long` or `ulong` array index becomes a native int with an
    /// overflow check, as csc emits it (`conv.ovf.i`, `conv.ovf.u.un`);
    /// `int` and `uint` indexes are used as they are.
    fn index_to_native(&mut self, ty: TyId) {
        match self.syms().primitive_of(ty) {
            Some(SpecialType::Int64) => self.il.simple(Opcode::ConvOvfI, 1, 1),
            Some(SpecialType::UInt64) => self.il.simple(Opcode::ConvOvfUUn, 1, 1),
            _ => {}
        }
    }

    fn elem_kind(&self, ty: TyId) -> Elem {
        match self.syms().primitive_of(ty) {
            Some(SpecialType::SByte) => Elem::I1,
            Some(SpecialType::Byte | SpecialType::Boolean) => Elem::U1,
            Some(SpecialType::Int16) => Elem::I2,
            Some(SpecialType::UInt16 | SpecialType::Char) => Elem::U2,
            Some(SpecialType::Int32 | SpecialType::UInt32) => Elem::I4,
            Some(SpecialType::Int64 | SpecialType::UInt64) => Elem::I8,
            Some(SpecialType::Single) => Elem::R4,
            Some(SpecialType::Double) => Elem::R8,
            _ if self.syms().is_value_type(ty) => Elem::Other,
            _ => Elem::Ref,
        }
    }

    fn is_unsigned(&self, ty: TyId) -> bool {
        matches!(
            self.syms().primitive_of(ty),
            Some(
                SpecialType::Byte
                    | SpecialType::UInt16
                    | SpecialType::UInt32
                    | SpecialType::UInt64
                    | SpecialType::Char
            )
        )
    }

    fn is_float(&self, ty: TyId) -> bool {
        matches!(
            self.syms().primitive_of(ty),
            Some(SpecialType::Single | SpecialType::Double)
        )
    }

    // ---- expressions ----

    fn expr(&mut self, e: &BoundExpr, used: bool) -> Result<(), EmitError> {
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
            } => return self.call(*method, receiver.as_deref(), args, used),
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
                let (other, end) = (self.il.new_label(), self.il.new_label());
                let depth = self.il.depth();
                self.branch_if(cond, false, other)?;
                self.expr(then, true)?;
                self.il.branch(Opcode::BrS, end, 0);
                self.il.mark(other);
                self.il.set_depth(depth);
                self.expr(else_, true)?;
                self.il.mark(end);
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
            K::DefaultValue => {
                // ldloca tmp; initobj T; ldloc tmp (III.4.5).
                let t = self.temp(e.ty);
                self.il.ldloca(t);
                let tok = self.e.type_token(e.ty)?;
                self.il.op(Opcode::Initobj, Operand::Token(tok), 1, 0);
                self.il.ldloc(t);
            }
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

    fn constant(&mut self, c: &ConstValue, ty: TyId) -> Result<(), EmitError> {
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
        }
        Ok(())
    }

    /// An array initializer: create the array, then store each element
    /// (`dup; index; value; stelem`), as Roslyn does for non-constant
    /// data. Elements equal to the default value are skipped.
    fn array_literal(&mut self, ty: TyId, dims: &[u32], elements: &[BoundExpr]) -> Result<(), EmitError> {
        let TyKind::Array(elem, rank) = self.syms().kind(ty) else {
            return Err(EmitError("array initializer of a non-array type".into()));
        };
        for &d in dims {
            self.il.ldc_i4(d as i32);
        }
        if rank == 1 {
            let tok = self.e.type_token(elem)?;
            self.il.op(Opcode::Newarr, Operand::Token(tok), 1, 1);
        } else {
            let ctor = self.e.array_method(ty, ArrayMethod::Ctor)?;
            self.il.op(Opcode::Newobj, Operand::Token(ctor), rank as i32, 1);
        }
        let set = if rank > 1 { Some(self.e.array_method(ty, ArrayMethod::Set)?) } else { None };
        for (n, v) in elements.iter().enumerate() {
            if is_default_constant(v) {
                continue;
            }
            self.il.simple(Opcode::Dup, 1, 2);
            // Row-major: the last index varies fastest.
            let mut rest = n as u32;
            let mut index = vec![0u32; dims.len()];
            for (k, &d) in dims.iter().enumerate().rev() {
                index[k] = rest % d.max(1);
                rest /= d.max(1);
            }
            for &i in &index {
                self.il.ldc_i4(i as i32);
            }
            self.expr(v, true)?;
            match set {
                Some(set) => self.il.op(Opcode::Call, Operand::Token(set), 2 + rank as i32, 0),
                None => self.store_element(elem)?,
            }
        }
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

    fn binary(&mut self, op: BinOp, operand_ty: TyId, checked: bool) -> Result<(), EmitError> {
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

    /// A numeric conversion (ECMA-335 III.3.27 conv, III.3.19 conv.ovf).
    fn convert(&mut self, from: TyId, to: TyId, checked: bool) -> Result<(), EmitError> {
        use Opcode::*;
        use SpecialType as S;
        let (Some(f), Some(t)) = (self.syms().primitive_of(from), self.syms().primitive_of(to)) else {
            return Ok(()); // reference conversions need no code
        };
        let from_unsigned = self.is_unsigned(from);
        let from_float = matches!(f, S::Single | S::Double);
        let op = match t {
            S::Double if from_unsigned => {
                self.il.simple(ConvRUn, 1, 1);
                Some(ConvR8)
            }
            S::Single if from_unsigned => {
                self.il.simple(ConvRUn, 1, 1);
                Some(ConvR4)
            }
            S::Double => Some(ConvR8),
            S::Single => Some(ConvR4),
            _ if checked && !from_float && from_unsigned => Some(match t {
                S::SByte => ConvOvfI1Un,
                S::Byte => ConvOvfU1Un,
                S::Int16 => ConvOvfI2Un,
                S::UInt16 | S::Char => ConvOvfU2Un,
                S::Int32 => ConvOvfI4Un,
                S::UInt32 => ConvOvfU4Un,
                S::Int64 => ConvOvfI8Un,
                _ => ConvOvfU8Un,
            }),
            _ if checked => Some(match t {
                S::SByte => ConvOvfI1,
                S::Byte => ConvOvfU1,
                S::Int16 => ConvOvfI2,
                S::UInt16 | S::Char => ConvOvfU2,
                S::Int32 => ConvOvfI4,
                S::UInt32 => ConvOvfU4,
                S::Int64 => ConvOvfI8,
                _ => ConvOvfU8,
            }),
            S::SByte => Some(ConvI1),
            S::Byte => Some(ConvU1),
            S::Int16 => Some(ConvI2),
            S::UInt16 | S::Char => Some(ConvU2),
            // Same-width integers share a stack type: nothing to do.
            S::Int32 | S::UInt32 if !from_float && !matches!(f, S::Int64 | S::UInt64) => None,
            S::Int32 => Some(ConvI4),
            S::UInt32 => Some(ConvU4),
            S::Int64 | S::UInt64 if matches!(f, S::Int64 | S::UInt64) => None,
            S::Int64 if from_unsigned => Some(ConvU8),
            S::Int64 => Some(ConvI8),
            S::UInt64 if from_unsigned || from_float => Some(ConvU8),
            S::UInt64 => Some(ConvI8),
            _ => None,
        };
        if let Some(op) = op {
            self.il.simple(op, 1, 1);
        }
        Ok(())
    }

    fn load_element(&mut self, ty: TyId) -> Result<(), EmitError> {
        use Opcode::*;
        let op = match self.elem_kind(ty) {
            Elem::I1 => LdelemI1,
            Elem::U1 => LdelemU1,
            Elem::I2 => LdelemI2,
            Elem::U2 => LdelemU2,
            Elem::I4 => LdelemI4,
            Elem::I8 => LdelemI8,
            Elem::R4 => LdelemR4,
            Elem::R8 => LdelemR8,
            Elem::Ref => LdelemRef,
            Elem::Other => {
                let tok = self.e.type_token(ty)?;
                self.il.op(Ldelem, Operand::Token(tok), 2, 1);
                return Ok(());
            }
        };
        self.il.simple(op, 2, 1);
        Ok(())
    }

    fn store_element(&mut self, ty: TyId) -> Result<(), EmitError> {
        use Opcode::*;
        let op = match self.elem_kind(ty) {
            Elem::I1 | Elem::U1 => StelemI1,
            Elem::I2 | Elem::U2 => StelemI2,
            Elem::I4 => StelemI4,
            Elem::I8 => StelemI8,
            Elem::R4 => StelemR4,
            Elem::R8 => StelemR8,
            Elem::Ref => StelemRef,
            Elem::Other => {
                let tok = self.e.type_token(ty)?;
                self.il.op(Stelem, Operand::Token(tok), 3, 0);
                return Ok(());
            }
        };
        self.il.simple(op, 3, 0);
        Ok(())
    }

    /// Pushes the address of a value-type expression: its own storage
    /// for variables, a temporary copy otherwise.
    fn address_of(&mut self, e: &BoundExpr) -> Result<(), EmitError> {
        match &e.kind {
            BoundExprKind::Local(l) => self.il.ldloca(l.0 as u16),
            BoundExprKind::Param(p) => self.il.ldarga(*p),
            BoundExprKind::This => self.il.ldarg(0),
            BoundExprKind::Deref(inner) => self.expr(inner, true)?,
            BoundExprKind::Field { field, .. } if self.is_readonly_here(*field) => {
                // The address of a readonly field may not be taken
                // outside its constructors (peverify: "init-only"): work
                // on a copy, as C# does (a defensive copy).
                self.expr(e, true)?;
                let t = self.temp(e.ty);
                self.il.stloc(t);
                self.il.ldloca(t);
            }
            BoundExprKind::Field {
                receiver: Some(r),
                field,
            } => {
                let tok = self.e.field_token(*field)?;
                if self.syms().is_value_type(r.ty) {
                    self.address_of(r)?;
                } else {
                    self.expr(r, true)?;
                }
                self.il.op(Opcode::Ldflda, Operand::Token(tok), 1, 1);
            }
            BoundExprKind::Field {
                receiver: None,
                field,
            } => {
                let tok = self.e.field_token(*field)?;
                self.il.op(Opcode::Ldsflda, Operand::Token(tok), 0, 1);
            }
            BoundExprKind::ArrayElement { array, index } => {
                self.expr(array, true)?;
                self.expr(index, true)?;
                self.index_to_native(index.ty);
                let tok = self.e.type_token(e.ty)?;
                self.il.op(Opcode::Ldelema, Operand::Token(tok), 2, 1);
            }
            BoundExprKind::MdElement { array, indices } => {
                self.expr(array, true)?;
                for i in indices {
                    self.expr(i, true)?;
                }
                let address = self.e.array_method(array.ty, ArrayMethod::Address)?;
                self.il.op(Opcode::Call, Operand::Token(address), 1 + indices.len() as i32, 1);
            }
            _ => {
                self.expr(e, true)?;
                let t = self.temp(e.ty);
                self.il.stloc(t);
                self.il.ldloca(t);
            }
        }
        Ok(())
    }

    fn call(
        &mut self,
        method: MethodId,
        receiver: Option<&BoundExpr>,
        args: &[BoundExpr],
        used: bool,
    ) -> Result<(), EmitError> {
        let syms = self.e.syms;
        let m = syms.method(method);
        let mut op = Opcode::Call;
        if let Some(r) = receiver {
            let owner_is_value = syms.def(m.owner).kind == TypeDefKind::Struct;
            if owner_is_value {
                // Instance methods of structs take `this` by reference.
                if matches!(syms.kind(r.ty), TyKind::ByRef(_)) {
                    self.expr(r, true)?;
                } else {
                    self.address_of(r)?;
                }
            } else {
                self.expr(r, true)?;
                // callvirt on class instances: it also null-checks `this`,
                // which C# requires even for non-virtual methods. Base and
                // constructor calls on `this` use call.
                if !m.is_ctor && !matches!(r.kind, BoundExprKind::BaseRef) {
                    op = Opcode::Callvirt;
                }
            }
        }
        for a in args {
            self.expr(a, true)?;
        }
        let tok = self.e.method_token(method)?;
        let pops = args.len() as i32 + receiver.is_some() as i32;
        let returns = !syms.is_special(m.ret, SpecialType::Void);
        self.il.op(op, Operand::Token(tok), pops, returns as i32);
        if returns && !used {
            self.il.simple(Opcode::Pop, 1, 0);
        }
        Ok(())
    }

    /// String concatenation as `String.Concat` calls: the 2-, 3- and
    /// 4-string overloads, or the `string[]` one for more.
    fn concat(&mut self, parts: &[BoundExpr]) -> Result<(), EmitError> {
        let syms = self.e.syms;
        let string = syms
            .special_def(SpecialType::String)
            .ok_or_else(|| EmitError("System.String is missing".into()))?;
        let string_ty = parts[0].ty;
        let find = |n: usize, array: bool| {
            syms.def(string).methods.iter().copied().find(|&m| {
                let s = syms.method(m);
                s.name == "Concat"
                    && s.is_static
                    && s.params.len() == n
                    && s.params.iter().all(|p| match syms.kind(p.ty) {
                        TyKind::Array(e, 1) => array && e == string_ty,
                        _ => !array && p.ty == string_ty,
                    })
            })
        };
        if (2..=4).contains(&parts.len())
            && let Some(m) = find(parts.len(), false)
        {
            for p in parts {
                self.expr(p, true)?;
            }
            let tok = self.e.method_token(m)?;
            self.il
                .op(Opcode::Call, Operand::Token(tok), parts.len() as i32, 1);
            return Ok(());
        }
        let m = find(1, true)
            .ok_or_else(|| EmitError("System.String.Concat(string[]) is missing".into()))?;
        self.il.ldc_i4(parts.len() as i32);
        let tok = self.e.type_token(string_ty)?;
        self.il.op(Opcode::Newarr, Operand::Token(tok), 1, 1);
        for (i, p) in parts.iter().enumerate() {
            self.il.simple(Opcode::Dup, 1, 2);
            self.il.ldc_i4(i as i32);
            self.expr(p, true)?;
            self.il.simple(Opcode::StelemRef, 3, 0);
        }
        let tok = self.e.method_token(m)?;
        self.il.op(Opcode::Call, Operand::Token(tok), 1, 1);
        Ok(())
    }

    // ---- assignment ----

    /// Pushes what must precede the value when storing to `target` (the
    /// object of a field, the array and index of an element) and returns
    /// how to finish the store.
    fn store_prefix(&mut self, target: &BoundExpr, reusable: bool) -> Result<Place, EmitError> {
        Ok(match &target.kind {
            BoundExprKind::Local(l) => Place::Local(l.0 as u16),
            BoundExprKind::Param(p) => Place::Arg(*p),
            BoundExprKind::Field {
                receiver: None,
                field,
            } => Place::Static(self.e.field_token(*field)?),
            BoundExprKind::Field {
                receiver: Some(r),
                field,
            } => {
                let tok = self.e.field_token(*field)?;
                if self.syms().is_value_type(r.ty) {
                    self.address_of(r)?;
                } else {
                    self.expr(r, true)?;
                }
                if reusable {
                    let t = self.receiver_temp(r.ty);
                    self.il.simple(Opcode::Dup, 1, 2);
                    self.il.stloc(t);
                    Place::Field {
                        tok,
                        receiver_temp: Some(t),
                    }
                } else {
                    Place::Field {
                        tok,
                        receiver_temp: None,
                    }
                }
            }
            BoundExprKind::ArrayElement { array, index } => {
                self.expr(array, true)?;
                self.expr(index, true)?;
                if reusable {
                    // The temporary keeps the index as written; each use
                    // converts it again (see `index_to_native`).
                    let (ta, ti) = (self.temp(array.ty), self.temp(index.ty));
                    self.il.stloc(ti);
                    self.il.stloc(ta);
                    self.il.ldloc(ta);
                    self.il.ldloc(ti);
                    self.index_to_native(index.ty);
                    Place::Element {
                        elem: target.ty,
                        temps: Some((ta, ti)),
                    }
                } else {
                    self.index_to_native(index.ty);
                    Place::Element {
                        elem: target.ty,
                        temps: None,
                    }
                }
            }
            BoundExprKind::MdElement { array, indices } => {
                self.expr(array, true)?;
                for i in indices {
                    self.expr(i, true)?;
                }
                let set = self.e.array_method(array.ty, ArrayMethod::Set)?;
                let get = self.e.array_method(array.ty, ArrayMethod::Get)?;
                let temps = if reusable {
                    // Save the array and indices (last pushed first), then
                    // push them again for the store.
                    let mut ts: Vec<u16> = std::iter::once(array.ty).chain(indices.iter().map(|i| i.ty)).map(|t| self.temp(t)).collect();
                    for &t in ts.iter().rev() {
                        self.il.stloc(t);
                    }
                    for &t in &ts {
                        self.il.ldloc(t);
                    }
                    ts.shrink_to_fit();
                    Some(ts)
                } else {
                    None
                };
                Place::MdElement { get, set, rank: indices.len() as i32, temps }
            }
            BoundExprKind::This => {
                // A struct's `this` is stored through argument 0.
                self.il.ldarg(0);
                let temp = if reusable {
                    self.locals.push((target.ty, true));
                    let t = (self.locals.len() - 1) as u16;
                    self.il.simple(Opcode::Dup, 1, 2);
                    self.il.stloc(t);
                    Some(t)
                } else {
                    None
                };
                Place::Indirect { ty: target.ty, temp }
            }
            BoundExprKind::Deref(inner) => {
                self.expr(inner, true)?;
                let temp = if reusable {
                    self.locals.push((target.ty, true));
                    let t = (self.locals.len() - 1) as u16;
                    self.il.simple(Opcode::Dup, 1, 2);
                    self.il.stloc(t);
                    Some(t)
                } else {
                    None
                };
                Place::Indirect { ty: target.ty, temp }
            }
            _ => return Err(EmitError("assignment to a non-variable".into())),
        })
    }

    /// A readonly field outside the constructors of its type, where its
    /// address may not be taken.
    fn is_readonly_here(&self, f: FieldId) -> bool {
        let field = self.syms().field(f);
        let m = self.syms().method(self.method);
        field.is_readonly && !(m.owner == field.owner && (m.is_ctor || m.name == ".cctor"))
    }

    /// A variable whose address can be taken without a copy.
    fn is_addressable(&self, e: &BoundExpr) -> bool {
        match &e.kind {
            BoundExprKind::Local(_) | BoundExprKind::Param(_) | BoundExprKind::This | BoundExprKind::ArrayElement { .. } => true,
            BoundExprKind::Field { receiver, field } => {
                !self.is_readonly_here(*field) && receiver.as_deref().is_none_or(|r| self.is_addressable(r))
            }
            BoundExprKind::Deref(_) => true,
            _ => false,
        }
    }

    /// `ldind.<type>` (III.3.42), or `ldobj` for a struct.
    fn load_indirect(&mut self, ty: TyId) -> Result<(), EmitError> {
        use Opcode::*;
        let op = match self.syms().primitive_of(ty) {
            Some(SpecialType::SByte) => LdindI1,
            Some(SpecialType::Byte | SpecialType::Boolean) => LdindU1,
            Some(SpecialType::Int16) => LdindI2,
            Some(SpecialType::UInt16 | SpecialType::Char) => LdindU2,
            Some(SpecialType::Int32) => LdindI4,
            Some(SpecialType::UInt32) => LdindU4,
            Some(SpecialType::Int64 | SpecialType::UInt64) => LdindI8,
            Some(SpecialType::Single) => LdindR4,
            Some(SpecialType::Double) => LdindR8,
            _ if self.syms().is_value_type(ty) => {
                let tok = self.e.type_token(ty)?;
                self.il.op(Ldobj, Operand::Token(tok), 1, 1);
                return Ok(());
            }
            _ => LdindRef,
        };
        self.il.simple(op, 1, 1);
        Ok(())
    }

    /// `stind.<type>` (III.3.62), or `stobj` for a struct.
    fn store_indirect(&mut self, ty: TyId) -> Result<(), EmitError> {
        use Opcode::*;
        let op = match self.syms().primitive_of(ty) {
            Some(SpecialType::SByte | SpecialType::Byte | SpecialType::Boolean) => StindI1,
            Some(SpecialType::Int16 | SpecialType::UInt16 | SpecialType::Char) => StindI2,
            Some(SpecialType::Int32 | SpecialType::UInt32) => StindI4,
            Some(SpecialType::Int64 | SpecialType::UInt64) => StindI8,
            Some(SpecialType::Single) => StindR4,
            Some(SpecialType::Double) => StindR8,
            _ if self.syms().is_value_type(ty) => {
                let tok = self.e.type_token(ty)?;
                self.il.op(Stobj, Operand::Token(tok), 2, 0);
                return Ok(());
            }
            _ => StindRef,
        };
        self.il.simple(op, 2, 0);
        Ok(())
    }

    /// The temporary holding a field's receiver: the object reference,
    /// or for a struct the managed pointer to it.
    fn receiver_temp(&mut self, ty: TyId) -> u16 {
        let by_ref = self.syms().is_value_type(ty);
        self.locals.push((ty, by_ref));
        (self.locals.len() - 1) as u16
    }

    /// Loads the current value of a place whose prefix was saved.
    fn load_place(&mut self, p: &Place) -> Result<(), EmitError> {
        match p {
            Place::Local(l) => self.il.ldloc(*l),
            Place::Arg(a) => self.il.ldarg(*a),
            Place::Static(t) => self.il.op(Opcode::Ldsfld, Operand::Token(*t), 0, 1),
            Place::Field { tok, receiver_temp } => {
                if let Some(r) = receiver_temp {
                    self.il.ldloc(*r);
                }
                self.il.op(Opcode::Ldfld, Operand::Token(*tok), 1, 1);
            }
            Place::Element { elem, temps } => {
                if let Some((a, i)) = temps {
                    self.il.ldloc(*a);
                    self.il.ldloc(*i);
                    self.index_to_native(self.locals[*i as usize].0);
                }
                self.load_element(*elem)?;
            }
            Place::Indirect { ty, temp } => {
                if let Some(t) = temp {
                    self.il.ldloc(*t);
                }
                self.load_indirect(*ty)?;
            }
            Place::MdElement { get, rank, temps, .. } => {
                for &t in temps.iter().flatten() {
                    self.il.ldloc(t);
                }
                self.il.op(Opcode::Call, Operand::Token(*get), 1 + rank, 1);
            }
        }
        Ok(())
    }

    fn store_place(&mut self, p: &Place) -> Result<(), EmitError> {
        match p {
            Place::Local(l) => self.il.stloc(*l),
            Place::Arg(a) => self.il.starg(*a),
            Place::Static(t) => self.il.op(Opcode::Stsfld, Operand::Token(*t), 1, 0),
            Place::Field { tok, .. } => self.il.op(Opcode::Stfld, Operand::Token(*tok), 2, 0),
            Place::Element { elem, .. } => self.store_element(*elem)?,
            Place::Indirect { ty, .. } => self.store_indirect(*ty)?,
            Place::MdElement { set, rank, .. } => self.il.op(Opcode::Call, Operand::Token(*set), 2 + rank, 0),
        }
        Ok(())
    }

    fn assign(
        &mut self,
        target: &BoundExpr,
        value: &BoundExpr,
        used: bool,
    ) -> Result<(), EmitError> {
        let place = self.store_prefix(target, false)?;
        self.expr(value, true)?;
        let keep = if used {
            let t = self.temp(target.ty);
            self.il.simple(Opcode::Dup, 1, 2);
            self.il.stloc(t);
            Some(t)
        } else {
            None
        };
        self.store_place(&place)?;
        if let Some(t) = keep {
            self.il.ldloc(t);
        }
        Ok(())
    }

    fn compound(
        &mut self,
        how: &Compound,
        target: &BoundExpr,
        value: &BoundExpr,
        target_ty: TyId,
        used: bool,
    ) -> Result<(), EmitError> {
        let Compound {
            op,
            operand_ty,
            narrow,
            postfix,
            checked,
        } = *how;
        let place = self.store_prefix(target, true)?;
        // For field and element targets the prefix is on the stack and
        // saved in temps; load_place reloads it for the read.
        self.load_place(&place)?;
        let result = if used {
            Some(self.temp(target_ty))
        } else {
            None
        };
        if postfix && let Some(t) = result {
            self.il.simple(Opcode::Dup, 1, 2);
            self.il.stloc(t);
        }
        if target_ty != operand_ty {
            self.convert(target_ty, operand_ty, false)?;
        }
        self.expr(value, true)?;
        self.binary(op, operand_ty, checked)?;
        if narrow || target_ty != operand_ty {
            self.convert(operand_ty, target_ty, checked)?;
        }
        if !postfix && let Some(t) = result {
            self.il.simple(Opcode::Dup, 1, 2);
            self.il.stloc(t);
        }
        self.store_place(&place)?;
        if let Some(t) = result {
            self.il.ldloc(t);
        }
        Ok(())
    }
}

/// The conditional branch taken when `op` holds, or when it does not
/// (`negated`). Negating an ordered float comparison needs the unordered
/// form, since a NaN operand makes both `a < b` and `a >= b` false.
fn compare_branch(op: BinOp, negated: bool, unsigned: bool, float: bool) -> Opcode {
    use Opcode::*;
    let (op, un) = if negated {
        let flipped = match op {
            BinOp::Eq => BinOp::Ne,
            BinOp::Ne => BinOp::Eq,
            BinOp::Lt => BinOp::Ge,
            BinOp::Le => BinOp::Gt,
            BinOp::Gt => BinOp::Le,
            _ => BinOp::Lt,
        };
        (flipped, unsigned || float)
    } else {
        (op, unsigned)
    };
    match (op, un) {
        (BinOp::Eq, _) => BeqS,
        (BinOp::Ne, _) => BneUnS,
        (BinOp::Lt, false) => BltS,
        (BinOp::Lt, true) => BltUnS,
        (BinOp::Le, false) => BleS,
        (BinOp::Le, true) => BleUnS,
        (BinOp::Gt, false) => BgtS,
        (BinOp::Gt, true) => BgtUnS,
        (_, false) => BgeS,
        (_, true) => BgeUnS,
    }
}

/// What a compound assignment computes (see `BoundExprKind::CompoundAssign`).
struct Compound {
    op: BinOp,
    operand_ty: TyId,
    narrow: bool,
    postfix: bool,
    checked: bool,
}

/// The zero of a numeric type, for checked negation.
fn zero_of(syms: &Symbols, ty: TyId) -> ConstValue {
    match syms.primitive_of(ty) {
        Some(SpecialType::Int64 | SpecialType::UInt64) => ConstValue::I8(0),
        _ => ConstValue::I4(0),
    }
}

/// An exception clause whose offsets are labels until layout.
struct PendingClause {
    kind: ClauseKind,
    try_start: Label,
    try_end: Label,
    handler_start: Label,
    handler_end: Label,
}

enum ClauseKind {
    Catch(Token),
    /// The label where the filter code starts.
    Filter(Label),
    Finally,
}

/// The runtime-provided methods of an array type (ECMA-335 II.14.2).
#[derive(Clone, Copy)]
pub enum ArrayMethod {
    Ctor,
    Get,
    Set,
    Address,
}

enum Place {
    /// Through a managed pointer (a ref/out parameter); `temp` keeps the
    /// pointer for a compound assignment's read.
    Indirect { ty: TyId, temp: Option<u16> },
    Local(u16),
    Arg(u16),
    Static(Token),
    Field {
        tok: Token,
        receiver_temp: Option<u16>,
    },
    MdElement {
        get: Token,
        set: Token,
        rank: i32,
        temps: Option<Vec<u16>>,
    },
    Element {
        elem: TyId,
        temps: Option<(u16, u16)>,
    },
}

/// A constant equal to the zero a new array already holds.
fn is_default_constant(e: &BoundExpr) -> bool {
    match e.constant() {
        Some(ConstValue::Bool(false) | ConstValue::Null) => true,
        Some(ConstValue::I4(0) | ConstValue::U4(0) | ConstValue::I8(0) | ConstValue::U8(0) | ConstValue::Char(0)) => true,
        Some(ConstValue::R8(v)) => *v == 0.0 && v.is_sign_positive(),
        Some(ConstValue::R4(v)) => *v == 0.0 && v.is_sign_positive(),
        _ => false,
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
