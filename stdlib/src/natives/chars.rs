//! `System.Char` natives: classification and case mapping of one UTF-16 unit.
//!
//! Latin-1 (U+0000–U+00FF) follows .NET's table exactly (CoreCLR's `Latin1CharInfo`, i.e. the
//! Unicode general categories). Beyond it Rust's Unicode properties stand in for the general
//! categories: `is_alphabetic` for L*, `is_numeric` for N*, and so on, which agree for the
//! scripts a program is likely to test. Surrogate units are never letters, digits or spaces.

use vm::object::VmContext;

/// The Unicode general-category group of a Latin-1 character, as .NET classifies it.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Latin1 {
    Upper,
    Lower,
    /// Lo: 'ª' and 'º'.
    OtherLetter,
    Digit,
    /// No: '²', '³', '¹', '¼', '½', '¾'.
    OtherNumber,
    Space,
    Control,
    Punctuation,
    Symbol,
}

/// The category of `c` < 256.
pub fn latin1(c: u8) -> Latin1 {
    use Latin1::*;
    match c {
        b'A'..=b'Z' | 0xC0..=0xD6 | 0xD8..=0xDE => Upper,
        b'a'..=b'z' | 0xB5 | 0xDF..=0xF6 | 0xF8..=0xFF => Lower,
        0xAA | 0xBA => OtherLetter,
        b'0'..=b'9' => Digit,
        0xB2 | 0xB3 | 0xB9 | 0xBC..=0xBE => OtherNumber,
        b' ' | 0xA0 => Space,
        0x00..=0x1F | 0x7F..=0x9F => Control,
        b'!' | b'"' | b'#' | b'%' | b'&' | b'\'' | b'(' | b')' | b'*' | b',' | b'-' | b'.'
        | b'/' | b':' | b';' | b'?' | b'@' | b'[' | b'\\' | b']' | b'_' | b'{' | b'}' | 0xA1
        | 0xA7 | 0xAB | 0xB6 | 0xB7 | 0xBB | 0xBF => Punctuation,
        // The rest are S*: $ + < = > ^ ` | ~ ¢ £ ¤ ¥ ¦ ¨ © ¬ ® ¯ ° ± ´ ¸ × ÷ — and U+00AD, the
        // soft hyphen (Cf), which `is_symbol` excludes.
        _ => Symbol,
    }
}

fn as_char(u: u16) -> Option<char> {
    char::from_u32(u as u32)
}

pub fn is_letter(u: u16) -> bool {
    if u < 256 {
        return matches!(
            latin1(u as u8),
            Latin1::Upper | Latin1::Lower | Latin1::OtherLetter
        );
    }
    as_char(u).is_some_and(char::is_alphabetic)
}

pub fn is_digit(u: u16) -> bool {
    if u < 256 {
        return latin1(u as u8) == Latin1::Digit;
    }
    // Nd: the decimal digits of other scripts come in runs of ten ending in a 9 whose
    // `to_digit` is unknown to Rust; `is_numeric` also admits No/Nl, an accepted approximation.
    as_char(u).is_some_and(char::is_numeric)
}

pub fn is_number(u: u16) -> bool {
    if u < 256 {
        return matches!(latin1(u as u8), Latin1::Digit | Latin1::OtherNumber);
    }
    as_char(u).is_some_and(char::is_numeric)
}

/// `Char.IsWhiteSpace`: Zs, Zl, Zp, U+0009–U+000D, U+0085 — exactly Unicode's White_Space.
pub fn is_white_space(u: u16) -> bool {
    as_char(u).is_some_and(char::is_whitespace)
}

pub fn is_upper(u: u16) -> bool {
    if u < 256 {
        return latin1(u as u8) == Latin1::Upper;
    }
    as_char(u).is_some_and(char::is_uppercase)
}

pub fn is_lower(u: u16) -> bool {
    if u < 256 {
        return latin1(u as u8) == Latin1::Lower;
    }
    as_char(u).is_some_and(char::is_lowercase)
}

pub fn is_control(u: u16) -> bool {
    as_char(u).is_some_and(char::is_control)
}

/// General punctuation (U+2010–U+2027, U+2030–U+205E) and CJK punctuation stand in for the
/// P* categories beyond Latin-1.
pub fn is_punctuation(u: u16) -> bool {
    if u < 256 {
        return latin1(u as u8) == Latin1::Punctuation;
    }
    matches!(u, 0x2010..=0x2027 | 0x2030..=0x2043 | 0x2045..=0x2051 | 0x2053..=0x205E
        | 0x3001..=0x3003 | 0x3008..=0x3011 | 0x3014..=0x301F)
}

