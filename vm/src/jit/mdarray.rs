//! General arrays (`T[,]`): their constructor and `Get`, `Set` and `Address` methods are not in
//! any assembly; the runtime provides them (ECMA-335 II.14.2). A call to a MemberRef whose
//! parent is an array TypeSpec is translated inline here; the allocation runs in a helper.
//! Floor 4 (execution).

use super::translate::{Fx, SType, SVal};
use crate::error::Result;
use crate::fault::FaultKind;
use crate::loader::RType;
use crate::object::{MD_BOUNDS_OFFSET, MethodTable, Object, VmContext, md_data_offset};
use crate::types::ValKind;
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{InstBuilder, StackSlotData, StackSlotKind, Value, types};
use metadata::{TableId, Token, TypeSig};

/// `newobj T[,]::.ctor`'s helper: `n` int32 arguments at `args`, either one length per
/// dimension or (lower bound, length) pairs. OverflowException for a negative length.
extern "C" fn vm_new_mdarray(
    ctx: *mut VmContext,
    mt: *const MethodTable,
    args: *const i32,
    n: i32,
) -> *mut Object {
    // SAFETY: JIT code passes its live context, a general-array MethodTable and `n` int32s.
    unsafe {
        let rank = (*mt).rank as usize;
        let a = std::slice::from_raw_parts(args, n.max(0) as usize);
        let (lengths, lower): (Vec<i32>, Vec<i32>) = if a.len() == 2 * rank {
            (
                a.chunks(2).map(|c| c[1]).collect(),
                a.chunks(2).map(|c| c[0]).collect(),
            )
        } else {
            (a.to_vec(), vec![0; a.len()])
        };
        if lengths.iter().any(|&l| l < 0) {
            crate::fault::vm_throw_fault(ctx, FaultKind::NegativeArraySize as u32);
            return std::ptr::null_mut();
        }
        crate::object::alloc_md_array(ctx, mt, &lengths, &lower)
    }
}

impl Fx<'_> {
    /// The element type, rank and method name if `tok` is a method of a general array type.
    fn array_method(&mut self, tok: Token) -> Result<Option<(RType, u32, String, usize)>> {
        if tok.table() != Some(TableId::MemberRef) {
            return Ok(None);
        }
        let img = self.exec.image(self.asm);
        let Some(mr) = img
            .tables
            .member_ref
            .get((tok.row() as usize).wrapping_sub(1))
        else {
            return Ok(None);
        };
        if mr.class.table() != Some(TableId::TypeSpec) {
            return Ok(None);
        }
        let name = img.string(mr.name)?.to_string();
        let nparams = metadata::decode_method_sig(img.blob(mr.signature)?)?
            .params
            .len();
        let TypeSig::Array { elem, rank, .. } = self.exec.type_spec(self.asm, mr.class.row())?
        else {
            return Ok(None);
        };
        let elem = self
            .exec
            .rtype(self.asm, &elem)
            .map_err(|e| self.ctx_err(e))?;
        Ok(Some((elem, rank, name, nparams)))
    }

    /// Translates a call or newobj of a general array's runtime method; false if `tok` is not one.
    pub fn md_array_call(&mut self, tok: Token, newobj: bool) -> Result<bool> {
        let Some((elem, rank, name, nparams)) = self.array_method(tok)? else {
            return Ok(false);
        };
        let k = self.exec.kind_of(&elem).map_err(|e| self.ctx_err(e))?;
        match (name.as_str(), newobj) {
            (".ctor", true) => {
                if self.stack.len() < nparams {
                    return Err(self.invalid("not enough array constructor arguments"));
                }
                let args = self.stack.split_off(self.stack.len() - nparams);
                let mt = self
                    .exec
                    .md_array_mt(&elem, rank)
                    .map_err(|e| self.ctx_err(e))?;
                let slot = self.b.create_sized_stack_slot(StackSlotData::new(
                    StackSlotKind::ExplicitSlot,
                    4 * nparams.max(1) as u32,
                    2,
                ));
                let buf = self.b.ins().stack_addr(types::I64, slot, 0);
                for (i, a) in args.iter().enumerate() {
                    self.store_kind(ValKind::I4, buf, 4 * i as i32, *a)?;
                }
                let mtv = self.iconst(types::I64, mt as i64);
                let n = self.iconst(types::I32, nparams as i64);
                let ctx = self.ctx;
                let r = self.call_helper(
                    vm_new_mdarray as *const u8,
                    &[types::I64, types::I64, types::I64, types::I32],
                    &[types::I64],
                    &[ctx, mtv, buf, n],
                )[0];
                self.check_pending();
                self.push(r, SType::Obj);
            }
            ("Get", false) | ("Address", false) => {
                let idx = self.pop_indices(rank)?;
                let arr = self.pop()?;
                let addr = self.md_element_addr(arr, &idx, k, rank)?;
                if name == "Get" {
                    let v = self.load_kind(k, addr, 0)?;
                    self.stack.push(v);
                } else {
                    self.push(addr, SType::ByRef);
                }
            }
            ("Set", false) => {
                let v = self.pop()?;
                let idx = self.pop_indices(rank)?;
                let arr = self.pop()?;
                let addr = self.md_element_addr(arr, &idx, k, rank)?;
                self.store_kind(k, addr, 0, v)?;
            }
            _ => return Err(self.unsupported(&format!("array method {name}"))),
        }
        Ok(true)
    }

    fn pop_indices(&mut self, rank: u32) -> Result<Vec<SVal>> {
        if self.stack.len() < rank as usize {
            return Err(self.invalid("not enough array indexes"));
        }
        Ok(self.stack.split_off(self.stack.len() - rank as usize))
    }

    /// The address of an element after null and per-dimension bounds checks: each index minus
    /// its lower bound must be below its length (one unsigned compare), row-major order.
    fn md_element_addr(&mut self, arr: SVal, idx: &[SVal], k: ValKind, rank: u32) -> Result<Value> {
        if arr.t != SType::Obj {
            return Err(self.invalid("array method on a non-object"));
        }
        self.null_check(arr.v);
        let f = super::translate::mflags();
        let mut flat = self.iconst(types::I64, 0);
        for (d, i) in idx.iter().enumerate() {
            let i = match i.t {
                SType::I32 => i.v,
                t if t.is_int() => self.b.ins().ireduce(types::I32, i.v),
                _ => return Err(self.invalid("array index is not an integer")),
            };
            let len_off = MD_BOUNDS_OFFSET + 4 * d as i32;
            let lo_off = MD_BOUNDS_OFFSET + 4 * (rank as i32 + d as i32);
            let len = self.b.ins().load(types::I32, f, arr.v, len_off);
            let lo = self.b.ins().load(types::I32, f, arr.v, lo_off);
            let rel = self.b.ins().isub(i, lo);
            let bad = self
                .b
                .ins()
                .icmp(IntCC::UnsignedGreaterThanOrEqual, rel, len);
            self.trap_if(bad, FaultKind::IndexOutOfRange);
            let len64 = self.b.ins().uextend(types::I64, len);
            let rel64 = self.b.ins().uextend(types::I64, rel);
            let scaled = self.b.ins().imul(flat, len64);
            flat = self.b.ins().iadd(scaled, rel64);
        }
        let bytes = self.b.ins().imul_imm_s(flat, k.size() as i64);
        let base = self.b.ins().iadd(arr.v, bytes);
        Ok(self.b.ins().iadd_imm_s(base, md_data_offset(rank) as i64))
    }
}
