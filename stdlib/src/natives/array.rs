//! `System.Array` natives, for vectors (`T[]`) and general arrays (`T[,]`) alike.

use vm::object::{
    ARRAY_DATA_OFFSET, HEADER_SIZE, Object, VmContext, array_dim_length, array_elements, array_len,
    MethodTable, gc_alloc, md_data_offset, string_chars,
};

/// `Array.Length`: the total number of elements.
pub extern "C" fn get_length(ctx: *mut VmContext, this: *mut Object) -> i32 {
    // SAFETY: the VM passes its live context and a non-null array (callvirt checked it).
    unsafe { vm::natives::guard(ctx, || array_len(this) as i32) }
}

/// `Array.Rank`: 1 for vectors.
pub extern "C" fn get_rank(ctx: *mut VmContext, this: *mut Object) -> i32 {
    // SAFETY: as for get_length.
    unsafe { vm::natives::guard(ctx, || ((*(*this).method_table).rank as i32).max(1)) }
}

/// `Array.GetLength(int dimension)`: IndexOutOfRangeException for a dimension ≥ Rank.
pub extern "C" fn get_length_of(ctx: *mut VmContext, this: *mut Object, dim: i32) -> i32 {
    // SAFETY: as for get_length.
    unsafe {
        vm::natives::guard(ctx, || match array_dim_length(this, dim) {
            Some(n) => n,
            None => vm::fault::throw(
                ctx,
                "System.IndexOutOfRangeException",
                "Index was outside the bounds of the array.",
            ),
        })
    }
}

/// The first element's address and the element size of any array (vector or general).
///
/// # Safety
/// `a` must be a live array object.
unsafe fn elements_raw(a: *mut Object) -> (*mut u8, usize) {
    // SAFETY: a live array's MethodTable says which layout it has.
    unsafe {
        let mt = &*(*a).method_table;
        let offset = if mt.is_szarray {
            ARRAY_DATA_OFFSET
        } else {
            md_data_offset(mt.rank as u32)
        };
        (
            (a as *mut u8).add(offset as usize),
            mt.component_size as usize,
        )
    }
}

/// The element type's name (`System.Int32`), or "" for pointer elements.
///
/// # Safety
/// `a` must be a live array object.
unsafe fn element_name<'a>(a: *mut Object) -> &'a str {
    // SAFETY: forwarded contract; MethodTables live as long as the VM.
    unsafe {
        let el = (*(*a).method_table).element;
        if el.is_null() {
            ""
        } else {
            (*el).name.as_str()
        }
    }
}

unsafe fn arg_null(ctx: *mut VmContext, param: &str) -> ! {
    // SAFETY: forwarded contract.
    unsafe {
        vm::fault::throw(
            ctx,
            "System.ArgumentNullException",
            &format!("Value cannot be null. (Parameter '{param}')"),
        )
    }
}

/// Checks `index..index + length` lies within an array of `len` elements, with the messages
/// of `Array.Clear`/`Array.Reverse`.
unsafe fn check_range(ctx: *mut VmContext, len: usize, index: i32, length: i32) -> (usize, usize) {
    // SAFETY: forwarded contract.
    unsafe {
        if index < 0 {
            vm::fault::throw(
                ctx,
                "System.ArgumentOutOfRangeException",
                "Non-negative number required. (Parameter 'index')",
            );
        }
        if length < 0 {
            vm::fault::throw(
                ctx,
                "System.ArgumentOutOfRangeException",
                "Non-negative number required. (Parameter 'length')",
            );
        }
        if index as usize + length as usize > len {
            vm::fault::throw(
                ctx,
                "System.ArgumentException",
                "Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.",
            );
        }
    }
    (index as usize, length as usize)
}

/// `Array.GetValue(int index)`: the element, boxed when it is a value.
pub extern "C" fn get_value(ctx: *mut VmContext, this: *mut Object, index: i32) -> *mut Object {
    // SAFETY: the VM passes its live context and a non-null array.
    unsafe {
        vm::natives::guard(ctx, || {
            let mt = &*(*this).method_table;
            if !mt.is_szarray {
                vm::fault::throw(
                    ctx,
                    "System.ArgumentException",
                    "Array was not a one-dimensional array.",
                );
            }
            element_at(ctx, this, index)
        })
    }
}