pub fn is_symbol(u: u16) -> bool {
    if u < 256 {
        return latin1(u as u8) == Latin1::Symbol && u != 0xAD;
    }
    matches!(u, 0x20A0..=0x20C0 | 0x2100..=0x214F | 0x2190..=0x23FF | 0x2500..=0x27BF)
}

pub fn is_separator(u: u16) -> bool {
    u == 0x20
        || u == 0xA0
        || u == 0x1680
        || (0x2000..=0x200A).contains(&u)
        || u == 0x2028
        || u == 0x2029
        || u == 0x202F
        || u == 0x205F
        || u == 0x3000
}

/// Invariant upper case of one unit (a mapping that would change the length keeps the unit).
pub fn to_upper(u: u16) -> u16 {
    super::string::map_case(&[u], true)[0]
}

pub fn to_lower(u: u16) -> u16 {
    super::string::map_case(&[u], false)[0]
}

macro_rules! predicates {
    ($($name:ident => $f:path;)*) => {$(
        pub extern "C" fn $name(_ctx: *mut VmContext, c: u16) -> bool {
            $f(c)
        }
    )*};
}

predicates! {
    n_is_letter => is_letter;
    n_is_digit => is_digit;
    n_is_number => is_number;
    n_is_white_space => is_white_space;
    n_is_upper => is_upper;
    n_is_lower => is_lower;
    n_is_control => is_control;
    n_is_punctuation => is_punctuation;
    n_is_symbol => is_symbol;
    n_is_separator => is_separator;
}

pub extern "C" fn n_to_upper(ctx: *mut VmContext, c: u16) -> u16 {
    // SAFETY: the VM passes its live context.
    unsafe { vm::natives::guard(ctx, || to_upper(c)) }
}

pub extern "C" fn n_to_lower(ctx: *mut VmContext, c: u16) -> u16 {
    // SAFETY: the VM passes its live context.
    unsafe { vm::natives::guard(ctx, || to_lower(c)) }
}

/// Registers the Char natives (all `static`, one `char` parameter).
pub fn register(r: &mut vm::NativeRegistry) {
    let natives: &[(&str, *const u8)] = &[
        ("IsLetter", n_is_letter as *const u8),
        ("IsDigit", n_is_digit as *const u8),
        ("IsNumber", n_is_number as *const u8),
        ("IsWhiteSpace", n_is_white_space as *const u8),
        ("IsUpper", n_is_upper as *const u8),
        ("IsLower", n_is_lower as *const u8),
        ("IsControl", n_is_control as *const u8),
        ("IsPunctuation", n_is_punctuation as *const u8),
        ("IsSymbol", n_is_symbol as *const u8),
        ("IsSeparator", n_is_separator as *const u8),
        ("ToUpper", n_to_upper as *const u8),
        ("ToLower", n_to_lower as *const u8),
    ];
    for &(k, f) in natives {
        r.register(&format!("System.Char::{k}(char)"), f);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn u(c: char) -> u16 {
        c as u16
    }

    #[test]
    fn latin1_matches_dotnet() {
        assert!(is_letter(u('é')) && is_lower(u('é')) && !is_upper(u('é')));
        assert!(is_letter(u('ª')) && !is_lower(u('ª')));
        assert!(!is_digit(u('²')) && is_number(u('²')));
        assert!(is_punctuation(u('!')) && is_punctuation(u('¿')) && !is_punctuation(u('$')));
        assert!(is_symbol(u('$')) && is_symbol(u('+')) && is_symbol(u('×')));
        assert!(is_white_space(u('\t')) && is_white_space(0x85) && is_white_space(0xA0));
        assert!(!is_white_space(u('_')));
        assert!(is_lower(u('ß')) && is_upper(u('Þ')) && !is_letter(u('×')));
    }

    #[test]
    fn case_mapping() {
        assert_eq!(to_upper(u('b')), u('B'));
        assert_eq!(to_lower(u('Q')), u('q'));
        assert_eq!(to_upper(u('5')), u('5'));
        assert_eq!(to_upper(u('ÿ')), 0x178);
        assert_eq!(to_upper(u('ß')), u('ß'));
        assert_eq!(to_lower(0xD800), 0xD800);
    }

    #[test]
    fn beyond_latin1() {
        assert!(is_letter(u('Ж')) && is_upper(u('Ж')));
        assert!(is_white_space(0x2003) && is_separator(0x2003));
        assert!(is_punctuation(0x2014));
        assert!(!is_letter(0xD83D));
    }
}
