//! `System.String` natives. The pure parts (comparison, case mapping, search) are separate
//! functions over UTF-16 units, tested without a VM.

use vm::object::{Object, VmContext, alloc_string, array_elements, string_chars};

/// Throws the exception .NET throws for an index past the end of a string or array.
unsafe fn index_out_of_range(ctx: *mut VmContext) -> ! {
    // SAFETY: forwarded contract.
    unsafe {
        vm::fault::throw(
            ctx,
            "System.IndexOutOfRangeException",
            "Index was outside the bounds of the array.",
        )
    }
}

/// ArgumentOutOfRangeException with .NET's message shape.
unsafe fn arg_out_of_range(ctx: *mut VmContext, param: &str, why: &str) -> ! {
    // SAFETY: forwarded contract.
    unsafe {
        vm::fault::throw(
            ctx,
            "System.ArgumentOutOfRangeException",
            &format!("{why} (Parameter '{param}')"),
        )
    }
}

/// `String.Concat(string, string)`: null counts as empty (as in .NET).
pub extern "C" fn concat2(ctx: *mut VmContext, a: *mut Object, b: *mut Object) -> *mut Object {
    // SAFETY: the VM passes its live context and strings or nulls.
    unsafe {
        vm::natives::guard(ctx, || {
            let (a, b) = (string_chars(a), string_chars(b));
            let mut units = Vec::with_capacity(a.len() + b.len());
            units.extend_from_slice(a);
            units.extend_from_slice(b);
            alloc_string(ctx, &units)
        })
    }
}

/// `String.Concat(string[])`: null elements count as empty. A null array would throw
/// ArgumentNullException in .NET; it is treated as empty until exceptions exist.
pub extern "C" fn concat_array(ctx: *mut VmContext, values: *mut Object) -> *mut Object {
    // SAFETY: the VM passes its live context and a string[] (or null) whose elements are
    // strings or nulls.
    unsafe {
        vm::natives::guard(ctx, || {
            let mut units = Vec::new();
            for &s in array_elements::<*mut Object>(values).iter() {
                units.extend_from_slice(string_chars(s));
            }
            alloc_string(ctx, &units)
        })
    }
}

/// `new string(char c, int count)` (newobj maps it to `String::Ctor(char,int32)`).
pub extern "C" fn ctor_char_count(ctx: *mut VmContext, c: u16, count: i32) -> *mut Object {
    // SAFETY: the VM passes its live context.
    unsafe {
        vm::natives::guard(ctx, || {
            if count < 0 {
                arg_out_of_range(ctx, "count", "Count cannot be less than zero.");
            }
            alloc_string(ctx, &vec![c; count as usize])
        })
    }
}

/// `new string(char[] value)`: null gives "".
pub extern "C" fn ctor_chars(ctx: *mut VmContext, value: *mut Object) -> *mut Object {
    // SAFETY: the VM passes its live context and a char[] or null.
    unsafe { vm::natives::guard(ctx, || alloc_string(ctx, array_elements::<u16>(value))) }
}

/// `new string(char[] value, int startIndex, int length)`; also `String.CreateFromChars`.
pub extern "C" fn ctor_chars_range(
    ctx: *mut VmContext,
    value: *mut Object,
    start: i32,
    length: i32,
) -> *mut Object {
    // SAFETY: the VM passes its live context and a char[] or null.
    unsafe {
        vm::natives::guard(ctx, || {
            if value.is_null() {
                vm::fault::throw(
                    ctx,
                    "System.ArgumentNullException",
                    "Value cannot be null. (Parameter 'value')",
                );
            }
            let chars = array_elements::<u16>(value);
            if start < 0 {
                arg_out_of_range(ctx, "startIndex", "StartIndex cannot be less than zero.");
            }
            if length < 0 {
                arg_out_of_range(ctx, "length", "Length cannot be less than zero.");
            }
            let (s, n) = (start as usize, length as usize);
            if s + n > chars.len() {
                arg_out_of_range(
                    ctx,
                    "startIndex",
                    "Index and length must refer to a location within the string.",
                );
            }
            alloc_string(ctx, &chars[s..s + n])
        })
    }
}