/// `Array.GetFlatValue(int)`: the element at row-major position `index` of an array of any
/// rank, boxed if it is a value (what enumerating a `T[,]` through IEnumerable reads).
pub extern "C" fn get_flat_value(ctx: *mut VmContext, this: *mut Object, index: i32) -> *mut Object {
    // SAFETY: the VM passes its live context and a non-null array.
    unsafe { vm::natives::guard(ctx, || element_at(ctx, this, index)) }
}

/// The element at row-major position `index`, boxed if it is a value.
///
/// # Safety
/// `ctx` is the live context, `this` a live array.
unsafe fn element_at(ctx: *mut VmContext, this: *mut Object, index: i32) -> *mut Object {
    // SAFETY: forwarded contract.
    unsafe {
        {
            let mt = &*(*this).method_table;
            if index < 0 || index as usize >= array_len(this) {
                vm::fault::throw(
                    ctx,
                    "System.IndexOutOfRangeException",
                    "Index was outside the bounds of the array.",
                );
            }
            let (data, size) = elements_raw(this);
            let src = data.add(index as usize * size);
            if mt.elements_are_refs {
                return (src as *const *mut Object).read();
            }
            let el = mt.element;
            if el.is_null() {
                vm::fault::throw(
                    ctx,
                    "System.NotSupportedException",
                    "Type is not supported.",
                );
            }
            // A boxed value: the MethodTable, then the value (as the JIT's `box` lays it out).
            let boxed = gc_alloc(
                ctx,
                el,
                ((*el).base_size as usize).max(HEADER_SIZE as usize + size),
            );
            std::ptr::copy_nonoverlapping(src, (boxed as *mut u8).add(HEADER_SIZE as usize), size);
            boxed
        }
    }
}

/// `Array.Clone()`: a shallow copy with the same type and bounds.
pub extern "C" fn clone(ctx: *mut VmContext, this: *mut Object) -> *mut Object {
    // SAFETY: the VM passes its live context and a non-null array.
    unsafe {
        vm::natives::guard(ctx, || {
            let (data, size) = elements_raw(this);
            let total = data.offset_from(this as *mut u8) as usize + array_len(this) * size;
            let copy = gc_alloc(ctx, (*this).method_table, total);
            std::ptr::copy_nonoverlapping(
                (this as *const u8).add(HEADER_SIZE as usize),
                (copy as *mut u8).add(HEADER_SIZE as usize),
                total - HEADER_SIZE as usize,
            );
            copy
        })
    }
}

