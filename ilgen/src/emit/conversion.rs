//! Conversions as CIL: numeric conversions with the `conv`/`conv.ovf`
//! opcode tables (ECMA-335 III.3.27, III.3.19), and the conversions that
//! take a type token: boxing, unboxing, `isinst` and `castclass`.

use metadata::{Opcode, Operand};
use semantic::*;

use super::BodyEmitter;
use crate::EmitError;

impl BodyEmitter<'_, '_> {
    /// `operand`, then `op` with the token of type `ty` (box, unbox.any, isinst, castclass).
    pub(super) fn typed_unary(&mut self, operand: &BoundExpr, op: Opcode, ty: TyId) -> Result<(), EmitError> {
        self.expr(operand, true)?;
        let tok = self.e.type_token(ty)?;
        self.il.op(op, Operand::Token(tok), 1, 1);
        Ok(())
    }

    /// A numeric conversion (ECMA-335 III.3.27 conv, III.3.19 conv.ovf).
    pub(super) fn convert(&mut self, from: TyId, to: TyId, checked: bool) -> Result<(), EmitError> {
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
}
