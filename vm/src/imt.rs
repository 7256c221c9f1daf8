//! Interface method tables: a fixed-size table of interface-method code in every MethodTable,
//! which makes most interface calls as cheap as virtual calls.
//! Floor 1 (the type system): the numbering and the table words; the JIT's helpers fill them.
//!
//! Every interface method gets an IMT slot number, `0..IMT_SLOTS`, handed out in order the
//! first time any method of its interface is asked for, so the methods of one interface
//! take consecutive slots and do not collide with each other (up to `IMT_SLOTS` methods).
//! Every MethodTable has `IMT_SLOTS` code words right after the struct, before the vtable
//! (`object.rs`). An interface call site knows its method's slot when it is compiled, and its
//! fast path is the virtual call's: load the MethodTable, load the word at the slot, call it
//! if it is not 0. Mono's IMT works the same way.
//!
//! Two interface methods of one class may share a slot. Such a slot stays 0 for that class
//! forever and its calls take the site's inline cache (`jit/icache.rs`), which handles any
//! number of classes and methods. A slot is filled only when the class implements exactly one
//! interface method that maps to it, so a non-zero word is always the code of the method the
//! site asks for: the site's method is one of the class's interface methods (the call
//! type-checked), and no other of them maps to that slot. The words start at 0 and the
//! interface-call helper fills them, as it fills the inline caches.
//!
//! Slots are numbered per interface *method definition*: every instantiation of a generic
//! interface uses its definition's slots. A class implementing `IFoo<int>` and `IFoo<string>`
//! then has those slots shared (0), and a call through a variant instantiation the class does
//! not list (`IEnumerator<object>` on an `IEnumerator<string>`) finds at its slot the code of
//! the one instantiation the class does list, which is the method variance resolves it to.
//! (Numbered per instantiation, that call's slot could be another method's filled word.)

use crate::error::Result;
use crate::loader::MethodKey;
use crate::loader::TypeSystem;
use crate::types::{IMT_SLOTS, MethodTable, TypeId};

impl TypeSystem {
    /// The IMT slot of method `imethod` of interface `iface`. The first request for any method
    /// of `iface` numbers all of them, consecutively.
    pub(crate) fn imt_slot(&mut self, iface: TypeId, imethod: MethodKey) -> u32 {
        // The definition's method: every instantiation shares its slot.
        let root = MethodKey::new(imethod.asm, imethod.row);
        if let Some(&s) = self.imt_slot_of.get(&root) {
            return s;
        }
        for row in self.type_methods(iface) {
            let s = self.imt_next % IMT_SLOTS;
            self.imt_next += 1;
            let key = self.method_key_of(iface, row);
            self.imt_slot_of.entry(MethodKey::new(key.asm, key.row)).or_insert(s);
        }
        // A method not declared by `iface` (malformed metadata) still gets a slot of its own.
        if !self.imt_slot_of.contains_key(&root) {
            let s = self.imt_next % IMT_SLOTS;
            self.imt_next += 1;
            self.imt_slot_of.insert(root, s);
        }
        self.imt_slot_of[&root]
    }

    /// The slots two or more interface methods of `tid` share (a bit per slot), computed once
    /// per MethodTable.
    fn imt_shared(&mut self, mt: *mut MethodTable, tid: TypeId) -> Result<u32> {
        // SAFETY: mt is a live MethodTable of this runtime; only the VM thread touches it.
        if let Some(shared) = unsafe { (*mt).imt_shared } {
            return Ok(shared);
        }
        let mut seen = 0u32;
        let mut shared = 0u32;
        for iface in self.interfaces_of(tid)?.iter().copied() {
            for row in self.type_methods(iface) {
                let key = self.method_key_of(iface, row);
                let bit = 1u32 << self.imt_slot(iface, key);
                shared |= seen & bit;
                seen |= bit;
            }
        }
        // SAFETY: as above.
        unsafe { (*mt).imt_shared = Some(shared) };
        Ok(shared)
    }

    /// Records `code`, which implements interface method `imethod` for objects of `mt`
    /// (dispatch type `tid`), in `mt`'s IMT when no other interface method of the type shares
    /// the slot.
    pub(crate) fn imt_fill(
        &mut self,
        mt: *mut MethodTable,
        tid: TypeId,
        imethod: MethodKey,
        code: usize,
    ) -> Result<()> {
        let iface = self.method_owner(imethod)?;
        // Only the interfaces the type declares count in `imt_shared`; a method found by name
        // for an interface the type does not list stays out of the table.
        if !self.interfaces_of(tid)?.contains(&iface) {
            return Ok(());
        }
        let slot = self.imt_slot(iface, imethod);
        if self.imt_shared(mt, tid)? & (1 << slot) == 0 {
            // SAFETY: every MethodTable has IMT_SLOTS words after it (`MethodTable::into_raw`).
            unsafe { *MethodTable::imt(mt).add(slot as usize) = code };
        }
        Ok(())
    }
}
