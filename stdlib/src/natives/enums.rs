//! `System.Enum` natives: formatting, equality and hashing of boxed enums, from the
//! [`vm::types::EnumInfo`] the runtime keeps on each enum's MethodTable. The formatting follows
//! CoreCLR 3.1's `Enum.ToString`: a defined value prints its name (found by binary search over
//! the sorted values, so of duplicates the one the search meets wins); a `[Flags]` value prints
//! the names of the members it is made of, in ascending value order, joined by ", "; anything
//! else prints the number.

use super::number::new_string;
use vm::object::{HEADER_SIZE, MethodTable, Object, VmContext};
use vm::types::{EnumInfo, ValKind};

/// The enum info and widened value of a boxed enum.
///
/// # Safety
/// `obj` must be a live boxed enum.
unsafe fn value_of<'a>(obj: *const Object) -> Option<(&'a EnumInfo, u64)> {
    // SAFETY: forwarded contract; the payload follows the header.
    unsafe {
        let info = (*(*obj).method_table).enum_info.as_deref()?;
        let p = (obj as *const u8).add(HEADER_SIZE as usize);
        Some((info, vm::reflect::read_enum_bits(p, info.underlying)))
    }
}

/// The number as the underlying type prints it.
fn number(info: &EnumInfo, bits: u64) -> String {
    match info.underlying {
        ValKind::I1 | ValKind::I2 | ValKind::I4 | ValKind::I8 | ValKind::I => {
            (bits as i64).to_string()
        }
        ValKind::Bool => (bits != 0).to_string(),
        _ => bits.to_string(),
    }
}

/// Hexadecimal with as many digits as the underlying type has nibbles ("X" format).
fn hex(info: &EnumInfo, bits: u64) -> String {
    let size = info.underlying.size().clamp(1, 8) as usize;
    let masked = if size == 8 {
        bits
    } else {
        bits & ((1u64 << (8 * size)) - 1)
    };
    format!("{masked:0width$X}", width = 2 * size)
}

/// The name of a defined value: Array.BinarySearch over the sorted values, as CoreCLR's
/// `Enum.GetEnumName` does.
fn name_of(info: &EnumInfo, bits: u64) -> Option<&str> {
    let (mut lo, mut hi) = (0isize, info.values.len() as isize - 1);
    while lo <= hi {
        let mid = lo + ((hi - lo) >> 1);
        let v = info.values[mid as usize];
        if v == bits {
            return info.names.get(mid as usize).map(String::as_str);
        }
        if v < bits {
            lo = mid + 1;
        } else {
            hi = mid - 1;
        }
    }
    None
}

/// CoreCLR's `InternalFlagsFormat`: an exact match (searching from the largest value) prints
/// its name; otherwise the largest members contained in the value are taken greedily and must
/// cover it exactly, else None (the caller prints the number). Zero prints the zero member's
/// name or "0".
fn flags_format(info: &EnumInfo, bits: u64) -> Option<String> {
    let (values, names) = (&info.values, &info.names);
    if bits == 0 {
        return Some(match values.first() {
            Some(0) => names[0].clone(),
            _ => "0".to_string(),
        });
    }
    let mut index = values.len() as isize - 1;
    while index >= 0 {
        let v = values[index as usize];
        if v == bits {
            return Some(names[index as usize].clone());
        }
        if v < bits {
            break;
        }
        index -= 1;
    }
    let mut rest = bits;
    let mut found = Vec::new();
    while index >= 0 {
        let v = values[index as usize];
        if index == 0 && v == 0 {
            break;
        }
        if rest & v == v {
            rest -= v;
            found.push(index as usize);
        }
        index -= 1;
    }
    if rest != 0 {
        return None;
    }
    let parts: Vec<&str> = found.iter().rev().map(|&i| names[i].as_str()).collect();
    Some(parts.join(", "))
}

