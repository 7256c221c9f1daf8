//! Virtual dispatch and type tests: vtables, interface maps, casts and unboxing.
//!
//! Vtables follow ECMA-335 II.10.3: a type starts with a copy of its base type's slots; a
//! virtual method marked `newslot` takes a new slot; one without it overrides the inherited slot
//! with the same name and signature (the most derived one), or takes a new slot if there is
//! none; MethodImpl rows (II.22.27) override the slot of the method they name. Each
//! MethodTable holds one code pointer per slot, 0 until the first call through it fills it
//! ([`vm_resolve_virtual`]).
//!
//! Interface dispatch. Each interface `callvirt` site has an inline cache (`jit/icache.rs`):
//! the site indexes its cache with the object's MethodTable address and, when the entry holds
//! that MethodTable, calls the cached code with no helper call at all. A miss calls
//! [`vm_interface_miss`], which looks the pair (MethodTable address, interface method) up in
//! `Jit::interface_code` (hashed with FxHash, not SipHash) and, for the first call of a pair,
//! finds the implementation (an explicit MethodImpl of the class or a base class, else the
//! most derived virtual method with the same name and signature, ECMA-335 II.12.2) through
//! the per-type `interface_maps`, compiles it (through an unboxing stub for value types) and
//! caches the code; then it fills the site's cache. So there is no per-call search of an
//! interface list, unlike a naive itable scan, and in the steady state no hashing either: a
//! site keeps one entry per class it has seen (up to a handful), like CoreCLR's virtual stub
//! dispatch or a polymorphic inline cache. Casts to an interface (`isinst`, `castclass`) use
//! `interfaces_of`, the transitive interface list computed once per type.
//!
//! A value type's method expects `this` to be a managed pointer to the value. Called on a boxed
//! value (through a vtable or an interface), it goes through an *unboxing stub* that adds the
//! header size to `this` and jumps on, as CoreCLR's unboxing stubs do.

use crate::Runtime;
use crate::error::{Result, VmError};
use crate::fault::FaultKind;
use crate::loader::MethodKey;
use crate::object::{HEADER_SIZE, MethodTable, Object, VmContext};
use crate::types::{TypeId, TypeKind, ValKind};
use cranelift_codegen::ir::{Function, InstBuilder, UserFuncName, types};
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};
use metadata::{TableId, Token};
use std::rc::Rc;

/// MethodAttributes (ECMA-335 II.23.1.10).
pub(crate) const METHOD_FINAL: u16 = 0x20;
pub(crate) const METHOD_VIRTUAL: u16 = 0x40;
const METHOD_NEWSLOT: u16 = 0x100;
/// TypeAttributes.Sealed (II.23.1.15).
const TYPE_SEALED: u32 = 0x100;

impl Runtime {
    pub(crate) fn method_flags(&self, key: MethodKey) -> Result<u16> {
        self.image(key.asm)
            .tables
            .method_def
            .get((key.row as usize).wrapping_sub(1))
            .map(|m| m.flags)
            .ok_or_else(|| crate::loader::bad_row(Token::new(TableId::MethodDef, key.row)))
    }

    pub(crate) fn is_interface(&self, tid: TypeId) -> bool {
        self.types[tid as usize].kind == TypeKind::Interface
    }

    /// Does a call of `key` through `callvirt` need dispatch (a virtual method that may be
    /// overridden: not final, in a type that is not sealed)?
    pub(crate) fn needs_dispatch(&self, key: MethodKey, owner: TypeId) -> Result<bool> {
        let flags = self.method_flags(key)?;
        let sealed = self.types[owner as usize].flags & TYPE_SEALED != 0;
        Ok(flags & METHOD_VIRTUAL != 0 && flags & METHOD_FINAL == 0 && !sealed)
    }

