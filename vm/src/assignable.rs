//! Assignability of types at run time (ECMA-335 I.8.7): what a cast tests, and what an
//! interface call through a variant interface (`IEnumerable<object>` on a `List<string>`)
//! needs to find its implementation.
//! Floor 1 (the type system): it reads MethodTables and interface lists and runs nothing.

use crate::error::Result;
use crate::loader::TypeSystem;
use crate::types::MethodTable;

impl TypeSystem {
    /// Can a value of MethodTable `from` be stored where `to` is expected (I.8.7)?
    pub(crate) fn is_assignable(&mut self, from: *const MethodTable, to: *const MethodTable) -> Result<bool> {
        if from == to {
            return Ok(true);
        }
        // SAFETY: both are live MethodTables of this runtime.
        let (f, t) = unsafe { (&*from, &*to) };
        // Every object, of an interface type too, is a System.Object (whose
        // MethodTable has no parent and is no interface's).
        if t.rank == 0 && t.parent.is_null() && t.type_id != u32::MAX && !self.is_interface(t.type_id) {
            return Ok(true);
        }
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
            // A vector is an IList<T> of its elements (II.14.2).
            if f.rank == 1 && f.is_szarray {
                if let Some(x) = self.array_interface_arg(t.type_id) {
                    let x_mt = self.mt_of(&x)?;
                    if x_mt.is_null() {
                        return Ok(false);
                    }
                    let refs = f.elements_are_refs;
                    return Ok(f.element == x_mt || (refs && !f.element.is_null() && self.is_assignable(f.element, x_mt)?));
                }
            }
            let tid = self.dispatch_type(from)?;
            let target = t.type_id;
            let interfaces = self.interfaces_of(tid)?;
            if interfaces.contains(&target) {
                return Ok(true);
            }
            for &i in interfaces.iter() {
                if self.variance_assignable(i, target)? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
        let mut p = f.parent;
        while !p.is_null() {
            if p == to {
                return Ok(true);
            }
            // SAFETY: parents are live MethodTables.
            p = unsafe { (*p).parent };
        }
        // A variant delegate (`Func<string>` where `Func<object>` is expected, II.9.7).
        if f.type_id != u32::MAX && t.type_id != u32::MAX {
            let (from_id, to_id) = (f.type_id, t.type_id);
            return self.variance_assignable(from_id, to_id);
        }
        Ok(false)
    }

    /// `I<string>` where `I<object>` is expected, for `I<out T>` (II.9.7): two instances of one
    /// variant generic interface whose arguments are assignable as each parameter's variance
    /// allows (reference types only).
    pub(crate) fn variance_assignable(&mut self, from: crate::types::TypeId, to: crate::types::TypeId) -> Result<bool> {
        let (f, t) = (&self.types[from as usize], &self.types[to as usize]);
        let (Some(g), true) = (f.generic_def, f.generic_def == t.generic_def) else { return Ok(false) };
        let (fa, ta) = (f.type_args.clone(), t.type_args.clone());
        let (asm, row) = (self.types[g as usize].asm, self.types[g as usize].row);
        let owner = metadata::Token::new(metadata::TableId::TypeDef, row);
        let mut variance: Vec<u16> = vec![0; fa.len()];
        for gp in self.image(asm).tables.generic_param.iter().filter(|p| p.owner == owner) {
            if let Some(v) = variance.get_mut(gp.number as usize) {
                *v = gp.flags & 0x3;
            }
        }
        for ((a, b), v) in fa.iter().zip(&ta).zip(variance) {
            if a == b {
                continue;
            }
            // Arrays are reference types too (`IEnumerable<int[]>` is an `IEnumerable<object>`).
            let (am, bm) = (self.mt_of(a)?, self.mt_of(b)?);
            if am.is_null() || bm.is_null() {
                return Ok(false);
            }
            // SAFETY: live MethodTables of this runtime.
            let refs = unsafe { !(*am).is_value_type && !(*bm).is_value_type };
            let ok = refs
                && match v {
                    1 => self.is_assignable(am, bm)?,
                    2 => self.is_assignable(bm, am)?,
                    _ => false,
                };
            if !ok {
                return Ok(false);
            }
        }
        Ok(true)
    }

}
