//! Boxing, unboxing and type tests (ECMA-335 III.4.1 box, III.4.3 castclass, III.4.6 isinst,
//! III.4.32 unbox, III.4.33 unbox.any). The type checks run in helpers (`dispatch.rs`).
//! Floor 4 (execution).

use super::translate::{Fx, SType, SVal};
use crate::error::Result;
use crate::loader::RType;
use crate::object::{HEADER_SIZE, Object, VmContext};
use crate::types::ValKind;
use cranelift_codegen::ir::{InstBuilder, Value, types};
use metadata::{Instr, Opcode as Op};

/// Copies a field's initial data into an array: as many bytes as the array holds, or as the
/// image has left after the field's RVA, whichever is less.
extern "C" fn vm_init_array(_ctx: *mut VmContext, arr: *mut Object, data: *const u8, avail: usize) {
    // SAFETY: JIT code passes a live non-null array and an address inside the loaded image with
    // `avail` readable bytes.
    unsafe {
        let mt = &*(*arr).method_table;
        let n = crate::object::array_len(arr) * mt.component_size as usize;
        // An array's elements start at its MethodTable's base size (vectors and general arrays).
        let dst = (arr as *mut u8).add(mt.base_size as usize);
        std::ptr::copy_nonoverlapping(data, dst, n.min(avail));
    }
}

/// Is a signature type a reference type (boxing it is the identity).
pub(crate) fn is_ref_type(r: &RType, ts: &crate::loader::TypeSystem) -> bool {
    match r {
        RType::String | RType::Object | RType::SzArray(_) | RType::Array(..) => true,
        RType::Class(_) => true,
        RType::Value(t) => !ts.types[*t as usize].is_value_type(),
        _ => false,
    }
}

