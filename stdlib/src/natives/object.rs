//! `System.Object` natives: the runtime type's name and the identity hash.

use super::number::new_string;
use vm::object::{Object, VmContext};

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

/// Registers the Object natives.
pub fn register(r: &mut vm::NativeRegistry) {
    r.register("System.Object::TypeName()", type_name as *const u8);
    r.register("System.Object::IdentityHash()", identity_hash as *const u8);
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
