//! Resolving calls at run time: the helpers that fill a virtual slot, an interface method
//! table slot or an interface call site's cache with compiled code, and the unboxing stubs
//! value types' methods are reached through. Floor 4 (execution): they compile code.
//!
//! Each MethodTable holds one code pointer per vtable slot (`vtable.rs` says which method),
//! 0 until the first call through it fills it ([`vm_resolve_virtual`]).
//!
//! Interface dispatch. Each interface `callvirt` site has an inline cache (`icache.rs`):
//! the site indexes its cache with the object's MethodTable address and, when the entry holds
//! that MethodTable, calls the cached code with no helper call at all. A miss calls
//! [`vm_interface_miss`], which looks the pair (MethodTable address, interface method) up in
//! `Jit::interface_code` (hashed with FxHash, not SipHash) and, for the first call of a pair,
//! finds the implementation through the per-type `interface_maps` (`vtable.rs`), compiles it
//! (through an unboxing stub for value types) and caches the code; then it fills the site's
//! cache. So there is no per-call search of an interface list, unlike a naive itable scan, and
//! in the steady state no hashing either: a site keeps one entry per class it has seen (up to a
//! handful), like CoreCLR's virtual stub dispatch or a polymorphic inline cache.
//!
//! A value type's method expects `this` to be a managed pointer to the value. Called on a boxed
//! value (through a vtable or an interface), it goes through an *unboxing stub* that adds the
//! header size to `this` and jumps on, as CoreCLR's unboxing stubs do.

use super::Exec;
use crate::error::{Result, VmError};
use crate::loader::MethodKey;
use crate::object::{HEADER_SIZE, MethodTable, Object, VmContext};
use crate::types::ValKind;
use cranelift_codegen::ir::{Function, InstBuilder, UserFuncName, types};
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};

impl Exec {
    /// Code that runs `key` with an object reference as `this`: an unboxing stub for methods of
    /// value types.
    fn unboxing_stub(&mut self, key: MethodKey, target: *const u8) -> Result<*const u8> {
        if let Some(&p) = self.unboxing_stubs.get(&key) {
            return Ok(p as *const u8);
        }
        let info = self.method_info(key)?;
        let mut func =
            Function::with_name_signature(UserFuncName::user(1, key.row), info.sig.clone());
        let mut fctx = FunctionBuilderContext::new();
        let mut b = FunctionBuilder::new(&mut func, &mut fctx);
        let blk = b.create_block();
        b.append_block_params_for_function_params(blk);
        b.switch_to_block(blk);
        let mut args = b.block_params(blk).to_vec();
        // `this` follows the context and any return buffer.
        let this = 1 + info.has_retbuf() as usize;
        if args.len() <= this {
            return Err(VmError::Internal("unboxing stub without this".into()));
        }
        args[this] = b.ins().iadd_imm_s(args[this], HEADER_SIZE as i64);
        let sr = b.import_signature(info.sig.clone());
        let f = b.ins().iconst(types::I64, target as i64);
        let call = b.ins().call_indirect(sr, f, &args);
        let rets = b.inst_results(call).to_vec();
        b.ins().return_(&rets);
        b.seal_all_blocks();
        b.finalize(cranelift_module::Module::target_config(&self.jit.module));
        let code = self.define(
            func,
            &format!("{} (unboxing stub)", info.full_name),
            super::code_map::FrameKind::Stub,
            false,
        )?;
        self.unboxing_stubs.insert(key, code as usize);
        Ok(code)
    }
}

/// The code of `key` for a call with an object reference as `this`.
///
/// # Safety
/// `exec` must be the live executor, on the VM thread, with no Rust borrow of it active.
unsafe fn code_for_object(exec: *mut Exec, key: MethodKey) -> Result<*const u8> {
    // SAFETY: short borrows that end before compile_entry runs managed code (static constructors).
    unsafe {
        let info = (&mut *exec).method_info(key)?;
        let code = super::compile_entry(exec, key)?;
        if info.has_this && info.this_kind == ValKind::ByRef {
            (&mut *exec).unboxing_stub(key, code)
        } else {
            Ok(code)
        }
    }
}

