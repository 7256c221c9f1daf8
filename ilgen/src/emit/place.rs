//! Variables as places to store to: the address of a variable
//! (`address_of`), assignment and compound assignment (`x += y`, `x++`)
//! through a `Place` whose prefix (receiver, array and index) is pushed
//! once and, when read as well as written, kept in temporaries.

use metadata::{Opcode, Operand, Token};
use semantic::*;

use super::{ArrayMethod, BodyEmitter, Compound};
use crate::EmitError;

impl BodyEmitter<'_, '_> {
    /// Pushes the address of a value-type expression: its own storage
    /// for variables, a temporary copy otherwise.
    pub(super) fn address_of(&mut self, e: &BoundExpr) -> Result<(), EmitError> {
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
    pub(super) fn is_addressable(&self, e: &BoundExpr) -> bool {
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
    pub(super) fn load_indirect(&mut self, ty: TyId) -> Result<(), EmitError> {
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
            _ if self.syms().is_value_type(ty) || self.syms().is_type_param(ty) => {
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
            _ if self.syms().is_value_type(ty) || self.syms().is_type_param(ty) => {
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

    pub(super) fn assign(
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

    pub(super) fn compound(
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