/// `Array.Copy(Array src, int srcIndex, Array dst, int dstIndex, int length)`: overlapping
/// copies within one array behave as if through a temporary, as in .NET. References are
/// checked against the destination's element type where it cannot hold every source element,
/// boxed values are unboxed into a value-type array, and values boxed into an array of
/// references (`CopyConversion`).
pub extern "C" fn copy(
    ctx: *mut VmContext,
    src: *mut Object,
    src_index: i32,
    dst: *mut Object,
    dst_index: i32,
    length: i32,
) {
    // SAFETY: the VM passes its live context and arrays or nulls.
    unsafe {
        vm::natives::guard(ctx, || {
            if src.is_null() {
                arg_null(ctx, "sourceArray");
            }
            if dst.is_null() {
                arg_null(ctx, "destinationArray");
            }
            let (smt, dmt) = (&*(*src).method_table, &*(*dst).method_table);
            if smt.rank.max(1) != dmt.rank.max(1) {
                vm::fault::throw(
                    ctx,
                    "System.RankException",
                    "Attempted to operate on an array with the incorrect number of dimensions.",
                );
            }
            let conversion = copy_conversion(ctx, smt, dmt);
            if length < 0 {
                vm::fault::throw(
                    ctx,
                    "System.ArgumentOutOfRangeException",
                    "Non-negative number required. (Parameter 'length')",
                );
            }
            if src_index < 0 || dst_index < 0 {
                let p = if src_index < 0 {
                    "sourceIndex"
                } else {
                    "destinationIndex"
                };
                vm::fault::throw(
                    ctx,
                    "System.ArgumentOutOfRangeException",
                    &format!(
                        "Number was less than the array's lower bound in the first dimension. (Parameter '{p}')"
                    ),
                );
            }
            if src_index as usize + length as usize > array_len(src) {
                vm::fault::throw(
                    ctx,
                    "System.ArgumentException",
                    "Source array was not long enough. Check the source index, length, and the array's lower bounds. (Parameter 'sourceArray')",
                );
            }
            if dst_index as usize + length as usize > array_len(dst) {
                vm::fault::throw(
                    ctx,
                    "System.ArgumentException",
                    "Destination array was not long enough. Check the destination index, length, and the array's lower bounds. (Parameter 'destinationArray')",
                );
            }
            let (sd, size) = elements_raw(src);
            let (dd, dsize) = elements_raw(dst);
            let (si, di, n) = (src_index as usize, dst_index as usize, length as usize);
            match conversion {
                CopyConversion::Bits => std::ptr::copy(sd.add(si * size), dd.add(di * size), n * size),
                CopyConversion::Downcast => {
                    let from = std::slice::from_raw_parts(sd.add(si * size) as *const *mut Object, n).to_vec();
                    let to = dd.add(di * dsize) as *mut *mut Object;
                    for (k, &o) in from.iter().enumerate() {
                        if !o.is_null() && !vm::reflect::is_assignable(ctx, (*o).method_table, dmt.element) {
                            cannot_cast_down(ctx);
                        }
                        to.add(k).write(o);
                    }
                }
                CopyConversion::Unbox => {
                    let from = std::slice::from_raw_parts(sd.add(si * size) as *const *mut Object, n).to_vec();
                    for (k, &o) in from.iter().enumerate() {
                        if o.is_null() || (*o).method_table != dmt.element {
                            cannot_cast_down(ctx);
                        }
                        let payload = (o as *const u8).add(HEADER_SIZE as usize);
                        std::ptr::copy_nonoverlapping(payload, dd.add((di + k) * dsize), dsize);
                    }
                }
                CopyConversion::Box => {
                    let el = smt.element;
                    let boxed_size = ((*el).base_size as usize).max(HEADER_SIZE as usize + size);
                    // Two arrays (one holds values, the other references): no overlap. Objects
                    // never move, so the element pointers stay valid across the allocations.
                    for k in 0..n {
                        let boxed = gc_alloc(ctx, el, boxed_size);
                        std::ptr::copy_nonoverlapping(sd.add((si + k) * size), (boxed as *mut u8).add(HEADER_SIZE as usize), size);
                        (dd.add((di + k) * dsize) as *mut *mut Object).write(boxed);
                    }
                }
            }
        })
    }
}

/// How `Array.Copy` moves elements between two arrays' element types (as CoreCLR's
/// `Array.Copy` classifies them).
enum CopyConversion {
    /// The same type, or references to a type the destination's elements can hold.
    Bits,
    /// References that must each be checked against the destination's element type.
    Downcast,
    /// Boxed values (in an `object[]` or an interface array) into a value-type array.
    Unbox,
    /// Values into an array of references that their boxes can be stored in.
    Box,
}

