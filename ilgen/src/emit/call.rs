//! Calls as CIL: `call` or `callvirt` with the receiver passed by value
//! or, for a struct's method, by address; and string concatenation as
//! `String.Concat` calls.

use metadata::{Opcode, Operand};
use semantic::*;

use super::BodyEmitter;
use crate::EmitError;

impl BodyEmitter<'_, '_> {
    pub(super) fn call(
        &mut self,
        method: MethodId,
        receiver: Option<&BoundExpr>,
        args: &[BoundExpr],
        ty: TyId,
        used: bool,
    ) -> Result<(), EmitError> {
        let syms = self.e.syms;
        let m = syms.method(method);
        let mut op = Opcode::Call;
        let mut constrained = None;
        if let Some(r) = receiver.filter(|r| syms.is_type_param(r.ty) && !m.is_virtual) {
            // A non-virtual method of a class constraint: the value boxed
            // (the reference itself for a class), as csc does.
            self.expr(r, true)?;
            let tok = self.e.type_token(r.ty)?;
            self.il.op(Opcode::Box, Operand::Token(tok), 1, 1);
            op = Opcode::Callvirt;
        } else if let Some(r) = receiver.filter(|r| syms.is_type_param(r.ty)) {
            // A call on a type parameter's value: `constrained. T callvirt`
            // with its address (ECMA-335 III.2.1), so a struct argument is
            // called in place and boxed only when the method needs it.
            if matches!(r.kind, BoundExprKind::Local(_) | BoundExprKind::Param(_) | BoundExprKind::Deref(_) | BoundExprKind::Field { .. }) {
                self.address_of(r)?;
            } else {
                self.expr(r, true)?;
                let t = self.temp(r.ty);
                self.il.stloc(t);
                self.il.ldloca(t);
            }
            constrained = Some(self.e.type_token(r.ty)?);
            op = Opcode::Callvirt;
        } else if let Some(r) = receiver {
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
        // A setter call standing for an assignment whose value is used:
        // the value is the last argument, kept in a temporary.
        let kept = if !returns && used && !syms.is_special(ty, SpecialType::Void) && !args.is_empty() {
            let t = self.temp(ty);
            self.il.simple(Opcode::Dup, 1, 2);
            self.il.stloc(t);
            Some(t)
        } else {
            None
        };
        if let Some(c) = constrained {
            self.il.op(Opcode::Constrained, Operand::Token(c), 0, 0);
        }
        self.il.op(op, Operand::Token(tok), pops, returns as i32);
        if let Some(t) = kept {
            self.il.ldloc(t);
        } else if returns && !used {
            self.il.simple(Opcode::Pop, 1, 0);
        }
        Ok(())
    }

    /// String concatenation as `String.Concat` calls: the 2-, 3- and
    /// 4-string overloads, or the `string[]` one for more.
    pub(super) fn concat(&mut self, parts: &[BoundExpr]) -> Result<(), EmitError> {
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
}