/// `String.FastAllocateString(int length)`: a new string of `length` NUL characters, which
/// core-library code fills in before anyone else sees it.
pub extern "C" fn fast_allocate_string(ctx: *mut VmContext, length: i32) -> *mut Object {
    // SAFETY: the VM passes its live context.
    unsafe {
        vm::natives::guard(ctx, || {
            if length < 0 {
                let (ty, msg) = vm::fault::FaultKind::Overflow.exception();
                vm::fault::throw(ctx, ty, msg);
            }
            alloc_string(ctx, &vec![0u16; length as usize])
        })
    }
}

/// `this[int index]` (`get_Chars`): IndexOutOfRangeException outside [0, Length).
pub extern "C" fn get_chars(ctx: *mut VmContext, this: *mut Object, index: i32) -> u16 {
    // SAFETY: the VM passes its live context and a non-null string (callvirt checked it).
    unsafe {
        vm::natives::guard(ctx, || match string_chars(this).get(index as usize) {
            Some(&c) if index >= 0 => c,
            _ => index_out_of_range(ctx),
        })
    }
}

/// Ordinal comparison (`String.CompareOrdinal`): null sorts first; otherwise the difference
/// of the first differing units, or of the lengths.
pub fn compare_ordinal_units(a: Option<&[u16]>, b: Option<&[u16]>) -> i32 {
    match (a, b) {
        (None, None) => 0,
        (None, Some(_)) => -1,
        (Some(_), None) => 1,
        (Some(a), Some(b)) => a
            .iter()
            .zip(b)
            .find(|(x, y)| x != y)
            .map(|(&x, &y)| x as i32 - y as i32)
            .unwrap_or(a.len() as i32 - b.len() as i32),
    }
}

/// # Safety
/// `s` must be null or a live string.
unsafe fn opt_chars<'a>(s: *mut Object) -> Option<&'a [u16]> {
    // SAFETY: forwarded contract.
    (!s.is_null()).then(|| unsafe { string_chars(s) })
}

/// `String.CompareOrdinal(string, string)`.
pub extern "C" fn compare_ordinal(ctx: *mut VmContext, a: *mut Object, b: *mut Object) -> i32 {
    // SAFETY: the VM passes its live context and strings or nulls.
    unsafe { vm::natives::guard(ctx, || compare_ordinal_units(opt_chars(a), opt_chars(b))) }
}

/// `String.EqualsHelper(string, string)`: ordinal equality; two nulls are equal.
pub extern "C" fn equals_helper(ctx: *mut VmContext, a: *mut Object, b: *mut Object) -> bool {
    // SAFETY: the VM passes its live context and strings or nulls.
    unsafe { vm::natives::guard(ctx, || opt_chars(a) == opt_chars(b)) }
}

/// Invariant case mapping, one UTF-16 unit at a time: a BMP character whose mapping is one BMP
/// character maps to it; everything else (surrogates, 'ß' → "SS") is kept, as .NET's invariant
/// culture does (it never changes a string's length).
pub fn map_case(units: &[u16], upper: bool) -> Vec<u16> {
    units
        .iter()
        .map(|&u| {
            let Some(c) = char::from_u32(u as u32) else {
                return u;
            };
            let mut m: Vec<char> = if upper {
                c.to_uppercase().collect()
            } else {
                c.to_lowercase().collect()
            };
            match (m.pop(), m.is_empty()) {
                (Some(x), true) if (x as u32) < 0x10000 => x as u16,
                _ => u,
            }
        })
        .collect()
}

/// `string.ToUpperInvariant()`.
pub extern "C" fn to_upper_invariant(ctx: *mut VmContext, this: *mut Object) -> *mut Object {
    // SAFETY: the VM passes its live context and a string.
    unsafe {
        vm::natives::guard(ctx, || {
            alloc_string(ctx, &map_case(string_chars(this), true))
        })
    }
}

/// `string.ToLowerInvariant()`.
pub extern "C" fn to_lower_invariant(ctx: *mut VmContext, this: *mut Object) -> *mut Object {
    // SAFETY: the VM passes its live context and a string.
    unsafe {
        vm::natives::guard(ctx, || {
            alloc_string(ctx, &map_case(string_chars(this), false))
        })
    }
}

