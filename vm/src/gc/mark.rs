//! The mark phase: from the roots, follow every reference the reference maps name.
//! Floor 2 (the object model and the heap).
//!
//! Tracing is precise: an object's MethodTable says where its references are
//! ([`MethodTable::ref_map`] for fields, including those inside embedded structs;
//! `elements_are_refs` and the element type's map for arrays). Roots are conservative words
//! (stack, registers, static storage) or exact slots (interned strings, type objects); both go
//! through [`Marker::mark_word`], which accepts any address inside a live object. A worklist
//! instead of recursion keeps a million-node linked list from overflowing the stack.

use super::heap::Space;
use crate::object::{
    ARRAY_DATA_OFFSET, ARRAY_LENGTH_OFFSET, HEADER_SIZE, MethodTable, Object, md_data_offset,
};

/// A set of addresses.
pub type AddrSet = rustc_hash::FxHashSet<usize>;

pub struct Marker<'a> {
    pub space: &'a mut Space,
    stack: Vec<usize>,
    /// Stress mode: every MethodTable of the runtime, to check each marked object's header.
    known_mts: Option<AddrSet>,
    pub marked: usize,
}

impl<'a> Marker<'a> {
    pub fn new(space: &'a mut Space, known_mts: Option<AddrSet>) -> Self {
        Marker {
            space,
            stack: Vec::new(),
            known_mts,
            marked: 0,
        }
    }

    /// Marks the object `word` points into, if any.
    pub fn mark_word(&mut self, word: usize) {
        if let Some(start) = self.space.mark(word) {
            self.marked += 1;
            self.stack.push(start);
        }
    }

    /// Marks everything reachable from what was marked so far.
    ///
    /// # Safety
    /// Every marked object must be a live object with a valid MethodTable.
    pub unsafe fn drain(&mut self) {
        while let Some(obj) = self.stack.pop() {
            // SAFETY: forwarded contract.
            unsafe { self.trace(obj) };
        }
    }

    /// Pushes the objects `obj`'s references point to.
    unsafe fn trace(&mut self, obj: usize) {
        // SAFETY: obj is a live object (contract of `drain`); its MethodTable lives as long as
        // the runtime, and the map and length say where its reference slots are.
        unsafe {
            let mt = (*(obj as *const Object)).method_table;
            // A cell of an allocation run not handed out yet (`AllocRun`): no object.
            if mt.is_null() {
                return;
            }
            if let Some(known) = &self.known_mts
                && !known.contains(&(mt as usize))
            {
                corrupt(obj, mt as usize);
            }
            let mt = &*mt;
            if mt.rank > 0 {
                self.trace_array(obj, mt);
                return;
            }
            for &off in mt.ref_map.iter() {
                let r = ((obj + off as usize) as *const usize).read();
                if r != 0 {
                    self.mark_word(r);
                }
            }
        }
    }

    /// Arrays: every element when they are references, or each element's embedded
    /// references when they are structs.
    unsafe fn trace_array(&mut self, obj: usize, mt: &MethodTable) {
        // SAFETY: a live array (contract of `drain`): its count at offset 8 and its elements
        // from the data offset its rank gives.
        unsafe {
            let len = ((obj + ARRAY_LENGTH_OFFSET as usize) as *const usize).read();
            let data = obj
                + if mt.is_szarray {
                    ARRAY_DATA_OFFSET as usize
                } else {
                    md_data_offset(mt.rank as u32) as usize
                };
            if mt.elements_are_refs {
                for i in 0..len {
                    let r = ((data + 8 * i) as *const usize).read();
                    if r != 0 {
                        self.mark_word(r);
                    }
                }
                return;
            }
            if mt.element.is_null() {
                return;
            }
            let el = &*mt.element;
            if !el.is_value_type || el.ref_map.is_empty() {
                return;
            }
            let stride = mt.component_size as usize;
            for i in 0..len {
                let e = data + i * stride;
                for &off in el.ref_map.iter() {
                    // The element's map counts from a boxed value's start: skip the header.
                    let r = ((e + off as usize - HEADER_SIZE as usize) as *const usize).read();
                    if r != 0 {
                        self.mark_word(r);
                    }
                }
            }
        }
    }
}

/// Stress mode found an object whose header is no MethodTable: a reference the collector
/// missed was freed and reused. Ends the process loudly rather than running on.
fn corrupt(obj: usize, mt: usize) -> ! {
    eprintln!(
        "Fatal error. GC heap corruption: object at {obj:#x} has header {mt:#x}, which is not a \
         MethodTable (a reference was missed by a previous collection)"
    );
    std::process::abort()
}