impl Fx<'_> {
    /// Translates box, unbox, unbox.any, isinst and castclass; false if `ins` is none of them.
    pub fn objects(&mut self, ins: &Instr) -> Result<bool> {
        match ins.opcode {
            Op::Box => {
                let tok = self.token_operand(ins)?;
                let r = self.token_rtype(tok)?;
                let v = self.pop()?;
                if is_ref_type(&r, self.exec) {
                    self.stack.push(v);
                    return Ok(true);
                }
                let obj = self.box_value(&r, v)?;
                self.push(obj, SType::Obj);
            }
            Op::UnboxAny | Op::Unbox => {
                let tok = self.token_operand(ins)?;
                let r = self.token_rtype(tok)?;
                let v = self.pop()?;
                if v.t != SType::Obj {
                    return Err(self.invalid(&format!("unbox of a {:?}", v.t)));
                }
                if is_ref_type(&r, self.exec) {
                    if ins.opcode == Op::Unbox {
                        return Err(self.invalid("unbox of a reference type"));
                    }
                    // unbox.any of a reference type is castclass (III.4.33).
                    let out = self.type_test(&r, v.v, true)?;
                    self.push(out, SType::Obj);
                    return Ok(true);
                }
                let mt = self.exec.mt_of(&r).map_err(|e| self.ctx_err(e))?;
                let mtv = self.iconst(types::I64, mt as i64);
                let ctx = self.ctx;
                let p = self.call_helper(
                    crate::dispatch::vm_unbox as *const u8,
                    &[types::I64; 3],
                    &[types::I64],
                    &[ctx, v.v, mtv],
                )[0];
                self.check_pending();
                if ins.opcode == Op::Unbox {
                    self.push(p, SType::ByRef);
                } else {
                    let k = self.exec.kind_of(&r).map_err(|e| self.ctx_err(e))?;
                    let out = self.load_kind(k, p, 0)?;
                    self.stack.push(out);
                }
            }
            Op::Isinst | Op::Castclass => {
                let tok = self.token_operand(ins)?;
                let r = self.token_rtype(tok)?;
                let v = self.pop()?;
                if v.t != SType::Obj {
                    return Err(self.invalid("isinst/castclass of a non-object"));
                }
                let out = self.type_test(&r, v.v, ins.opcode == Op::Castclass)?;
                self.note_ref(out, &r);
                self.push(out, SType::Obj);
            }
            Op::Ldtoken => {
                let tok = self.token_operand(ins)?;
                if matches!(
                    tok.table(),
                    Some(metadata::TableId::TypeDef)
                        | Some(metadata::TableId::TypeRef)
                        | Some(metadata::TableId::TypeSpec)
                ) {
                    let v = self.type_handle(tok)?;
                    self.stack.push(v);
                    return Ok(true);
                }
                let data = self.field_rva_data(tok)?;
                // Only the array-initializer pattern uses a field handle (`ldtoken` then
                // `RuntimeHelpers.InitializeArray`): the handle is the field's data address,
                // remembered for that call.
                let v = self.iconst(types::I64, data.0 as i64);
                self.field_handles.insert(v, data);
                self.push(v, SType::Nat);
            }
            _ => return Ok(false),
        }
        Ok(true)
    }

    /// `ldtoken <type>` (III.4.17): a `System.RuntimeTypeHandle` holding the type's MethodTable,
    /// which `Type.GetTypeFromHandle` turns into the type's `System.Type` object.
    fn type_handle(&mut self, tok: metadata::Token) -> Result<SVal> {
        let r = self.token_rtype(tok)?;
        let mt = self.exec.mt_of(&r).map_err(|e| self.ctx_err(e))?;
        if mt.is_null() {
            return Err(self.unsupported("ldtoken of a pointer or byref type"));
        }
        let handle = self
            .exec
            .core_type("RuntimeTypeHandle")
            .and_then(|t| self.exec.value_kind(t))
            .map_err(|e| self.ctx_err(e))?;
        let ValKind::Struct(s) = handle else {
            return Err(self.invalid("System.RuntimeTypeHandle is not a struct"));
        };
        if s.size < 8 {
            return Err(self.invalid("System.RuntimeTypeHandle has no room for a handle"));
        }
        let tmp = self.temp_struct(s);
        self.zero_mem(tmp, s.size);
        let v = self.iconst(types::I64, mt as i64);
        self.b.ins().store(super::translate::mflags(), v, tmp, 0);
        Ok(SVal {
            v: tmp,
            t: SType::Struct(s),
        })
    }

    /// The initial data (address, bytes available) of a field with an RVA (II.22.18, II.16.3.2).
    fn field_rva_data(&mut self, tok: metadata::Token) -> Result<(usize, usize)> {
        if !matches!(
            tok.table(),
            Some(metadata::TableId::Field) | Some(metadata::TableId::MemberRef)
        ) {
            return Err(self.unsupported("ldtoken of a type or method (reflection arrives later)"));
        }
        let (fowner, frow) = self
            .exec
            .resolve_field_token(self.asm, tok)
            .map_err(|e| self.ctx_err(e))?;
        let fasm = self.exec.types[fowner as usize].asm;
        let img = self.exec.image(fasm);
        let rva = img
            .tables
            .field_rva
            .iter()
            .find(|r| r.field == frow)
            .map(|r| r.rva)
            .ok_or_else(|| self.unsupported("ldtoken of a field without initial data"))?;
        // The image's bytes live as long as the runtime and never move.
        let bytes = img.slice_at_rva(rva)?;
        Ok((bytes.as_ptr() as usize, bytes.len()))
    }

    /// `RuntimeHelpers.InitializeArray(array, handle)` where `handle` came from `ldtoken`.
    pub fn initialize_array(&mut self, args: &[SVal]) -> Result<()> {
        let [arr, handle] = args else {
            return Err(self.invalid("InitializeArray takes two arguments"));
        };
        let &(ptr, len) = self
            .field_handles
            .get(&handle.v)
            .ok_or_else(|| self.unsupported("InitializeArray with a handle not from ldtoken"))?;
        self.null_check(arr.v);
        let p = self.iconst(types::I64, ptr as i64);
        let n = self.iconst(types::I64, len as i64);
        let ctx = self.ctx;
        self.call_helper(
            vm_init_array as *const u8,
            &[types::I64; 4],
            &[],
            &[ctx, arr.v, p, n],
        );
        Ok(())
    }

    /// Calls the isinst or castclass helper for target type `r`.
    fn type_test(&mut self, r: &RType, obj: Value, cast: bool) -> Result<Value> {
        let mt = self.exec.mt_of(r).map_err(|e| self.ctx_err(e))?;
        if mt.is_null() {
            return Err(self.unsupported("a type test against a pointer type"));
        }
        let helper = if cast {
            crate::dispatch::vm_castclass as *const u8
        } else {
            crate::dispatch::vm_isinst as *const u8
        };
        let mtv = self.iconst(types::I64, mt as i64);
        let ctx = self.ctx;
        let r = self.call_helper(helper, &[types::I64; 3], &[types::I64], &[ctx, obj, mtv])[0];
        if cast {
            self.check_pending();
        }
        Ok(r)
    }

    /// A new boxed copy of the value type `r` holding `v` (a heap object: MethodTable pointer,
    /// then the value).
    pub fn box_value(&mut self, r: &RType, v: SVal) -> Result<Value> {
        let mt = self.exec.mt_of(r).map_err(|e| self.ctx_err(e))?;
        if mt.is_null() {
            return Err(self.unsupported("boxing a pointer"));
        }
        let k: ValKind = self.exec.kind_of(r).map_err(|e| self.ctx_err(e))?;
        let mtv = self.iconst(types::I64, mt as i64);
        let ctx = self.ctx;
        let obj = self.call_helper(
            super::memory::vm_alloc_object as *const u8,
            &[types::I64; 2],
            &[types::I64],
            &[ctx, mtv],
        )[0];
        self.store_kind(k, obj, HEADER_SIZE as i32, v)?;
        Ok(obj)
    }
}