/// The first index of `c` at or after `start`, or -1.
pub fn index_of_units(units: &[u16], c: u16, start: usize) -> i32 {
    units[start.min(units.len())..]
        .iter()
        .position(|&u| u == c)
        .map_or(-1, |i| (i + start) as i32)
}

/// `string.IndexOfChar(char value, int startIndex)`: ArgumentOutOfRangeException unless
/// 0 ≤ startIndex ≤ Length.
pub extern "C" fn index_of_char(ctx: *mut VmContext, this: *mut Object, c: u16, start: i32) -> i32 {
    // SAFETY: the VM passes its live context and a string.
    unsafe {
        vm::natives::guard(ctx, || {
            let units = string_chars(this);
            if start < 0 || start as usize > units.len() {
                arg_out_of_range(
                    ctx,
                    "startIndex",
                    "Index was out of range. Must be non-negative and less than the size of the collection.",
                );
            }
            index_of_units(units, c, start as usize)
        })
    }
}

/// `string.InternalSubString(int startIndex, int length)`: the C# caller has checked the range.
pub extern "C" fn internal_substring(
    ctx: *mut VmContext,
    this: *mut Object,
    start: i32,
    length: i32,
) -> *mut Object {
    // SAFETY: the VM passes its live context and a string.
    unsafe {
        vm::natives::guard(ctx, || {
            let units = string_chars(this);
            let s = (start.max(0) as usize).min(units.len());
            let e = (s + length.max(0) as usize).min(units.len());
            alloc_string(ctx, &units[s..e])
        })
    }
}

/// The first ordinal occurrence of `needle` at or after `start`, or -1 (an empty needle is
/// found at `start`).
pub fn index_of_seq(hay: &[u16], needle: &[u16], start: usize) -> i32 {
    if start > hay.len() {
        return -1;
    }
    if needle.is_empty() {
        return start as i32;
    }
    hay[start..]
        .windows(needle.len())
        .position(|w| w == needle)
        .map_or(-1, |i| (i + start) as i32)
}

/// The last ordinal occurrence of `needle` that ends at or before `end` (exclusive), or -1.
pub fn last_index_of_seq(hay: &[u16], needle: &[u16], end: usize) -> i32 {
    let end = end.min(hay.len());
    if needle.is_empty() {
        return end.min(hay.len().saturating_sub(1)) as i32;
    }
    if needle.len() > end {
        return -1;
    }
    hay[..end]
        .windows(needle.len())
        .rposition(|w| w == needle)
        .map_or(-1, |i| i as i32)
}

/// `string.IndexOfString(string value, int startIndex)` (ordinal; the C# side checked args).
pub extern "C" fn index_of_string(
    ctx: *mut VmContext,
    this: *mut Object,
    value: *mut Object,
    start: i32,
) -> i32 {
    // SAFETY: the VM passes its live context and strings.
    unsafe {
        vm::natives::guard(ctx, || {
            index_of_seq(
                string_chars(this),
                string_chars(value),
                start.max(0) as usize,
            )
        })
    }
}

/// `string.LastIndexOfString(string value, int endIndex)`: the match must end before endIndex.
pub extern "C" fn last_index_of_string(
    ctx: *mut VmContext,
    this: *mut Object,
    value: *mut Object,
    end: i32,
) -> i32 {
    // SAFETY: the VM passes its live context and strings.
    unsafe {
        vm::natives::guard(ctx, || {
            last_index_of_seq(string_chars(this), string_chars(value), end.max(0) as usize)
        })
    }
}

/// Every non-overlapping ordinal occurrence of `old` replaced by `new`, left to right.
pub fn replace_seq(hay: &[u16], old: &[u16], new: &[u16]) -> Vec<u16> {
    let mut out = Vec::with_capacity(hay.len());
    let mut i = 0;
    while i < hay.len() {
        if !old.is_empty() && hay[i..].starts_with(old) {
            out.extend_from_slice(new);
            i += old.len();
        } else {
            out.push(hay[i]);
            i += 1;
        }
    }
    out
}

