//! A method's arguments and locals: where each lives (a Cranelift variable, or memory), and the
//! *directory* through which the funclets of its exception filters reach them.
//! Floor 4 (execution).
//!
//! A filter runs in the first pass of exception handling (`eh/search.rs`), while its method's
//! frame is suspended in a call deeper down, so it is compiled as a function of its own
//! (`translate::Part::Filter`). It still reads and writes the method's locals: C# filters test
//! them, and the catch variable the filter stores is the one the handler reads. So a method
//! with filters keeps every argument and local in memory, writes their addresses into a
//! directory (one stack slot of pointers, arguments first), and registers the directory with
//! its frame pointer at entry; the funclet receives the directory and accesses each local
//! through its pointer.

use super::translate::{Fx, LocalVar, Storage};
use crate::error::{Result, VmError};
use crate::types::ValKind;
use cranelift_codegen::ir::{InstBuilder, StackSlotData, StackSlotKind, Value, types};

impl Fx<'_> {
    /// Binds the method's parameters (after the context: the struct-return buffer, `this`, the
    /// arguments) to storage, and creates the locals, zeroed. `addr_*` say which need memory.
    pub fn bind_parameters(
        &mut self,
        params: &[Value],
        addr_args: &[bool],
        addr_locals: &[bool],
        local_kinds: &[ValKind],
    ) -> Result<()> {
        let info = self.info.clone();
        let mut p = 1;
        let next = |p: &mut usize| -> Result<Value> {
            let v = params
                .get(*p)
                .copied()
                .ok_or_else(|| VmError::Internal("signature shorter than the method".into()))?;
            *p += 1;
            Ok(v)
        };
        let mut arg_kinds = Vec::new();
        if info.has_retbuf() {
            self.retbuf = Some(next(&mut p)?);
        }
        if info.has_this {
            arg_kinds.push((info.this_kind, next(&mut p)?));
        }
        for &k in &info.params {
            arg_kinds.push((k, next(&mut p)?));
        }
        for (i, (k, v)) in arg_kinds.into_iter().enumerate() {
            let lv = self.new_storage(k, addr_args.get(i).copied().unwrap_or(false), false)?;
            match (lv.st, k) {
                (Storage::Mem(slot), ValKind::Struct(s)) => {
                    let dst = self.b.ins().stack_addr(types::I64, slot, 0);
                    self.copy_struct(dst, v, s);
                }
                (_, ValKind::Struct(_)) => {
                    self.args.push(LocalVar {
                        st: Storage::Ptr(v),
                        kind: k,
                    });
                    continue;
                }
                _ => {
                    let sv = self.widen_abi(v, k);
                    self.store_local(lv, sv)?;
                }
            }
            self.args.push(lv);
        }
        for (i, &k) in local_kinds.iter().enumerate() {
            let lv = self.new_storage(k, addr_locals.get(i).copied().unwrap_or(false), true)?;
            self.locals.push(lv);
        }
        Ok(())
    }

    /// The kinds of the arguments, `this` first, as the directory lists them.
    fn arg_kinds(&self) -> Vec<ValKind> {
        let mut v = Vec::new();
        if self.info.has_this {
            v.push(self.info.this_kind);
        }
        v.extend(self.info.params.iter().copied());
        v
    }

    /// Writes the directory of this frame (every argument and local is in memory) and
    /// registers it with the frame pointer (`eh::vm_eh_register_frame`).
    pub fn publish_directory(&mut self) -> Result<()> {
        let all: Vec<LocalVar> = self.args.iter().chain(&self.locals).copied().collect();
        let size = 8 * all.len().max(1) as u32;
        let slot = self.b.create_sized_stack_slot(StackSlotData::new(
            StackSlotKind::ExplicitSlot,
            size,
            3,
        ));
        for (j, lv) in all.iter().enumerate() {
            let addr = match lv.st {
                Storage::Mem(s) => self.b.ins().stack_addr(types::I64, s, 0),
                Storage::Ptr(p) => p,
                Storage::Var(_) => {
                    return Err(VmError::Internal(
                        "a filtered method's local is not in memory".into(),
                    ));
                }
            };
            self.b
                .ins()
                .stack_store(types::I64, addr, slot, 8 * j as i32);
        }
        let dir = self.b.ins().stack_addr(types::I64, slot, 0);
        let fp = self.b.ins().get_frame_pointer(types::I64);
        let ctx = self.ctx;
        self.call_helper(
            crate::eh::vm_eh_register_frame as *const u8,
            &[types::I64; 3],
            &[],
            &[ctx, fp, dir],
        );
        Ok(())
    }

    /// In a filter funclet: each argument and local is the memory its directory entry points to.
    pub fn bind_directory(&mut self, dir: Value, local_kinds: &[ValKind]) {
        let kinds: Vec<ValKind> = self.arg_kinds();
        let f = super::translate::mflags();
        for (j, &k) in kinds.iter().chain(local_kinds).enumerate() {
            let p = self.b.ins().load(types::I64, f, dir, 8 * j as i32);
            let lv = LocalVar {
                st: Storage::Ptr(p),
                kind: k,
            };
            if j < kinds.len() {
                self.args.push(lv);
            } else {
                self.locals.push(lv);
            }
        }
    }
}