    /// The method in each vtable slot of `tid` (computed once per type).
    pub(crate) fn vtable_keys(&mut self, tid: TypeId) -> Result<Rc<Vec<MethodKey>>> {
        if let Some(v) = self.vtables.get(&tid) {
            return Ok(v.clone());
        }
        let mut slots: Vec<MethodKey> = if self.is_interface(tid) {
            Vec::new()
        } else {
            match self.parent(tid)? {
                Some(p) => self.vtable_keys(p)?.to_vec(),
                None => Vec::new(),
            }
        };
        if !self.is_interface(tid) {
            let asm = self.types[tid as usize].asm;
            for row in self.type_methods(tid) {
                let key = MethodKey { asm, row };
                let flags = self.method_flags(key)?;
                if flags & METHOD_VIRTUAL == 0 {
                    continue;
                }
                if flags & METHOD_NEWSLOT == 0
                    && let Some(j) = self.find_slot(&slots, key)?
                {
                    slots[j] = key;
                    continue;
                }
                slots.push(key);
            }
            for (body, decl) in self.method_impls(tid)? {
                if let Some(j) = slots.iter().position(|&k| k == decl) {
                    slots[j] = body;
                }
            }
        }
        let rc = Rc::new(slots);
        self.vtables.insert(tid, rc.clone());
        Ok(rc)
    }

    /// The vtable slot a virtual method occupies in its own type.
    pub(crate) fn virtual_slot(&mut self, key: MethodKey) -> Result<Option<u32>> {
        let owner = self.method_owner(key)?;
        let keys = self.vtable_keys(owner)?;
        Ok(keys.iter().position(|&k| k == key).map(|i| i as u32))
    }

    /// Same name and signature (what overriding and implicit interface implementation match).
    fn same_method(&mut self, a: MethodKey, b: MethodKey) -> Result<bool> {
        if self.method_name(a)? != self.method_name(b)? {
            return Ok(false);
        }
        let (sa, ra, pa) = self.method_def_sig(a)?;
        let (sb, rb, pb) = self.method_def_sig(b)?;
        Ok(sa.has_this == sb.has_this && ra == rb && pa == pb)
    }

    /// The most derived slot holding a method with `key`'s name and signature.
    fn find_slot(&mut self, slots: &[MethodKey], key: MethodKey) -> Result<Option<usize>> {
        for j in (0..slots.len()).rev() {
            if self.same_method(slots[j], key)? {
                return Ok(Some(j));
            }
        }
        Ok(None)
    }

    /// The MethodImpl rows of a type as (body, declaration).
    fn method_impls(&mut self, tid: TypeId) -> Result<Vec<(MethodKey, MethodKey)>> {
        let (asm, row) = (self.types[tid as usize].asm, self.types[tid as usize].row);
        let rows: Vec<(Token, Token)> = self
            .image(asm)
            .tables
            .method_impl
            .iter()
            .filter(|m| m.class == row)
            .map(|m| (m.method_body, m.method_declaration))
            .collect();
        let mut out = Vec::with_capacity(rows.len());
        for (body, decl) in rows {
            let b = self.resolve_method_token(asm, body)?;
            let d = self.resolve_method_token(asm, decl)?;
            out.push((b, d));
        }
        Ok(out)
    }

    /// Every interface `tid` implements: its own InterfaceImpl rows (II.22.23), those of its
    /// base types, and the interfaces those interfaces extend.
    pub(crate) fn interfaces_of(&mut self, tid: TypeId) -> Result<Rc<Vec<TypeId>>> {
        if let Some(v) = self.interface_lists.get(&tid) {
            return Ok(v.clone());
        }
        let mut out: Vec<TypeId> = match self.parent(tid)? {
            Some(p) if !self.is_interface(tid) => self.interfaces_of(p)?.to_vec(),
            _ => Vec::new(),
        };
        let (asm, row) = (self.types[tid as usize].asm, self.types[tid as usize].row);
        let toks: Vec<Token> = self
            .image(asm)
            .tables
            .interface_impl
            .iter()
            .filter(|i| i.class == row)
            .map(|i| i.interface)
            .collect();
        for t in toks {
            let i = self.resolve_type_token(asm, t)?;
            let mut add = vec![i];
            add.extend(self.interfaces_of(i)?.iter().copied());
            for i in add {
                if !out.contains(&i) {
                    out.push(i);
                }
            }
        }
        let rc = Rc::new(out);
        self.interface_lists.insert(tid, rc.clone());
        Ok(rc)
    }

