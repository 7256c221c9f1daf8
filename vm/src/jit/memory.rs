//! Arguments, locals, fields, statics, vectors and indirect access.
//! Floor 4 (execution).

use super::translate::{Fx, SType, SVal, VarSrc};
use crate::error::Result;
use crate::loader::RType;
use crate::object::{ARRAY_DATA_OFFSET, MethodTable, Object, VmContext};
use crate::types::{MT_ELEMENT_OFFSET, ValKind};
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{InstBuilder, Value, types};
use metadata::{Instr, Opcode as Op, Operand, TableId, Token};

/// `newarr`'s helper: a zeroed array, OverflowException for a negative length (III.4.20).
extern "C" fn vm_newarr(ctx: *mut VmContext, mt: *const MethodTable, len: i64) -> *mut Object {
    if len < 0 {
        crate::fault::vm_throw_fault(ctx, crate::fault::FaultKind::NegativeArraySize as u32);
        return std::ptr::null_mut();
    }
    // SAFETY: JIT code passes the live context and an array MethodTable.
    unsafe { crate::object::alloc_array(ctx, mt, len as usize) }
}

/// `newobj`'s and `box`'s helper: a zeroed object of the MethodTable's base size.
pub(crate) extern "C" fn vm_alloc_object(
    ctx: *mut VmContext,
    mt: *const MethodTable,
) -> *mut Object {
    // SAFETY: JIT code passes the live context and a MethodTable of the runtime; no Rust
    // borrow of the runtime is active in a JIT helper, so finalizers may run here.
    unsafe {
        let obj = crate::object::gc_alloc(ctx, mt, (*mt).base_size as usize);
        if (*mt).has_finalizer {
            (*ctx).heap.register_finalizable(obj);
        }
        crate::gc::run_finalizers(ctx);
        std::hint::black_box(obj)
    }
}