/// `Enum.ToString(format)`: None for a format .NET rejects.
pub fn format(info: &EnumInfo, bits: u64, fmt: &str) -> Option<String> {
    Some(match fmt {
        "" | "G" | "g" => {
            let named = if info.is_flags {
                flags_format(info, bits)
            } else {
                name_of(info, bits).map(str::to_string)
            };
            named.unwrap_or_else(|| number(info, bits))
        }
        "D" | "d" => number(info, bits),
        "X" | "x" => hex(info, bits),
        "F" | "f" => flags_format(info, bits).unwrap_or_else(|| number(info, bits)),
        _ => return None,
    })
}

/// `Enum.InternalFormat(string)`, behind `ToString()` and `ToString(string)`.
pub extern "C" fn internal_format(
    ctx: *mut VmContext,
    this: *mut Object,
    fmt: *mut Object,
) -> *mut Object {
    // SAFETY: the VM passes its live context, a boxed enum and a string or null.
    unsafe {
        vm::natives::guard(ctx, || {
            let Some((info, bits)) = value_of(this) else {
                return new_string(ctx, &(*(*this).method_table).name);
            };
            let f = vm::object::string_to_rust(fmt);
            match format(info, bits, &f) {
                Some(s) => new_string(ctx, &s),
                None => vm::fault::throw(
                    ctx,
                    "System.FormatException",
                    "Format String can be only 'G', 'g', 'X', 'x', 'F', 'f', 'D' or 'd'.",
                ),
            }
        })
    }
}

/// `Enum.InternalEquals(object)`: the same enum type and value.
pub extern "C" fn internal_equals(
    ctx: *mut VmContext,
    this: *mut Object,
    obj: *mut Object,
) -> bool {
    // SAFETY: as for internal_format; obj is null or a live object.
    unsafe {
        vm::natives::guard(ctx, || {
            if obj.is_null() || (*obj).method_table != (*this).method_table {
                return false;
            }
            matches!((value_of(this), value_of(obj)), (Some((_, a)), Some((_, b))) if a == b)
        })
    }
}

/// The hash code of the underlying value, as the primitive's own `GetHashCode` computes it.
pub fn hash(k: ValKind, bits: u64) -> i32 {
    match k {
        ValKind::I1 => (bits as i32) ^ ((bits as i32) << 8),
        ValKind::I2 => (bits as u16 as i32) | ((bits as i32) << 16),
        ValKind::Char => (bits as i32) | ((bits as i32) << 16),
        ValKind::I8 | ValKind::U8 | ValKind::I | ValKind::U => {
            (bits as i32) ^ ((bits >> 32) as i32)
        }
        _ => bits as i32,
    }
}

/// `Enum.InternalGetHashCode()`.
pub extern "C" fn internal_get_hash_code(ctx: *mut VmContext, this: *mut Object) -> i32 {
    // SAFETY: as for internal_format.
    unsafe {
        vm::natives::guard(ctx, || match value_of(this) {
            Some((info, bits)) => hash(info.underlying, bits),
            None => 0,
        })
    }
}

/// `Enum.InternalHasFlag(Enum)`: ArgumentNullException for null, ArgumentException for
/// another enum type (CoreCLR's messages).
pub extern "C" fn internal_has_flag(
    ctx: *mut VmContext,
    this: *mut Object,
    flag: *mut Object,
) -> bool {
    // SAFETY: as for internal_equals.
    unsafe {
        vm::natives::guard(ctx, || {
            if flag.is_null() {
                vm::fault::throw(
                    ctx,
                    "System.ArgumentNullException",
                    "Value cannot be null. (Parameter 'flag')",
                );
            }
            let (a, b) = ((*this).method_table, (*flag).method_table);
            if a != b {
                let msg = format!(
                    "The argument type, '{}', is not the same as the enum type '{}'.",
                    (*b).name,
                    (*a).name
                );
                vm::fault::throw(ctx, "System.ArgumentException", &msg);
            }
            match (value_of(this), value_of(flag)) {
                (Some((_, v)), Some((_, f))) => v & f == f,
                _ => false,
            }
        })
    }
}