    /// The method that implements interface method `imethod` on objects of type `tid`: an
    /// explicit MethodImpl of the type or a base type, else the most derived virtual method with
    /// the same name and signature (II.12.2).
    pub(crate) fn interface_impl(&mut self, tid: TypeId, imethod: MethodKey) -> Result<MethodKey> {
        if let Some(&k) = self.interface_maps.get(&(tid, imethod)) {
            return Ok(k);
        }
        let slots = self.vtable_keys(tid)?;
        let mut found = None;
        let mut t = Some(tid);
        while let (Some(c), None) = (t, found) {
            found = self
                .method_impls(c)?
                .into_iter()
                .find(|&(_, d)| d == imethod)
                .map(|(b, _)| b);
            t = self.parent(c)?;
        }
        let found = match found {
            Some(b) => Some(b),
            None => self.find_slot(&slots, imethod)?.map(|j| slots[j]),
        };
        let k = found.ok_or_else(|| {
            VmError::MissingMethod(format!(
                "{} does not implement {}",
                self.types[tid as usize].full_name(),
                self.method_name(imethod).unwrap_or_default()
            ))
        })?;
        self.interface_maps.insert((tid, imethod), k);
        Ok(k)
    }

    /// The type whose vtable objects of `mt` use: arrays use System.Array's.
    fn dispatch_type(&self, mt: *const MethodTable) -> Result<TypeId> {
        // SAFETY: mt is a live MethodTable of this runtime.
        let m = unsafe { &*mt };
        if m.type_id != u32::MAX {
            return Ok(m.type_id);
        }
        self.core_type("Array")
    }

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
        if args.len() < 2 {
            return Err(VmError::Internal("unboxing stub without this".into()));
        }
        args[1] = b.ins().iadd_imm_s(args[1], HEADER_SIZE as i64);
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
            crate::jit::code_map::FrameKind::Stub,
        )?;
        self.unboxing_stubs.insert(key, code as usize);
        Ok(code)
    }

    /// Can a value of MethodTable `from` be stored where `to` is expected (I.8.7)?
    fn is_assignable(&mut self, from: *const MethodTable, to: *const MethodTable) -> Result<bool> {
        if from == to {
            return Ok(true);
        }
        // SAFETY: both are live MethodTables of this runtime.
        let (f, t) = unsafe { (&*from, &*to) };
        if t.rank != 0 {
            if f.rank != t.rank || f.is_szarray != t.is_szarray {
                return Ok(false);
            }
            if f.element == t.element {
                return Ok(true);
            }
            // Array covariance for reference elements (I.8.7.1).
            let refs = f.elements_are_refs && t.elements_are_refs;
            if refs && !f.element.is_null() && !t.element.is_null() {
                return self.is_assignable(f.element, t.element);
            }
            return Ok(false);
        }
        if t.type_id != u32::MAX && self.is_interface(t.type_id) {
            let tid = self.dispatch_type(from)?;
            return Ok(self.interfaces_of(tid)?.contains(&t.type_id));
        }
        let mut p = f.parent;
        while !p.is_null() {
            if p == to {
                return Ok(true);
            }
            // SAFETY: parents are live MethodTables.
            p = unsafe { (*p).parent };
        }
        Ok(false)
    }

    /// Can a boxed `from` be unboxed as `to`: the same type, or an enum and its underlying
    /// primitive (CoreCLR allows both directions).
    fn unboxes_as(&mut self, from: *const MethodTable, to: *const MethodTable) -> Result<bool> {
        if from == to {
            return Ok(true);
        }
        // SAFETY: both are live MethodTables.
        let (a, b) = unsafe { ((*from).type_id, (*to).type_id) };
        if a == u32::MAX || b == u32::MAX {
            return Ok(false);
        }
        let simple = |k: TypeKind| matches!(k, TypeKind::Enum | TypeKind::Primitive(_));
        if !simple(self.types[a as usize].kind) || !simple(self.types[b as usize].kind) {
            return Ok(false);
        }
        Ok(self.value_kind(a)? == self.value_kind(b)?)
    }
}

