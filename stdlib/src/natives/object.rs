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

/// `Delegate.MethodIdentity(long code)`: the method a delegate's code belongs to, which stays
/// the same when the method is compiled again (`vm::natives::method_identity`).
pub extern "C" fn method_identity(ctx: *mut VmContext, code: i64) -> i64 {
    // SAFETY: the VM passes its live context.
    unsafe { vm::natives::guard(ctx, || vm::natives::method_identity(ctx, code)) }
}

/// `Object.MemberwiseClone()`: a new object of `this`'s type with a copy of its fields (the
/// collector needs no barrier, so the references are copied as bytes). Arrays and strings have
/// a length-dependent size and are copied by `Array.Clone`; here they are not expected.
pub extern "C" fn memberwise_clone(ctx: *mut VmContext, this: *mut Object) -> *mut Object {
    // SAFETY: the VM passes its live context and a non-null object; the copy has the same size.
    unsafe {
        vm::natives::guard(ctx, || {
            let mt = (*this).method_table;
            let size = (*mt).base_size as usize;
            let copy = vm::object::gc_alloc(ctx, mt, size);
            let header = HEADER_SIZE as usize;
            std::ptr::copy_nonoverlapping((this as *const u8).add(header), (copy as *mut u8).add(header), size - header);
            copy
        })
    }
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

/// Where a boxed value holds object references (`MethodTable::ref_map`).
///
/// # Safety
/// `obj` must be a live boxed value.
unsafe fn ref_map<'a>(obj: *const Object) -> &'a [u32] {
    // SAFETY: forwarded contract; MethodTables live as long as the VM.
    unsafe { &(&*(*obj).method_table).ref_map }
}

/// Whether byte `i` of a boxed value's payload lies in one of its object references.
///
/// # Safety
/// `obj` must be a live boxed value.
unsafe fn in_reference(obj: *const Object, i: usize) -> bool {
    // SAFETY: forwarded contract; the map counts from the box's start, the payload after the
    // header.
    let map = unsafe { ref_map(obj) };
    let at = i + HEADER_SIZE as usize;
    map.iter().any(|&r| (r as usize..r as usize + 8).contains(&at))
}

/// `ValueType.SameTypeAndBits(a, b)`: `b` is a boxed value of `a`'s type, and their bytes
/// agree outside the object references (which `ValueType.Equals` compares by their own
/// `Equals`, as .NET compares field by field). The bytewise comparison of the rest is
/// CoreCLR's own fast path (`CanCompareBits`); boxes and struct copies are zeroed first, so
/// padding bytes agree.
pub extern "C" fn same_type_and_bits(ctx: *mut VmContext, a: *mut Object, b: *mut Object) -> bool {
    // SAFETY: the VM passes a live boxed value as `a`, and null or a live object as `b`.
    unsafe {
        vm::natives::guard(ctx, || {
            if b.is_null() || (*b).method_table != (*a).method_table {
                return false;
            }
            let (pa, pb) = (payload(a), payload(b));
            if ref_map(a).is_empty() {
                return pa == pb;
            }
            (0..pa.len()).all(|i| pa[i] == pb[i] || in_reference(a, i))
        })
    }
}

/// `ValueType.BitsHash(a)`: the XOR of the payload's 32-bit words outside the object
/// references (CoreCLR's fast path, without its per-type seed, which no program can rely on).
pub extern "C" fn bits_hash(ctx: *mut VmContext, a: *mut Object) -> i32 {
    // SAFETY: as for same_type_and_bits.
    unsafe {
        vm::natives::guard(ctx, || {
            let p = payload(a);
            let refs = !ref_map(a).is_empty();
            p.chunks(4).enumerate().fold(0i32, |h, (n, c)| {
                let mut w = [0u8; 4];
                for (j, &byte) in c.iter().enumerate() {
                    if !refs || !in_reference(a, 4 * n + j) {
                        w[j] = byte;
                    }
                }
                h ^ i32::from_le_bytes(w)
            })
        })
    }
}

/// `ValueType.ReferenceCount(a)`: how many object references a boxed value holds (its own
/// fields' and those of the structs it embeds).
pub extern "C" fn reference_count(ctx: *mut VmContext, a: *mut Object) -> i32 {
    // SAFETY: as for same_type_and_bits.
    unsafe { vm::natives::guard(ctx, || ref_map(a).len() as i32) }
}

/// `ValueType.ReferenceAt(a, i)`: the `i`th object reference a boxed value holds.
pub extern "C" fn reference_at(ctx: *mut VmContext, a: *mut Object, i: i32) -> *mut Object {
    // SAFETY: as for same_type_and_bits; the offset comes from the value's own map.
    unsafe {
        vm::natives::guard(ctx, || match ref_map(a).get(i as usize) {
            Some(&off) => ((a as *const u8).add(off as usize) as *const *mut Object).read(),
            None => std::ptr::null_mut(),
        })
    }
}

/// Registers the Object natives.
pub fn register(r: &mut vm::NativeRegistry) {
    r.register("System.Object::TypeName()", type_name as *const u8);
    r.register("System.Object::MemberwiseClone()", memberwise_clone as *const u8);
    r.register("System.Object::IdentityHash()", identity_hash as *const u8);
    r.register("System.Delegate::MethodIdentity(int64)", method_identity as *const u8);
    r.register("System.ValueType::SameTypeAndBits(object,object)", same_type_and_bits as *const u8);
    r.register("System.ValueType::BitsHash(object)", bits_hash as *const u8);
    r.register("System.ValueType::ReferenceCount(object)", reference_count as *const u8);
    r.register("System.ValueType::ReferenceAt(object,int32)", reference_at as *const u8);
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