/// Does the underlying kind compare as signed?
fn signed(k: ValKind) -> bool {
    matches!(
        k,
        ValKind::I1 | ValKind::I2 | ValKind::I4 | ValKind::I8 | ValKind::I
    )
}

/// `Enum.InternalCompareTo(object)`: null is smaller; another type is an ArgumentException.
pub extern "C" fn internal_compare_to(
    ctx: *mut VmContext,
    this: *mut Object,
    target: *mut Object,
) -> i32 {
    // SAFETY: as for internal_equals.
    unsafe {
        vm::natives::guard(ctx, || {
            if target.is_null() {
                return 1;
            }
            let (a, b) = ((*this).method_table, (*target).method_table);
            if a != b {
                let msg = format!(
                    "Object must be the same type as the enum. The type passed in was '{}'; the enum type was '{}'.",
                    (*b).name,
                    (*a).name
                );
                vm::fault::throw(ctx, "System.ArgumentException", &msg);
            }
            let (Some((info, x)), Some((_, y))) = (value_of(this), value_of(target)) else {
                return 0;
            };
            let ord = if signed(info.underlying) {
                (x as i64).cmp(&(y as i64))
            } else {
                x.cmp(&y)
            };
            ord as i32
        })
    }
}

/// The EnumInfo behind a `RuntimeType` handle (the C# side checked `IsEnum`).
///
/// # Safety
/// `handle` must be a live MethodTable address.
unsafe fn info_of<'a>(handle: i64) -> Option<&'a EnumInfo> {
    // SAFETY: forwarded contract.
    unsafe { (*(handle as *const MethodTable)).enum_info.as_deref() }
}

/// What `IsDefined` and `GetName` accept as a value: the enum itself, or a boxed integer of
/// the underlying type (any integer for `GetName`); else CoreCLR's ArgumentException message.
///
/// # Safety
/// `ctx` live, `obj` a live non-null object.
unsafe fn integral_bits(
    ctx: *mut VmContext,
    info: &EnumInfo,
    enum_mt: *const MethodTable,
    obj: *mut Object,
    any_integer: bool,
) -> u64 {
    // SAFETY: forwarded contract.
    unsafe {
        let mt = (*obj).method_table;
        let k = vm::reflect::primitive_kind_of(ctx, mt);
        let ok = match k {
            _ if mt == enum_mt => true,
            Some(k) if (*mt).enum_info.is_none() => k == info.underlying || any_integer,
            _ => false,
        };
        if !ok {
            let under = vm::reflect::primitive_method_table(ctx, info.underlying);
            let msg = format!(
                "Enum underlying type and the object must be same type or object must be a String. Type passed in was '{}'; the enum underlying type was '{}'.",
                (*mt).name,
                (*under).name
            );
            vm::fault::throw(ctx, "System.ArgumentException", &msg);
        }
        let p = (obj as *const u8).add(HEADER_SIZE as usize);
        vm::reflect::read_enum_bits(p, k.unwrap_or(info.underlying))
    }
}

/// Is `obj` a string (by its MethodTable)?
///
/// # Safety
/// `ctx` live, `obj` a live non-null object.
unsafe fn is_string(ctx: *mut VmContext, obj: *mut Object) -> bool {
    // SAFETY: forwarded contract.
    unsafe { (*obj).method_table == (*ctx).string_mt }
}

/// `Enum.InternalIsDefined(handle, value)`: a member's value, or a member's name (exact case).
pub extern "C" fn internal_is_defined(
    ctx: *mut VmContext,
    handle: i64,
    value: *mut Object,
) -> bool {
    // SAFETY: the C# side passes an enum's handle and a non-null value.
    unsafe {
        vm::natives::guard(ctx, || {
            let Some(info) = info_of(handle) else {
                return false;
            };
            if is_string(ctx, value) {
                let name = vm::object::string_to_rust(value);
                return info.names.iter().any(|n| *n == name);
            }
            let bits = integral_bits(ctx, info, handle as *const MethodTable, value, false);
            info.values.contains(&bits)
        })
    }
}

