//! Arrays as CIL: element loads and stores by element type (`ldelem`,
//! `stelem`), index widening, and array initializers (single-dimensional
//! with `newarr`, multi-dimensional through the runtime's array methods).

use metadata::{Opcode, Operand};
use semantic::constant::ConstValue;
use semantic::*;

use super::{ArrayMethod, BodyEmitter};
use crate::EmitError;

impl BodyEmitter<'_, '_> {
    /// A `long` or `ulong` array index becomes a native int with an
    /// overflow check, as csc emits it (`conv.ovf.i`, `conv.ovf.u.un`);
    /// `int` and `uint` indexes are used as they are.
    pub(super) fn index_to_native(&mut self, ty: TyId) {
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
            _ if self.syms().is_value_type(ty) || self.syms().is_type_param(ty) => Elem::Other,
            _ => Elem::Ref,
        }
    }

    /// An array initializer: create the array, then store each element
    /// (`dup; index; value; stelem`), as Roslyn does for non-constant
    /// data. Elements equal to the default value are skipped.
    pub(super) fn array_literal(&mut self, ty: TyId, dims: &[u32], elements: &[BoundExpr]) -> Result<(), EmitError> {
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

    pub(super) fn load_element(&mut self, ty: TyId) -> Result<(), EmitError> {
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

    pub(super) fn store_element(&mut self, ty: TyId) -> Result<(), EmitError> {
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
