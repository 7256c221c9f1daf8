//! Type tests at run time: `isinst`, `castclass` and `unbox` (ECMA-335 I.8.7 assignability).
//! A cast to an interface tests `interfaces_of` (`vtable.rs`), the transitive interface list
//! computed once per type.
//! Floor 3 (dispatch and reflection): helpers of JIT code that ask the type system and compile
//! nothing.

use crate::error::Result;
use crate::fault::FaultKind;
use crate::loader::TypeSystem;
use crate::object::{HEADER_SIZE, MethodTable, Object, VmContext};
use crate::types::TypeKind;

impl TypeSystem {
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

/// `stelem.ref` (III.4.26): an array of reference elements is covariant (a `string[]` may sit
/// in an `object[]` variable), so a stored object must be an instance of the array's actual
/// element type, else ArrayTypeMismatchException. Null always fits.
pub(crate) extern "C" fn vm_check_array_store(ctx: *mut VmContext, arr: *mut Object, value: *mut Object) {
    if value.is_null() {
        return;
    }
    // SAFETY: JIT code passes its live context, a live array it null-checked, and a live object.
    unsafe {
        let element = (*(*arr).method_table).element;
        if element.is_null() || element == (*value).method_table as *const MethodTable {
            return;
        }
        let ts = (*ctx).types;
        match (&mut *ts).is_assignable((*value).method_table, element) {
            Ok(true) => {}
            Ok(false) => crate::fault::raise(
                ctx,
                "System.ArrayTypeMismatchException",
                "Attempted to access an element as a type incompatible with the array.",
            ),
            Err(e) => {
                crate::fault::raise_vm_error(ctx, &e);
            }
        }
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
        let ts = (*ctx).types;
        match (&mut *ts).is_assignable((*obj).method_table, to) {
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
        let ts = (*ctx).types;
        match (&mut *ts).is_assignable((*obj).method_table, to) {
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
        let ts = (*ctx).types;
        match (&mut *ts).unboxes_as((*obj).method_table, to) {
            Ok(true) => (obj as *mut u8).add(HEADER_SIZE as usize),
            Ok(false) => {
                throw_invalid_cast(ctx, (*obj).method_table, to);
                std::ptr::null_mut()
            }
            Err(e) => crate::fault::throw_vm_error(ctx, &e),
        }
    }
}