/// `Enum.InternalGetName(handle, value)`: the member's name, or null.
pub extern "C" fn internal_get_name(
    ctx: *mut VmContext,
    handle: i64,
    value: *mut Object,
) -> *mut Object {
    // SAFETY: as for internal_is_defined.
    unsafe {
        vm::natives::guard(ctx, || {
            let Some(info) = info_of(handle) else {
                return std::ptr::null_mut();
            };
            let bits = integral_bits(ctx, info, handle as *const MethodTable, value, true);
            match name_of(info, bits) {
                Some(n) => new_string(ctx, n),
                None => std::ptr::null_mut(),
            }
        })
    }
}

/// `Enum.InternalGetNames(handle)`: the names in ascending value order.
pub extern "C" fn internal_get_names(ctx: *mut VmContext, handle: i64) -> *mut Object {
    // SAFETY: the C# side passes an enum's handle.
    unsafe {
        vm::natives::guard(ctx, || {
            let names = info_of(handle).map(|i| i.names.clone()).unwrap_or_default();
            vm::reflect::new_string_array(ctx, &names)
        })
    }
}

/// `Enum.InternalGetValues(handle)`: the members' values in ascending order, in an array of
/// the enum type.
pub extern "C" fn internal_get_values(ctx: *mut VmContext, handle: i64) -> *mut Object {
    // SAFETY: the C# side passes an enum's handle.
    unsafe {
        vm::natives::guard(ctx, || {
            let values = info_of(handle).map(|i| i.values.clone()).unwrap_or_default();
            vm::reflect::new_enum_array(ctx, handle as *const MethodTable, &values)
        })
    }
}

/// `Enum.InternalGetUnderlyingType(handle)`: the Type of `value__`.
pub extern "C" fn internal_get_underlying_type(ctx: *mut VmContext, handle: i64) -> *mut Object {
    // SAFETY: the C# side passes an enum's handle.
    unsafe {
        vm::natives::guard(ctx, || {
            let k = info_of(handle).map_or(ValKind::I4, |i| i.underlying);
            let mt = vm::reflect::primitive_method_table(ctx, k);
            vm::reflect::type_object(ctx, mt)
        })
    }
}

/// Parses `Enum.Parse`'s text: a number of the underlying type, or names joined by commas
/// (their values or-ed together). Err carries CoreCLR's message.
pub fn parse(info: &EnumInfo, text: &str, ignore_case: bool) -> Result<u64, String> {
    let t = text.trim();
    if t.is_empty() {
        return Err("Must specify valid information for parsing in the string.".into());
    }
    let first = t.chars().next().unwrap_or(' ');
    if first.is_ascii_digit() || first == '-' || first == '+' {
        let n = if signed(info.underlying) {
            t.parse::<i64>().map(|v| v as u64).ok()
        } else {
            t.parse::<u64>().ok()
        };
        return n.ok_or_else(|| format!("Requested value '{text}' was not found."));
    }
    let mut bits = 0u64;
    for part in t.split(',') {
        let p = part.trim();
        let found = info.names.iter().position(|n| {
            if ignore_case {
                n.eq_ignore_ascii_case(p)
            } else {
                n == p
            }
        });
        match found {
            Some(i) => bits |= info.values[i],
            None => return Err(format!("Requested value '{p}' was not found.")),
        }
    }
    Ok(bits)
}

