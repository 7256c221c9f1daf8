//! Reading ahead over tokens for the disambiguation passes: what kind a
//! token is, where a bracket closes, and how far a type reaches (a name
//! with type arguments, a tuple type, suffixes). The passes (`pass.rs`,
//! `tuples.rs`, `queries.rs`) all build on these and on nothing else.

use crate::token::{Token, TokenKind};
use TokenKind::*;

pub(crate) fn kind(tokens: &[Token], i: usize) -> Option<TokenKind> {
    tokens.get(i).map(|t| t.kind)
}

/// The index of the `close` token matching the `open` token at `at`, scanning forward;
/// None if a statement or block boundary comes first.
pub(crate) fn matching_close(tokens: &[Token], at: usize, open: TokenKind, close: TokenKind) -> Option<usize> {
    let mut depth = 0usize;
    for (j, t) in tokens.iter().enumerate().skip(at) {
        match t.kind {
            k if k == open => depth += 1,
            k if k == close => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return Some(j);
                }
            }
            Semi | LBrace | RBrace => return None,
            _ => {}
        }
    }
    None
}

/// Scans `< type, ... >` starting at the `<` at `i`. Returns the index after
/// the closing `>` and records every (open, close) pair, nested ones included.
pub(crate) fn scan_type_args(tokens: &[Token], i: usize, marks: &mut Vec<(usize, usize)>) -> Option<usize> {
    let mut k = i + 1;
    // Unbound generic `typeof(Dictionary<,>)`: only commas inside.
    while kind(tokens, k) == Some(Comma) {
        k += 1;
    }
    if matches!(kind(tokens, k), Some(Gt | GenericGt)) {
        marks.push((i, k));
        return Some(k + 1);
    }
    k = i + 1;
    loop {
        // `class C<[Attr] T>`: attributes on a type parameter.
        while kind(tokens, k) == Some(LBracket) {
            k = matching_close(tokens, k, LBracket, RBracket)? + 1;
        }
        // `interface I<out T>`: a variance annotation of a type parameter.
        if matches!(kind(tokens, k), Some(KwIn | KwOut)) && kind(tokens, k + 1) == Some(Ident) {
            k += 1;
        }
        k = scan_type(tokens, k, marks)?;
        match kind(tokens, k)? {
            Comma => k += 1,
            Gt | GenericGt => {
                marks.push((i, k));
                return Some(k + 1);
            }
            _ => return None,
        }
    }
}

/// Scans one type starting at `k`; returns the index after it. A tuple
/// type's parentheses are recorded in `marks` like type-argument lists.
pub(crate) fn scan_type(tokens: &[Token], k: usize, marks: &mut Vec<(usize, usize)>) -> Option<usize> {
    scan_type_nested(tokens, k, marks, 0)
}

/// Tuple types nest at most this deep: deeply nested parentheses are
/// expressions, and scanning each level again would be quadratic.
const MAX_TUPLE_NESTING: u32 = 8;

fn scan_type_nested(tokens: &[Token], mut k: usize, marks: &mut Vec<(usize, usize)>, tuples: u32) -> Option<usize> {
    let first = kind(tokens, k)?;
    if first.is_predefined_type() || first == KwVoid {
        k += 1;
    } else if matches!(first, LParen | TupleOpen) && tuples < MAX_TUPLE_NESTING {
        // A tuple type `(T1 a, T2 b, …)` has two elements or more.
        let open = k;
        let mut j = k + 1;
        let mut elements = 0;
        loop {
            j = scan_type_nested(tokens, j, marks, tuples + 1)?;
            if kind(tokens, j) == Some(Ident) {
                j += 1;
            }
            elements += 1;
            match kind(tokens, j)? {
                Comma => j += 1,
                RParen if elements >= 2 => break,
                _ => return None,
            }
        }
        marks.push((open, j));
        k = j + 1;
    } else if first == Ident {
        k += 1;
        loop {
            if matches!(kind(tokens, k), Some(Lt | GenericLt)) {
                k = scan_type_args(tokens, k, marks)?;
            }
            if matches!(kind(tokens, k), Some(Dot | ColonColon)) && kind(tokens, k + 1) == Some(Ident) {
                k += 2;
            } else {
                break;
            }
        }
    } else {
        return None;
    }
    // Suffixes: nullable, array ranks, pointers.
    loop {
        match kind(tokens, k) {
            Some(Question | NullableQ | Star) => k += 1,
            Some(LBracket) => {
                let mut j = k + 1;
                while kind(tokens, j) == Some(Comma) {
                    j += 1;
                }
                if kind(tokens, j) != Some(RBracket) {
                    break;
                }
                k = j + 1;
            }
            _ => break,
        }
    }
    Some(k)
}