/// The code of `key` for a call with an object reference as `this`.
///
/// # Safety
/// `rt` must be the live runtime, on the VM thread, with no Rust borrow of it active.
unsafe fn code_for_object(rt: *mut Runtime, key: MethodKey) -> Result<*const u8> {
    // SAFETY: short borrows that end before compile_entry runs managed code (static constructors).
    unsafe {
        let info = (&mut *rt).method_info(key)?;
        let code = crate::jit::compile_entry(rt, key)?;
        if info.has_this && info.this_kind == ValKind::ByRef {
            (&mut *rt).unboxing_stub(key, code)
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
        let rt = (*ctx).runtime;
        let mt = (*obj).method_table as *mut MethodTable;
        let r = (|| {
            let tid = (*rt).dispatch_type(mt)?;
            let key = (&mut *rt)
                .vtable_keys(tid)?
                .get(slot as usize)
                .copied()
                .ok_or_else(|| VmError::Internal(format!("no vtable slot {slot}")))?;
            let code = code_for_object(rt, key)?;
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
    cell: *mut crate::jit::icache::IcCell,
) -> *const u8 {
    // SAFETY: JIT code passes its live context, a non-null object (it null-checked it) and the
    // cell it was compiled with, which lives as long as the VM.
    unsafe {
        let rt = (*ctx).runtime;
        let mt = (*obj).method_table;
        let imethod = MethodKey::unpack(ikey);
        let cached = (*rt).jit.interface_code.get(&(mt as usize, imethod)).copied();
        let code = match cached {
            Some(p) => p as *const u8,
            None => {
                let r = (|| {
                    let tid = (*rt).dispatch_type(mt)?;
                    let key = (&mut *rt).interface_impl(tid, imethod)?;
                    let code = code_for_object(rt, key)?;
                    (&mut *rt).imt_fill(mt as *mut MethodTable, tid, imethod, code as usize)?;
                    Ok(code)
                })();
                // Nothing is cached for a method that fails to compile: each call raises.
                let code = match r {
                    Ok(code) => code,
                    Err(e) => return crate::fault::raise_vm_error(ctx, &e),
                };
                (&mut *rt)
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

/// Raises "Unable to cast object of type 'X' to type 'Y'." (CoreCLR's wording); the helper then
/// returns null with the exception pending.
unsafe fn throw_invalid_cast(
    ctx: *mut VmContext,
    from: *const MethodTable,
    to: *const MethodTable,
) {
    // SAFETY: live MethodTables; ctx is the live context.
    unsafe {
        let msg = format!(
            "Unable to cast object of type '{}' to type '{}'.",
            (*from).name,
            (*to).name
        );
        crate::fault::raise(ctx, "System.InvalidCastException", &msg)
    }
}

/// `isinst` (III.4.6): the object if it is an instance of `to`, else null.
pub(crate) extern "C" fn vm_isinst(
    ctx: *mut VmContext,
    obj: *mut Object,
    to: *const MethodTable,
) -> *mut Object {
    if obj.is_null() {
        return obj;
    }
    // SAFETY: JIT code passes its live context, a live object and a MethodTable.
    unsafe {
        let rt = (*ctx).runtime;
        match (&mut *rt).is_assignable((*obj).method_table, to) {
            Ok(true) => obj,
            Ok(false) => std::ptr::null_mut(),
            Err(e) => crate::fault::throw_vm_error(ctx, &e),
        }
    }
}

/// `castclass` (III.4.3): the object, or InvalidCastException; null passes.
pub(crate) extern "C" fn vm_castclass(
    ctx: *mut VmContext,
    obj: *mut Object,
    to: *const MethodTable,
) -> *mut Object {
    if obj.is_null() {
        return obj;
    }
    // SAFETY: as for vm_isinst.
    unsafe {
        let rt = (*ctx).runtime;
        match (&mut *rt).is_assignable((*obj).method_table, to) {
            Ok(true) => obj,
            Ok(false) => {
                throw_invalid_cast(ctx, (*obj).method_table, to);
                std::ptr::null_mut()
            }
            Err(e) => crate::fault::throw_vm_error(ctx, &e),
        }
    }
}

/// `unbox` / `unbox.any` of a value type (III.4.32, III.4.33): the address of the payload;
/// NullReferenceException for null, InvalidCastException for another type.
pub(crate) extern "C" fn vm_unbox(
    ctx: *mut VmContext,
    obj: *mut Object,
    to: *const MethodTable,
) -> *mut u8 {
    if obj.is_null() {
        crate::fault::vm_throw_fault(ctx, FaultKind::NullReference as u32);
        return std::ptr::null_mut();
    }
    // SAFETY: as for vm_isinst.
    unsafe {
        let rt = (*ctx).runtime;
        match (&mut *rt).unboxes_as((*obj).method_table, to) {
            Ok(true) => (obj as *mut u8).add(HEADER_SIZE as usize),
            Ok(false) => {
                throw_invalid_cast(ctx, (*obj).method_table, to);
                std::ptr::null_mut()
            }
            Err(e) => crate::fault::throw_vm_error(ctx, &e),
        }
    }
}