/// `Enum.InternalParse(handle, value, ignoreCase)`: a new boxed enum.
pub extern "C" fn internal_parse(
    ctx: *mut VmContext,
    handle: i64,
    value: *mut Object,
    ignore_case: bool,
) -> *mut Object {
    // SAFETY: the C# side passes an enum's handle and a non-null string.
    unsafe {
        vm::natives::guard(ctx, || {
            let mt = handle as *const MethodTable;
            let Some(info) = info_of(handle) else {
                return std::ptr::null_mut();
            };
            let text = vm::object::string_to_rust(value);
            let bits = match parse(info, &text, ignore_case) {
                Ok(b) => b,
                Err(m) => vm::fault::throw(ctx, "System.ArgumentException", &m),
            };
            let obj = vm::object::gc_alloc(ctx, mt, (*mt).base_size as usize);
            let size = info.underlying.size().min(8) as usize;
            let bytes = bits.to_le_bytes();
            let dst = (obj as *mut u8).add(HEADER_SIZE as usize);
            std::ptr::copy_nonoverlapping(bytes.as_ptr(), dst, size);
            obj
        })
    }
}

/// Registers the Enum natives.
pub fn register(r: &mut vm::NativeRegistry) {
    r.register(
        "System.Enum::InternalCompareTo(object)",
        internal_compare_to as *const u8,
    );
    r.register(
        "System.Enum::InternalIsDefined(int64,object)",
        internal_is_defined as *const u8,
    );
    r.register(
        "System.Enum::InternalGetName(int64,object)",
        internal_get_name as *const u8,
    );
    r.register(
        "System.Enum::InternalGetNames(int64)",
        internal_get_names as *const u8,
    );
    r.register(
        "System.Enum::InternalGetValues(int64)",
        internal_get_values as *const u8,
    );
    r.register(
        "System.Enum::InternalGetUnderlyingType(int64)",
        internal_get_underlying_type as *const u8,
    );
    r.register(
        "System.Enum::InternalParse(int64,string,bool)",
        internal_parse as *const u8,
    );
    r.register(
        "System.Enum::InternalFormat(string)",
        internal_format as *const u8,
    );
    r.register(
        "System.Enum::InternalEquals(object)",
        internal_equals as *const u8,
    );
    r.register(
        "System.Enum::InternalGetHashCode()",
        internal_get_hash_code as *const u8,
    );
    r.register(
        "System.Enum::InternalHasFlag(System.Enum)",
        internal_has_flag as *const u8,
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    fn perm() -> EnumInfo {
        EnumInfo {
            underlying: ValKind::I4,
            values: vec![0, 1, 2, 3, 4],
            names: ["None", "Read", "Write", "ReadWrite", "Exec"]
                .map(String::from)
                .to_vec(),
            is_flags: true,
        }
    }

    #[test]
    fn flags_take_the_largest_members_and_print_ascending() {
        let p = perm();
        assert_eq!(format(&p, 3, "G").as_deref(), Some("ReadWrite"));
        assert_eq!(format(&p, 5, "G").as_deref(), Some("Read, Exec"));
        assert_eq!(format(&p, 7, "").as_deref(), Some("ReadWrite, Exec"));
        assert_eq!(format(&p, 0, "G").as_deref(), Some("None"));
        assert_eq!(format(&p, 9, "G").as_deref(), Some("9"));
    }

    #[test]
    fn duplicates_resolve_as_binary_search_does() {
        let d = EnumInfo {
            underlying: ValKind::I4,
            values: vec![1, 1, 2],
            names: ["A", "B", "C"].map(String::from).to_vec(),
            is_flags: false,
        };
        assert_eq!(format(&d, 1, "G").as_deref(), Some("B"));
        assert_eq!(format(&d, (-1i64) as u64, "G").as_deref(), Some("-1"));
        assert_eq!(format(&d, 5, "X").as_deref(), Some("00000005"));
        assert_eq!(format(&d, 5, "Q"), None);
    }

    #[test]
    fn hashes_match_the_primitives() {
        assert_eq!(hash(ValKind::I8, 5_000_000_000), 705_032_705);
        assert_eq!(hash(ValKind::I4, 7), 7);
    }
}
