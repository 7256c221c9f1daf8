//! Vtables and interface maps: which method each virtual slot of a type holds, which method
//! implements an interface method for a class, and `Finalize`'s slot. Floor 1 (the type
//! system): pure metadata, computed once per type; the code in the slots is the JIT's business
//! (`jit/resolve.rs`).
//!
//! Vtables follow ECMA-335 II.10.3: a type starts with a copy of its base type's slots; a
//! virtual method marked `newslot` takes a new slot; one without it overrides the inherited slot
//! with the same name and signature (the most derived one), or takes a new slot if there is
//! none; MethodImpl rows (II.22.27) override the slot of the method they name. An interface
//! method's implementation is an explicit MethodImpl of the class or a base class, else the most
//! derived virtual method with the same name and signature (II.12.2); `interfaces_of` is the
//! transitive interface list that casts to an interface test.

use crate::error::{Result, VmError};
use crate::loader::MethodKey;
use crate::loader::TypeSystem;
use crate::types::{MethodTable, TypeId, TypeKind};
use metadata::{TableId, Token};
use std::rc::Rc;

/// MethodAttributes (ECMA-335 II.23.1.10).
pub(crate) const METHOD_FINAL: u16 = 0x20;
pub(crate) const METHOD_VIRTUAL: u16 = 0x40;
const METHOD_NEWSLOT: u16 = 0x100;
/// TypeAttributes.Sealed (II.23.1.15).
const TYPE_SEALED: u32 = 0x100;

/// MethodAttributes.Abstract (II.23.1.10).
const METHOD_ABSTRACT: u16 = 0x0400;

impl TypeSystem {
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

    /// Is `tid` sealed (no class derives from it)?
    pub(crate) fn is_sealed(&self, tid: TypeId) -> bool {
        self.types[tid as usize].flags & TYPE_SEALED != 0
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
            for row in self.type_methods(tid) {
                let key = self.method_key_of(tid, row);
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
        // An instance's MethodImpls are read with its type arguments.
        let ctx = self.type_ctx(tid);
        let outer = self.swap_ctx(ctx);
        let mut result = Ok(());
        for (body, decl) in rows {
            let b = match body.table() {
                Some(metadata::TableId::MethodDef) => Ok(self.method_key_of(tid, body.row())),
                _ => self.resolve_method_token(asm, body),
            };
            match b.and_then(|b| Ok((b, self.resolve_method_token(asm, decl)?))) {
                Ok(pair) => out.push(pair),
                Err(e) => {
                    result = Err(e);
                    break;
                }
            }
        }
        self.swap_ctx(outer);
        result?;
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
        let ctx = self.type_ctx(tid);
        for t in toks {
            let i = self.with_ctx(ctx.clone(), |ts| ts.resolve_type_token(asm, t))?;
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
        // Called through a variant instance the type does not list
        // (`IEnumerator<object>` of an `IEnumerator<string>`): the same method
        // of the instance it does implement.
        let found = match found {
            Some(k) => Some(k),
            None => {
                let iface = self.method_owner(imethod)?;
                let mut via = None;
                for &i in self.interfaces_of(tid)?.iter() {
                    if i != iface && self.variance_assignable(i, iface)? {
                        via = Some(i);
                        break;
                    }
                }
                match via {
                    Some(i) => {
                        let k = self.method_key_of(i, imethod.row);
                        Some(self.interface_impl(tid, k)?)
                    }
                    None => None,
                }
            }
        };
        // Not implemented by the type: a default interface method (C# 8,
        // II.12.2) runs the interface's own body.
        let found = match found {
            Some(k) => Some(k),
            None if self.method_flags(imethod)? & METHOD_ABSTRACT == 0 => Some(imethod),
            None => None,
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

    /// The method implementing interface method `imethod` for a vector whose elements have
    /// MethodTable `element`: for the generic collection interfaces, `System.SZArrayHelper`'s
    /// method of the same name instantiated with the element type. None for other interfaces.
    pub(crate) fn array_interface_impl(&mut self, element: *const MethodTable, imethod: MethodKey) -> Result<Option<MethodKey>> {
        let iface = self.method_owner(imethod)?;
        if self.array_interface_arg(iface).is_none() || element.is_null() {
            return Ok(None);
        }
        // SAFETY: a live MethodTable of this runtime.
        let elem = unsafe { self.rtype_of_table(element) };
        let name = self.method_name(imethod)?;
        let helper = self.find_type(0, "System", "SZArrayHelper").ok_or_else(|| VmError::MissingType("System.SZArrayHelper".into()))?;
        let row = self
            .type_methods(helper)
            .find(|&row| self.method_name(MethodKey::new(0, row)).is_ok_and(|n| n == name))
            .ok_or_else(|| VmError::MissingMethod(format!("System.SZArrayHelper::{name}")))?;
        let ctx = crate::loader::GenericCtx { type_args: Vec::new(), method_args: vec![elem] };
        Ok(Some(MethodKey { asm: 0, row, inst: self.intern_inst(ctx) }))
    }

    /// The type whose vtable objects of `mt` use: arrays use System.Array's.
    pub(crate) fn dispatch_type(&self, mt: *const MethodTable) -> Result<TypeId> {
        // SAFETY: mt is a live MethodTable of this runtime.
        let m = unsafe { &*mt };
        if m.type_id != u32::MAX {
            return Ok(m.type_id);
        }
        self.core_type("Array")
    }

    /// `System.Object::Finalize` and its vtable slot (None when the core library lacks it).
    fn object_finalize(&mut self) -> Option<(MethodKey, u32)> {
        if let Some(f) = self.finalize {
            return f;
        }
        let found = (|| {
            let object = self.find_type(0, "System", "Object")?;
            let key = self.type_methods(object).find_map(|row| {
                let key = MethodKey::new(0, row);
                let named = self.method_name(key).ok()? == "Finalize";
                (named && self.method_def_sig(key).ok()?.2.is_empty()).then_some(key)
            })?;
            Some((key, self.virtual_slot(key).ok()??))
        })();
        self.finalize = Some(found);
        found
    }

    /// The vtable slot of `Finalize`.
    pub(crate) fn finalize_slot(&mut self) -> Option<u32> {
        self.object_finalize().map(|(_, slot)| slot)
    }

    /// Does class `tid` override `System.Object::Finalize` (itself or through a base class).
    pub(crate) fn overrides_finalize(&mut self, tid: TypeId) -> Result<bool> {
        let Some((key, slot)) = self.object_finalize() else {
            return Ok(false);
        };
        Ok(self
            .vtable_keys(tid)?
            .get(slot as usize)
            .is_some_and(|&k| k != key))
    }
}