/// `string.Replace(string oldValue, string newValue)`: null newValue deletes.
pub extern "C" fn replace_string(
    ctx: *mut VmContext,
    this: *mut Object,
    old: *mut Object,
    new: *mut Object,
) -> *mut Object {
    // SAFETY: the VM passes its live context and strings or nulls.
    unsafe {
        vm::natives::guard(ctx, || {
            if old.is_null() {
                vm::fault::throw(
                    ctx,
                    "System.ArgumentNullException",
                    "Value cannot be null. (Parameter 'oldValue')",
                );
            }
            let old = string_chars(old);
            if old.is_empty() {
                vm::fault::throw(
                    ctx,
                    "System.ArgumentException",
                    "String cannot be of zero length. (Parameter 'oldValue')",
                );
            }
            let units = string_chars(this);
            if index_of_seq(units, old, 0) < 0 {
                return this;
            }
            alloc_string(ctx, &replace_seq(units, old, string_chars(new)))
        })
    }
}

/// `string.Replace(char oldChar, char newChar)`: the same string when nothing changes.
pub extern "C" fn replace_char(
    ctx: *mut VmContext,
    this: *mut Object,
    old: u16,
    new: u16,
) -> *mut Object {
    // SAFETY: the VM passes its live context and a string.
    unsafe {
        vm::natives::guard(ctx, || {
            let units = string_chars(this);
            if !units.contains(&old) {
                return this;
            }
            let out: Vec<u16> = units
                .iter()
                .map(|&u| if u == old { new } else { u })
                .collect();
            alloc_string(ctx, &out)
        })
    }
}

/// The invariant culture's sort key class of a unit: ICU's root collation puts whitespace and
/// punctuation first, then symbols, then digits, then letters (case-insensitively).
fn collation_class(u: u16) -> (u8, u32) {
    let Some(c) = char::from_u32(u as u32) else {
        return (4, u as u32);
    };
    if c.is_alphabetic() {
        let lower = c.to_lowercase().next().unwrap_or(c);
        (3, lower as u32)
    } else if c.is_numeric() {
        (2, c.to_digit(10).unwrap_or(u as u32))
    } else if super::chars::is_symbol(u) {
        (1, u as u32)
    } else {
        (0, u as u32)
    }
}

/// An approximation of .NET's invariant-culture string comparison (`String.Compare(a, b)`,
/// `CompareTo`, `Array.Sort(string[])`): compare by collation class and case-folded letter
/// first over the whole string, then lower case before upper case at the first case
/// difference, then ordinally. Gives "a" < "B" < "b" and "apple" < "Banana" as ICU does; ICU's
/// ignorable characters (e.g. the hyphen in "co-op") are not modeled. Result is -1, 0 or 1.
pub fn compare_invariant(a: &[u16], b: &[u16]) -> i32 {
    let primary = a
        .iter()
        .map(|&u| collation_class(u))
        .cmp(b.iter().map(|&u| collation_class(u)));
    let ord = primary.then_with(|| {
        for (&x, &y) in a.iter().zip(b) {
            if x != y {
                let (lx, ly) = (is_lower_unit(x), is_lower_unit(y));
                if lx != ly {
                    return if lx {
                        std::cmp::Ordering::Less
                    } else {
                        std::cmp::Ordering::Greater
                    };
                }
                return x.cmp(&y);
            }
        }
        a.len().cmp(&b.len())
    });
    ord as i32
}

fn is_lower_unit(u: u16) -> bool {
    super::chars::is_lower(u)
}

/// `String.CompareInvariant(string, string)`: null sorts before everything.
pub extern "C" fn compare_invariant_native(
    ctx: *mut VmContext,
    a: *mut Object,
    b: *mut Object,
) -> i32 {
    // SAFETY: the VM passes its live context and strings or nulls.
    unsafe {
        vm::natives::guard(ctx, || match (opt_chars(a), opt_chars(b)) {
            (None, None) => 0,
            (None, Some(_)) => -1,
            (Some(_), None) => 1,
            (Some(a), Some(b)) => compare_invariant(a, b),
        })
    }
}