impl Fx<'_> {
    /// The argument or local an `ldarg`/`ldloc`/`stloc` names: in the opcode for the short
    /// forms `.0`–`.3`, else in the operand.
    fn var_index(&self, ins: &Instr) -> Result<usize> {
        Ok(match ins.opcode {
            Op::Ldarg0 | Op::Ldloc0 | Op::Stloc0 => 0,
            Op::Ldarg1 | Op::Ldloc1 | Op::Stloc1 => 1,
            Op::Ldarg2 | Op::Ldloc2 | Op::Stloc2 => 2,
            Op::Ldarg3 | Op::Ldloc3 | Op::Stloc3 => 3,
            _ => self.var_operand(ins)?,
        })
    }

    fn var_operand(&self, ins: &Instr) -> Result<usize> {
        match ins.operand {
            Operand::Var(i) => Ok(i as usize),
            _ => Err(self.invalid("missing variable operand")),
        }
    }

    fn arg(&self, i: usize) -> Result<super::translate::LocalVar> {
        self.args
            .get(i)
            .copied()
            .ok_or_else(|| self.invalid(&format!("argument {i} does not exist")))
    }

    fn local(&self, i: usize) -> Result<super::translate::LocalVar> {
        self.locals
            .get(i)
            .copied()
            .ok_or_else(|| self.invalid(&format!("local {i} does not exist")))
    }

    /// The type a TypeDef, TypeRef or TypeSpec token names.
    pub fn token_rtype(&mut self, tok: Token) -> Result<RType> {
        let asm = self.asm;
        let r = if tok.table() == Some(TableId::TypeSpec) {
            let sig = self.exec.type_spec(asm, tok.row())?;
            self.exec.rtype(asm, &sig)
        } else {
            self.exec
                .resolve_type_token(asm, tok)
                .map(|t| self.exec.normalize(t))
        };
        r.map_err(|e| self.ctx_err(e))
    }

    pub fn token_kind(&mut self, tok: Token) -> Result<ValKind> {
        let r = self.token_rtype(tok)?;
        self.exec.kind_of(&r).map_err(|e| self.ctx_err(e))
    }

    pub fn token_operand(&self, ins: &Instr) -> Result<Token> {
        match ins.operand {
            Operand::Token(t) => Ok(t),
            _ => Err(self.invalid("missing token operand")),
        }
    }

    /// An address to access memory through: object references are null-checked.
    fn address_of(&mut self, base: SVal) -> Result<Value> {
        match base.t {
            SType::Obj => {
                self.null_check(base.v);
                Ok(base.v)
            }
            SType::ByRef | SType::Nat | SType::Struct(_) => Ok(base.v),
            _ => Err(self.invalid(&format!("field access through a {:?}", base.t))),
        }
    }

    /// The address an indirect access (`ldind`, `stind`, `ldobj`, `stobj`, `initobj`) goes
    /// through: a managed pointer, or a native int as unverifiable code uses one. An integer of
    /// another width or an object reference is invalid IL (CoreCLR's importer rejects it too).
    fn pointer(&mut self, p: SVal) -> Result<Value> {
        match p.t {
            SType::ByRef | SType::Nat => Ok(p.v),
            t => Err(self.invalid(&format!("indirect access through a {t:?}"))),
        }
    }

    /// Translates a memory instruction; false if `ins` is none.
    pub fn memory(&mut self, ins: &Instr) -> Result<bool> {
        match ins.opcode {
            Op::Ldarg0 | Op::Ldarg1 | Op::Ldarg2 | Op::Ldarg3 | Op::Ldarg | Op::LdargS => {
                let i = self.var_index(ins)?;
                let lv = self.arg(i)?;
                let v = self.load_local(lv)?;
                self.note_src(lv, v, VarSrc::Arg(i as u32));
                if let Some(t) = self.arg_rtype(i) {
                    self.note_ref(v.v, &t);
                }
                self.stack.push(v);
            }
            Op::Starg | Op::StargS => {
                let i = self.var_operand(ins)?;
                let lv = self.arg(i)?;
                let v = self.pop()?;
                if let Some(t) = self.arg_rtype(i) {
                    self.check_ref(&v, &t)?;
                }
                self.store_local(lv, v)?;
                self.forget_nonnull(VarSrc::Arg(i as u32));
            }
            Op::Ldarga | Op::LdargaS => {
                let lv = self.arg(self.var_operand(ins)?)?;
                let a = self.local_addr(lv)?;
                self.byref_targets.insert(a, lv.kind);
                self.push(a, SType::ByRef);
            }
            Op::Ldloc0 | Op::Ldloc1 | Op::Ldloc2 | Op::Ldloc3 | Op::Ldloc | Op::LdlocS => {
                let i = self.var_index(ins)?;
                let lv = self.local(i)?;
                let v = self.load_local(lv)?;
                self.note_src(lv, v, VarSrc::Local(i as u32));
                if let Some(t) = self.local_types.get(i).cloned() {
                    self.note_ref(v.v, &t);
                }
                // A managed-pointer local is null only if nothing was stored in it (invalid IL,
                // which C# compilers never emit): report that as .NET does a null access, not
                // as a wild read through address 0.
                if lv.kind == ValKind::ByRef {
                    self.null_check(v.v);
                }
                self.stack.push(v);
            }
            Op::Stloc0 | Op::Stloc1 | Op::Stloc2 | Op::Stloc3 | Op::Stloc | Op::StlocS => {
                let i = self.var_index(ins)?;
                let lv = self.local(i)?;
                let v = self.pop()?;
                if let Some(t) = self.local_types.get(i).cloned() {
                    self.check_ref(&v, &t)?;
                }
                self.store_local(lv, v)?;
                self.forget_nonnull(VarSrc::Local(i as u32));
            }
            Op::Ldloca | Op::LdlocaS => {
                let lv = self.local(self.var_operand(ins)?)?;
                let a = self.local_addr(lv)?;
                self.byref_targets.insert(a, lv.kind);
                self.push(a, SType::ByRef);
            }
            Op::Ldfld | Op::Ldflda | Op::Stfld => {
                let tok = self.token_operand(ins)?;
                let (fasm, frow) = self
                    .exec
                    .resolve_field_token(self.asm, tok)
                    .map_err(|e| self.ctx_err(e))?;
                let f = self
                    .exec
                    .field_info(fasm, frow)
                    .map_err(|e| self.ctx_err(e))?;
                if f.is_static {
                    return Err(self.invalid("instance field access to a static field"));
                }
                let declared = self.field_rtype(fasm, frow).map_err(|e| self.ctx_err(e))?;
                let value = if ins.opcode == Op::Stfld {
                    let v = self.pop()?;
                    self.check_ref(&v, &declared)?;
                    Some(v)
                } else {
                    None
                };
                let base = self.pop()?;
                // The object must be of the field's class (or a class derived from it); a
                // managed pointer to a local or argument, to a value of the field's struct.
                if !self.exec.types[f.owner as usize].is_value_type() {
                    self.check_ref(&base, &RType::Class(f.owner))?;
                } else if base.t == SType::ByRef
                    && let Some(&target) = self.byref_targets.get(&base.v)
                    && !matches!(target, ValKind::Struct(s) if s.ty == f.owner)
                    // A primitive's or enum's own value field (`Int32::m_value`) is the
                    // variable itself.
                    && matches!(self.exec.value_kind(f.owner)?, ValKind::Struct(_))
                {
                    let owner = self.exec.types[f.owner as usize].full_name();
                    return Err(self.invalid(&format!("a field of {owner} through a pointer to a {target:?} variable")));
                }
                let addr = self.address_of(base)?;
                match ins.opcode {
                    Op::Ldfld => {
                        let v = self.load_kind(f.kind, addr, f.offset as i32)?;
                        self.note_ref(v.v, &declared);
                        self.stack.push(v);
                    }
                    Op::Ldflda => {
                        let a = self.b.ins().iadd_imm_s(addr, f.offset as i64);
                        self.push(a, SType::ByRef);
                    }
                    _ => {
                        let v = value.ok_or_else(|| self.invalid("stfld without a value"))?;
                        self.store_kind(f.kind, addr, f.offset as i32, v)?;
                    }
                }
            }
            Op::Ldsfld | Op::Ldsflda | Op::Stsfld => {
                let tok = self.token_operand(ins)?;
                let (fasm, frow) = self
                    .exec
                    .resolve_field_token(self.asm, tok)
                    .map_err(|e| self.ctx_err(e))?;
                let f = self
                    .exec
                    .field_info(fasm, frow)
                    .map_err(|e| self.ctx_err(e))?;
                if !f.is_static {
                    return Err(self.invalid("static field access to an instance field"));
                }
                self.class_init_check(f.owner)?;
                let base = self.exec.ensure_layout(f.owner)?.statics as usize;
                let addr = self.iconst(types::I64, (base + f.offset as usize) as i64);
                let declared = self.field_rtype(fasm, frow).map_err(|e| self.ctx_err(e))?;
                match ins.opcode {
                    Op::Ldsfld => {
                        let v = self.load_kind(f.kind, addr, 0)?;
                        self.note_ref(v.v, &declared);
                        self.stack.push(v);
                    }
                    Op::Ldsflda => self.push(addr, SType::ByRef),
                    _ => {
                        let v = self.pop()?;
                        self.check_ref(&v, &declared)?;
                        self.store_kind(f.kind, addr, 0, v)?;
                    }
                }
            }
            Op::LdindI1
            | Op::LdindU1
            | Op::LdindI2
            | Op::LdindU2
            | Op::LdindI4
            | Op::LdindU4
            | Op::LdindI8
            | Op::LdindI
            | Op::LdindR4
            | Op::LdindR8
            | Op::LdindRef => {
                let k = match ins.opcode {
                    Op::LdindI1 => ValKind::I1,
                    Op::LdindU1 => ValKind::U1,
                    Op::LdindI2 => ValKind::I2,
                    Op::LdindU2 => ValKind::U2,
                    Op::LdindI4 => ValKind::I4,
                    Op::LdindU4 => ValKind::U4,
                    Op::LdindI8 => ValKind::I8,
                    Op::LdindI => ValKind::I,
                    Op::LdindR4 => ValKind::R4,
                    Op::LdindR8 => ValKind::R8,
                    _ => ValKind::Ref,
                };
                let p = self.pop()?;
                let p = self.pointer(p)?;
                let v = self.load_kind(k, p, 0)?;
                self.stack.push(v);
            }
            Op::StindI1
            | Op::StindI2
            | Op::StindI4
            | Op::StindI8
            | Op::StindI
            | Op::StindR4
            | Op::StindR8
            | Op::StindRef => {
                let k = match ins.opcode {
                    Op::StindI1 => ValKind::I1,
                    Op::StindI2 => ValKind::I2,
                    Op::StindI4 => ValKind::I4,
                    Op::StindI8 => ValKind::I8,
                    Op::StindI => ValKind::I,
                    Op::StindR4 => ValKind::R4,
                    Op::StindR8 => ValKind::R8,
                    _ => ValKind::Ref,
                };
                let v = self.pop()?;
                let p = self.pop()?;
                let p = self.pointer(p)?;
                self.store_kind(k, p, 0, v)?;
            }
            Op::Ldobj | Op::Stobj => {
                let tok = self.token_operand(ins)?;
                let k = self.token_kind(tok)?;
                if ins.opcode == Op::Ldobj {
                    let p = self.pop()?;
                    let p = self.pointer(p)?;
                    let v = self.load_kind(k, p, 0)?;
                    self.stack.push(v);
                } else {
                    let v = self.pop()?;
                    let p = self.pop()?;
                    let p = self.pointer(p)?;
                    self.store_kind(k, p, 0, v)?;
                }
            }
            Op::Initobj => {
                let tok = self.token_operand(ins)?;
                let k = self.token_kind(tok)?;
                let p = self.pop()?;
                let p = self.pointer(p)?;
                self.zero_mem(p, k.size());
            }
            Op::Newarr => {
                let tok = self.token_operand(ins)?;
                let elem = self.token_rtype(tok)?;
                let mt = self.exec.array_mt(&elem).map_err(|e| self.ctx_err(e))?;
                let n = self.pop()?;
                let n = match n.t {
                    SType::I32 => self.b.ins().sextend(types::I64, n.v),
                    t if t.is_int() => n.v,
                    _ => return Err(self.invalid("newarr length is not an integer")),
                };
                let mtv = self.iconst(types::I64, mt as i64);
                let ctx = self.ctx;
                let r = self.call_helper(
                    vm_newarr as *const u8,
                    &[types::I64; 3],
                    &[types::I64],
                    &[ctx, mtv, n],
                )[0];
                self.check_pending();
                self.note_ref(r, &RType::SzArray(Box::new(elem)));
                self.push(r, SType::Obj);
            }
            Op::Ldlen => {
                let a = self.pop()?;
                if a.t != SType::Obj {
                    return Err(self.invalid(&format!("ldlen of a {:?}", a.t)));
                }
                self.null_check(a.v);
                self.array_guard(&a, None)?;
                let len = self.array_length(a.v);
                self.push(len, SType::Nat);
            }
            Op::LdelemI1
            | Op::LdelemU1
            | Op::LdelemI2
            | Op::LdelemU2
            | Op::LdelemI4
            | Op::LdelemU4
            | Op::LdelemI8
            | Op::LdelemI
            | Op::LdelemR4
            | Op::LdelemR8
            | Op::LdelemRef
            | Op::Ldelem
            | Op::Ldelema => {
                let k = match ins.opcode {
                    Op::LdelemI1 => ValKind::I1,
                    Op::LdelemU1 => ValKind::U1,
                    Op::LdelemI2 => ValKind::I2,
                    Op::LdelemU2 => ValKind::U2,
                    Op::LdelemI4 => ValKind::I4,
                    Op::LdelemU4 => ValKind::U4,
                    Op::LdelemI8 => ValKind::I8,
                    Op::LdelemI => ValKind::I,
                    Op::LdelemR4 => ValKind::R4,
                    Op::LdelemR8 => ValKind::R8,
                    Op::LdelemRef => ValKind::Ref,
                    _ => {
                        let tok = self.token_operand(ins)?;
                        self.token_kind(tok)?
                    }
                };
                let idx = self.pop()?;
                let arr = self.pop()?;
                // An element of a `string[]` or `int[][]` is a string or an `int[]`.
                let elem_type = match self.ref_types.get(&arr.v) {
                    Some(RType::SzArray(e)) => Some((**e).clone()),
                    _ => None,
                };
                let addr = self.element_addr(arr, idx, k)?;
                if ins.opcode == Op::Ldelema {
                    self.push(addr, SType::ByRef);
                } else {
                    let v = self.load_kind(k, addr, 0)?;
                    if let Some(e) = &elem_type {
                        self.note_ref(v.v, e);
                    }
                    self.stack.push(v);
                }
            }
            Op::StelemI1
            | Op::StelemI2
            | Op::StelemI4
            | Op::StelemI8
            | Op::StelemI
            | Op::StelemR4
            | Op::StelemR8
            | Op::StelemRef
            | Op::Stelem => {
                let k = match ins.opcode {
                    Op::StelemI1 => ValKind::I1,
                    Op::StelemI2 => ValKind::I2,
                    Op::StelemI4 => ValKind::I4,
                    Op::StelemI8 => ValKind::I8,
                    Op::StelemI => ValKind::I,
                    Op::StelemR4 => ValKind::R4,
                    Op::StelemR8 => ValKind::R8,
                    Op::StelemRef => ValKind::Ref,
                    _ => {
                        let tok = self.token_operand(ins)?;
                        self.token_kind(tok)?
                    }
                };
                let v = self.pop()?;
                let idx = self.pop()?;
                let arr = self.pop()?;
                let array = arr.v;
                let addr = self.element_addr(arr, idx, k)?;
                if k == ValKind::Ref && v.t == SType::Obj {
                    // Arrays of references are covariant: the element type is checked at run
                    // time (III.4.26), after the bounds, as on .NET. Inline, as CoreCLR's
                    // helper begins: null, or a value of exactly the element type (or any
                    // value for an array without one), needs no more; the rest asks the VM.
                    let f = super::translate::mflags();
                    let check = self.b.create_block();
                    let slow = self.b.create_block();
                    let done = self.b.create_block();
                    let is_null = self.b.ins().icmp_imm_u(IntCC::Equal, v.v, 0);
                    self.b.ins().brif(is_null, done, &[], check, &[]);
                    self.b.switch_to_block(check);
                    let value_mt = self.b.ins().load(types::I64, f, v.v, 0);
                    let array_mt = self.b.ins().load(types::I64, f, array, 0);
                    let element_mt = self.b.ins().load(types::I64, f, array_mt, MT_ELEMENT_OFFSET);
                    let exact = self.b.ins().icmp(IntCC::Equal, value_mt, element_mt);
                    let untyped = self.b.ins().icmp_imm_u(IntCC::Equal, element_mt, 0);
                    let fine = self.b.ins().bor(exact, untyped);
                    self.b.ins().brif(fine, done, &[], slow, &[]);
                    self.b.switch_to_block(slow);
                    let ctx = self.ctx;
                    self.call_helper(
                        crate::dispatch::vm_check_array_store as *const u8,
                        &[types::I64; 3],
                        &[],
                        &[ctx, array, v.v],
                    );
                    self.check_pending();
                    self.b.ins().jump(done, &[]);
                    self.b.switch_to_block(done);
                }
                self.store_kind(k, addr, 0, v)?;
            }
            _ => return Ok(false),
        }
        Ok(true)
    }

    /// The address of `arr[idx]` for elements of kind `k`, after null and bounds checks.
    fn element_addr(&mut self, arr: SVal, idx: SVal, k: ValKind) -> Result<Value> {
        if arr.t != SType::Obj || !idx.t.is_int() {
            return Err(self.invalid("array access needs an array and an integer index"));
        }
        let i = self.array_index(arr.v, idx.v);
        self.array_guard(&arr, Some(k))?;
        let scaled = self.b.ins().imul_imm_s(i, k.size() as i64);
        let base = self.b.ins().iadd(arr.v, scaled);
        Ok(self.b.ins().iadd_imm_s(base, ARRAY_DATA_OFFSET as i64))
    }
}