/// The helper a virtual call calls while the object's vtable slot is still 0: compiles the
/// method in that slot and fills the slot.
pub(crate) extern "C" fn vm_resolve_virtual(
    ctx: *mut VmContext,
    obj: *mut Object,
    slot: u32,
) -> *const u8 {
    // SAFETY: JIT code passes its live context and a non-null object (it null-checked it).
    unsafe {
        let exec = super::exec(ctx);
        let mt = (*obj).method_table as *mut MethodTable;
        let r = (|| {
            let tid = (*exec).dispatch_type(mt)?;
            let key = (&mut *exec)
                .vtable_keys(tid)?
                .get(slot as usize)
                .copied()
                .ok_or_else(|| VmError::Internal(format!("no vtable slot {slot}")))?;
            let code = code_for_object(exec, key)?;
            if slot < (*mt).vtable_len {
                *MethodTable::vtable(mt).add(slot as usize) = code as usize;
            }
            Ok(code)
        })();
        r.unwrap_or_else(|e| crate::fault::raise_vm_error(ctx, &e))
    }
}

/// The slow path of an interface call site (`jit/icache.rs`): the code implementing interface
/// method `ikey` (packed MethodKey) for the object's type, which it also stores in the site's
/// cache `cell`.
pub(crate) extern "C" fn vm_interface_miss(
    ctx: *mut VmContext,
    obj: *mut Object,
    ikey: i64,
    cell: *mut super::icache::IcCell,
) -> *const u8 {
    // SAFETY: JIT code passes its live context, a non-null object (it null-checked it) and the
    // cell it was compiled with, which lives as long as the VM.
    unsafe {
        let exec = super::exec(ctx);
        let mt = (*obj).method_table;
        let imethod = MethodKey::unpack(ikey);
        let cached = (*exec)
            .jit
            .interface_code
            .get(&(mt as usize, imethod))
            .copied();
        let code = match cached {
            Some(p) => p as *const u8,
            None => {
                let r = (|| {
                    let tid = (*exec).dispatch_type(mt)?;
                    // A vector called through IList<T> and its kin.
                    let for_array = if (*mt).is_szarray { (&mut *exec).array_interface_impl((*mt).element, imethod)? } else { None };
                    let key = match for_array {
                        Some(k) => k,
                        None => (&mut *exec).interface_impl(tid, imethod)?,
                    };
                    let code = code_for_object(exec, key)?;
                    (&mut *exec).imt_fill(mt as *mut MethodTable, tid, imethod, code as usize)?;
                    Ok(code)
                })();
                // Nothing is cached for a method that fails to compile: each call raises.
                let code = match r {
                    Ok(code) => code,
                    Err(e) => return crate::fault::raise_vm_error(ctx, &e),
                };
                (&mut *exec)
                    .jit
                    .interface_code
                    .insert((mt as usize, imethod), code as usize);
                code
            }
        };
        (*cell).insert(mt as usize, code as usize);
        code
    }
}

/// A call of a generic virtual or interface method (`virtual void M<T>()`): no vtable slot can
/// hold every instantiation, so the implementation is found per object type and type arguments
/// (the override of the uninstantiated method in the object's vtable or interface map, then
/// instantiated with the call's method arguments), compiled, and cached per MethodTable.
pub(crate) extern "C" fn vm_resolve_generic_virtual(ctx: *mut VmContext, obj: *mut Object, key: i64) -> *const u8 {
    // SAFETY: JIT code passes its live context and a non-null object (it null-checked it).
    unsafe {
        let exec = super::exec(ctx);
        let mt = (*obj).method_table;
        let called = MethodKey::unpack(key);
        if let Some(&code) = (*exec).jit.generic_virtual_code.get(&(mt as usize, called)) {
            return code as *const u8;
        }
        let r = (|| {
            let exec = &mut *exec;
            let tid = exec.dispatch_type(mt)?;
            let call_ctx = exec.key_ctx(called);
            let decl_ctx = crate::loader::GenericCtx { type_args: call_ctx.type_args.clone(), method_args: Vec::new() };
            let decl = MethodKey { asm: called.asm, row: called.row, inst: exec.intern_inst(decl_ctx) };
            let owner = exec.method_owner(decl)?;
            let found = if exec.is_interface(owner) {
                exec.interface_impl(tid, decl)?
            } else {
                let slot = exec.virtual_slot(decl)?.ok_or_else(|| VmError::Internal("generic virtual method without a slot".into()))?;
                *exec.vtable_keys(tid)?.get(slot as usize).ok_or_else(|| VmError::Internal(format!("no vtable slot {slot}")))?
            };
            let mut impl_ctx = exec.key_ctx(found);
            impl_ctx.method_args = call_ctx.method_args;
            Ok(MethodKey { asm: found.asm, row: found.row, inst: exec.intern_inst(impl_ctx) })
        })();
        let code = match r.and_then(|k| code_for_object(exec, k)) {
            Ok(c) => c,
            Err(e) => return crate::fault::raise_vm_error(ctx, &e),
        };
        (*exec).jit.generic_virtual_code.insert((mt as usize, called), code as usize);
        code
    }
}