/// The conversion for copying elements of `smt` into `dmt`, or ArrayTypeMismatchException.
///
/// # Safety
/// `ctx` live; `smt` and `dmt` the MethodTables of two live arrays.
unsafe fn copy_conversion(ctx: *mut VmContext, smt: &MethodTable, dmt: &MethodTable) -> CopyConversion {
    // SAFETY: forwarded contract.
    unsafe {
        let (se, de) = (smt.element, dmt.element);
        if se == de {
            return CopyConversion::Bits;
        }
        if !se.is_null() && !de.is_null() {
            match (smt.elements_are_refs, dmt.elements_are_refs) {
                (true, true) if vm::reflect::is_assignable(ctx, se, de) => return CopyConversion::Bits,
                (true, true) => return CopyConversion::Downcast,
                (true, false) if vm::reflect::is_assignable(ctx, de, se) => return CopyConversion::Unbox,
                (false, true) if vm::reflect::is_assignable(ctx, se, de) => return CopyConversion::Box,
                _ => {}
            }
        }
        vm::fault::throw(
            ctx,
            "System.ArrayTypeMismatchException",
            "Source array type cannot be assigned to destination array type.",
        )
    }
}

/// InvalidCastException for an element `Array.Copy` cannot store.
///
/// # Safety
/// `ctx` live.
unsafe fn cannot_cast_down(ctx: *mut VmContext) -> ! {
    // SAFETY: forwarded contract.
    unsafe {
        vm::fault::throw(
            ctx,
            "System.InvalidCastException",
            "At least one element in the source array could not be cast down to the destination array type.",
        )
    }
}

/// `Array.InternalCreate(elementType, length)`: `Array.CreateInstance` once its arguments are
/// checked; the handle is the element type's MethodTable.
pub extern "C" fn create(ctx: *mut VmContext, element: i64, length: i32) -> *mut Object {
    // SAFETY: the handle comes from a RuntimeType, which holds a live MethodTable.
    unsafe { vm::natives::guard(ctx, || vm::reflect::new_vector(ctx, element as *const MethodTable, length as usize)) }
}

/// `Array.Clear(Array array, int index, int length)`: zero, null or false in each element.
pub extern "C" fn clear(ctx: *mut VmContext, a: *mut Object, index: i32, length: i32) {
    // SAFETY: the VM passes its live context and an array or null.
    unsafe {
        vm::natives::guard(ctx, || {
            if a.is_null() {
                arg_null(ctx, "array");
            }
            let (i, n) = check_range(ctx, array_len(a), index, length);
            let (data, size) = elements_raw(a);
            std::ptr::write_bytes(data.add(i * size), 0, n * size);
        })
    }
}

/// `Array.Reverse(Array array, int index, int length)` on a vector.
pub extern "C" fn reverse(ctx: *mut VmContext, a: *mut Object, index: i32, length: i32) {
    // SAFETY: the VM passes its live context and an array or null.
    unsafe {
        vm::natives::guard(ctx, || {
            if a.is_null() {
                arg_null(ctx, "array");
            }
            if !(*(*a).method_table).is_szarray {
                vm::fault::throw(
                    ctx,
                    "System.RankException",
                    "Only single dimensional arrays are supported for the requested action.",
                );
            }
            let (i, n) = check_range(ctx, array_len(a), index, length);
            let (data, size) = elements_raw(a);
            let bytes = std::slice::from_raw_parts_mut(data.add(i * size), n * size);
            // Reversing the bytes reverses each element too; reversing each back restores it.
            bytes.reverse();
            for el in bytes.chunks_exact_mut(size.max(1)) {
                el.reverse();
            }
        })
    }
}

/// .NET's `double.CompareTo`: NaN sorts first and equals itself; -0.0 equals 0.0.
fn cmp_f64(a: &f64, b: &f64) -> std::cmp::Ordering {
    a.partial_cmp(b)
        .unwrap_or_else(|| a.is_nan().cmp(&b.is_nan()).reverse())
}

