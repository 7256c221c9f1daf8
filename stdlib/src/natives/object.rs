//! `System.Object` natives: the runtime type's name and the identity hash.

use super::number::new_string;
use vm::object::{HEADER_SIZE, Object, VmContext};

/// `Object.TypeName()`: the full name of the object's runtime type, which `Object.ToString()`
/// returns (`System.Object`, `Program`, `System.Int32[]`).
pub extern "C" fn type_name(ctx: *mut VmContext, this: *mut Object) -> *mut Object {
    // SAFETY: the VM passes its live context and a non-null object (callvirt checked it);
    // MethodTables live as long as the VM.
    unsafe { vm::natives::guard(ctx, || new_string(ctx, &(*(*this).method_table).name)) }
}

/// The identity hash of an address: the GC never moves objects, so the address is stable.
/// Mixed (Fibonacci hashing) so that neighbouring objects spread over the buckets.
pub fn hash_address(addr: usize) -> i32 {
    let h = ((addr as u64) >> 3).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    // .NET identity hashes are non-negative.
    ((h >> 33) as i32) & i32::MAX
}

/// `Object.IdentityHash()`: what `Object.GetHashCode()` returns unless overridden.
pub extern "C" fn identity_hash(ctx: *mut VmContext, this: *mut Object) -> i32 {
    // SAFETY: the VM passes its live context.
    unsafe { vm::natives::guard(ctx, || hash_address(this as usize)) }
}

/// The payload bytes of a boxed value type.
///
/// # Safety
/// `obj` must be a live boxed value.
unsafe fn payload<'a>(obj: *const Object) -> &'a [u8] {
    // SAFETY: a boxed value is the header followed by base_size - header bytes of value.
    unsafe {
        let size = ((*(*obj).method_table).base_size - HEADER_SIZE) as usize;
        std::slice::from_raw_parts((obj as *const u8).add(HEADER_SIZE as usize), size)
    }
}

/// `ValueType.Equals(object)`: the same type and the same bytes. .NET compares field by
/// field, calling `Equals` on reference fields; for structs without references (and without
/// float fields holding -0.0 or NaN) the bitwise comparison gives the same answer, which is
/// also CoreCLR's own fast path (`CanCompareBits`). Boxes and struct copies are zeroed first,
/// so padding bytes agree.
pub extern "C" fn value_type_equals(
    ctx: *mut VmContext,
    this: *mut Object,
    obj: *mut Object,
) -> bool {
    // SAFETY: the VM passes a live boxed value as this, and null or a live object.
    unsafe {
        vm::natives::guard(ctx, || {
            !obj.is_null()
                && (*obj).method_table == (*this).method_table
                && payload(this) == payload(obj)
        })
    }
}

/// `ValueType.GetHashCode()`: the XOR of the payload's 32-bit words (CoreCLR's fast path for
/// structs without references, without its per-type seed, which no program can rely on).
pub extern "C" fn value_type_get_hash_code(ctx: *mut VmContext, this: *mut Object) -> i32 {
    // SAFETY: as for value_type_equals.
    unsafe {
        vm::natives::guard(ctx, || {
            payload(this).chunks(4).fold(0i32, |h, c| {
                let mut w = [0u8; 4];
                w[..c.len()].copy_from_slice(c);
                h ^ i32::from_le_bytes(w)
            })
        })
    }
}

/// Registers the Object natives.
pub fn register(r: &mut vm::NativeRegistry) {
    r.register("System.Object::TypeName()", type_name as *const u8);
    r.register("System.Object::IdentityHash()", identity_hash as *const u8);
    r.register(
        "System.ValueType::Equals(object)",
        value_type_equals as *const u8,
    );
    r.register(
        "System.ValueType::GetHashCode()",
        value_type_get_hash_code as *const u8,
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_are_non_negative_and_spread() {
        assert!(hash_address(0x1000) >= 0);
        assert_ne!(hash_address(0x1000), hash_address(0x1008));
    }
}