/// Registers the String natives.
pub fn register(r: &mut vm::NativeRegistry) {
    let natives: &[(&str, *const u8)] = &[
        ("Concat(string,string)", concat2 as *const u8),
        ("Concat(string[])", concat_array as *const u8),
        ("Ctor(char,int32)", ctor_char_count as *const u8),
        ("Ctor(char[])", ctor_chars as *const u8),
        ("Ctor(char[],int32,int32)", ctor_chars_range as *const u8),
        (
            "CreateFromChars(char[],int32,int32)",
            ctor_chars_range as *const u8,
        ),
        (
            "FastAllocateString(int32)",
            fast_allocate_string as *const u8,
        ),
        ("get_Chars(int32)", get_chars as *const u8),
        (
            "CompareOrdinal(string,string)",
            compare_ordinal as *const u8,
        ),
        ("EqualsHelper(string,string)", equals_helper as *const u8),
        ("ToUpperInvariant()", to_upper_invariant as *const u8),
        ("ToLowerInvariant()", to_lower_invariant as *const u8),
        ("IndexOfChar(char,int32)", index_of_char as *const u8),
        (
            "InternalSubString(int32,int32)",
            internal_substring as *const u8,
        ),
        ("IndexOfString(string,int32)", index_of_string as *const u8),
        (
            "LastIndexOfString(string,int32)",
            last_index_of_string as *const u8,
        ),
        ("Replace(string,string)", replace_string as *const u8),
        ("Replace(char,char)", replace_char as *const u8),
        (
            "CompareInvariant(string,string)",
            compare_invariant_native as *const u8,
        ),
    ];
    for &(k, f) in natives {
        r.register(&format!("System.String::{k}"), f);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn u(s: &str) -> Vec<u16> {
        s.encode_utf16().collect()
    }

    #[test]
    fn compare_ordinal_orders_by_units_then_length() {
        assert!(compare_ordinal_units(Some(&u("abc")), Some(&u("abd"))) < 0);
        assert!(compare_ordinal_units(Some(&u("b")), Some(&u("a"))) > 0);
        assert_eq!(compare_ordinal_units(Some(&u("ab")), Some(&u("ab"))), 0);
        assert!(compare_ordinal_units(Some(&u("a")), Some(&u("ab"))) < 0);
        assert!(compare_ordinal_units(None, Some(&u(""))) < 0);
        assert_eq!(compare_ordinal_units(None, None), 0);
    }

    #[test]
    fn case_mapping_is_one_unit_to_one() {
        assert_eq!(map_case(&u("Hello, World"), true), u("HELLO, WORLD"));
        assert_eq!(map_case(&u("Ärger ǅ ß"), true), u("ÄRGER Ǆ ß"));
        assert_eq!(map_case(&u("ÀÉÎ"), false), u("àéî"));
        let emoji = u("😀");
        assert_eq!(map_case(&emoji, true), emoji);
    }

    #[test]
    fn sequence_search_and_replace() {
        let h = u("hello, world");
        assert_eq!(index_of_seq(&h, &u("world"), 0), 7);
        assert_eq!(index_of_seq(&h, &u("o"), 5), 8);
        assert_eq!(index_of_seq(&h, &u(""), 3), 3);
        assert_eq!(index_of_seq(&h, &u("x"), 12), -1);
        assert_eq!(last_index_of_seq(&h, &u("l"), 12), 10);
        assert_eq!(last_index_of_seq(&h, &u("hello"), 4), -1);
        assert_eq!(replace_seq(&u("aaa"), &u("a"), &u("bb")), u("bbbbbb"));
        assert_eq!(replace_seq(&u("aaaa"), &u("aa"), &u("b")), u("bb"));
    }

    #[test]
    fn invariant_compare_is_case_insensitive_first() {
        assert_eq!(compare_invariant(&u("a"), &u("B")), -1);
        assert_eq!(compare_invariant(&u("b"), &u("B")), -1);
        assert_eq!(compare_invariant(&u("apple"), &u("Banana")), -1);
        assert_eq!(compare_invariant(&u("abc"), &u("abcd")), -1);
        assert_eq!(compare_invariant(&u("same"), &u("same")), 0);
        assert_eq!(compare_invariant(&u("1"), &u("a")), -1);
        assert_eq!(compare_invariant(&u(" "), &u("1")), -1);
    }

    #[test]
    fn index_of_searches_from_start() {
        let h = u("Hello, World");
        assert_eq!(index_of_units(&h, 'o' as u16, 0), 4);
        assert_eq!(index_of_units(&h, 'o' as u16, 5), 8);
        assert_eq!(index_of_units(&h, 'z' as u16, 0), -1);
        assert_eq!(index_of_units(&h, 'o' as u16, 12), -1);
    }
}