/// `Array.Sort(Array array)` of primitive or string elements (an unstable O(n log n) sort,
/// as .NET's introsort). Strings compare as `String.Compare` does (null first). Returns false,
/// leaving the array as it was, for elements the managed sort must compare (ArraySort.cs).
pub extern "C" fn sort(ctx: *mut VmContext, a: *mut Object, index: i32, length: i32) -> bool {
    // SAFETY: the VM passes its live context and an array or null; the element name says
    // what the elements are.
    unsafe {
        vm::natives::guard(ctx, || {
            if a.is_null() {
                arg_null(ctx, "array");
            }
            if !(*(*a).method_table).is_szarray {
                vm::fault::throw(
                    ctx,
                    "System.RankException",
                    "Only single dimensional arrays are supported for the requested action.",
                );
            }
            let (i, n) = check_range(ctx, array_len(a), index, length);
            macro_rules! sort_as {
                ($t:ty) => {
                    array_elements::<$t>(a)[i..i + n].sort_unstable()
                };
            }
            match element_name(a) {
                "System.Int32" => sort_as!(i32),
                "System.Int64" => sort_as!(i64),
                "System.UInt32" => sort_as!(u32),
                "System.UInt64" => sort_as!(u64),
                "System.Int16" => sort_as!(i16),
                "System.UInt16" | "System.Char" => sort_as!(u16),
                "System.SByte" => sort_as!(i8),
                "System.Byte" | "System.Boolean" => sort_as!(u8),
                "System.Double" => array_elements::<f64>(a)[i..i + n].sort_unstable_by(cmp_f64),
                "System.Single" => array_elements::<f32>(a)[i..i + n]
                    .sort_unstable_by(|x, y| cmp_f64(&(*x as f64), &(*y as f64))),
                "System.String" => array_elements::<*mut Object>(a)[i..i + n].sort_by(|&x, &y| {
                    match (x.is_null(), y.is_null()) {
                        (true, true) => std::cmp::Ordering::Equal,
                        (true, false) => std::cmp::Ordering::Less,
                        (false, true) => std::cmp::Ordering::Greater,
                        _ => super::string::compare_invariant(string_chars(x), string_chars(y))
                            .cmp(&0),
                    }
                }),
                _ => return false,
            }
            true
        })
    }
}

/// `Array.InternalSwap(Array array, int i, int j)`: exchanges two elements of a vector, as
/// raw bytes (no element can be lost or duplicated, so no collection can see half a swap).
pub extern "C" fn swap(ctx: *mut VmContext, a: *mut Object, i: i32, j: i32) {
    // SAFETY: the VM passes its live context and an array or null; indexes are checked.
    unsafe {
        vm::natives::guard(ctx, || {
            if a.is_null() {
                arg_null(ctx, "array");
            }
            let len = array_len(a);
            if !(*(*a).method_table).is_szarray || i < 0 || j < 0 || i as usize >= len || j as usize >= len {
                vm::fault::throw(ctx, "System.IndexOutOfRangeException", "Index was outside the bounds of the array.");
            }
            let (data, size) = elements_raw(a);
            if i != j {
                std::ptr::swap_nonoverlapping(data.add(i as usize * size), data.add(j as usize * size), size);
            }
        })
    }
}

/// Registers the Array natives beyond Length/Rank/GetLength.
pub fn register(r: &mut vm::NativeRegistry) {
    let natives: &[(&str, *const u8)] = &[
        ("GetValue(int32)", get_value as *const u8),
        ("GetFlatValue(int32)", get_flat_value as *const u8),
        ("Clone()", clone as *const u8),
        (
            "InternalCopy(System.Array,int32,System.Array,int32,int32)",
            copy as *const u8,
        ),
        ("InternalCreate(int64,int32)", create as *const u8),
        (
            "InternalClear(System.Array,int32,int32)",
            clear as *const u8,
        ),
        (
            "InternalReverse(System.Array,int32,int32)",
            reverse as *const u8,
        ),
        ("InternalSort(System.Array,int32,int32)", sort as *const u8),
        ("InternalSwap(System.Array,int32,int32)", swap as *const u8),
    ];
    for &(k, f) in natives {
        r.register(&format!("System.Array::{k}"), f);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn doubles_sort_nan_first() {
        let mut v = [2.5, f64::NAN, -1.0, 0.25];
        v.sort_unstable_by(cmp_f64);
        assert!(v[0].is_nan());
        assert_eq!(&v[1..], &[-1.0, 0.25, 2.5]);
    }
}
