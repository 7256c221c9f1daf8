//! The disambiguation pass: looks ahead over the token vector the way Mono's
//! mcs tokenizer does, and rewrites tokens so the grammar stays LR(1).
//!
//! - `<` that opens a type-argument list becomes `GenericLt`, its `>`
//!   `GenericGt` (C# spec §6.2.5, "grammar ambiguities": the list is kept
//!   when the token after `>` is one of `( ) ] } : ; , . ? == != | ^ && || & [`;
//!   we also keep it before an identifier, `{` and `this`, which is what
//!   declarations such as `List<int> x` need).
//! - Two adjacent `>` that do not close type arguments merge into `GtGt`
//!   (`>` and `>=` into `GtGtEq`); the second token becomes `Removed`.
//! - `?` after a type becomes `NullableQ` (`int? x`, `(T?)y`, `List<int?>`).
//! - `(` becomes `LambdaOpen` when its `)` is followed by `=>`, and
//!   `CastOpen` when it encloses a type and the token after `)` can start a
//!   unary expression (§12.9.7): a predefined type is always a cast;
//!   otherwise the next token must be an identifier, a literal, `(`, `!`,
//!   `~` or an expression keyword, so `(a) - b` stays a parenthesized
//!   expression.
//! - The contextual keywords `partial`, `async` and `where` become tokens
//!   where they are in modifier / constraint position, and `[` before
//!   `assembly:` / `module:` becomes `GlobalAttrOpen`.

use crate::token::{Token, TokenKind};
use TokenKind::*;

/// Runs the whole pass over `tokens` in place. Tokens merged away become
/// `Removed`; `lex` drops them.
pub fn disambiguate(tokens: &mut [Token], src: &str) {
    generics(tokens);
    shifts(tokens);
    nullable(tokens);
    parens(tokens);
    contextual(tokens, src);
}

fn kind(tokens: &[Token], i: usize) -> Option<TokenKind> {
    tokens.get(i).map(|t| t.kind)
}

fn generics(tokens: &mut [Token]) {
    let mut marks = Vec::new();
    for i in 1..tokens.len() {
        if tokens[i].kind != Lt || tokens[i - 1].kind != Ident {
            continue;
        }
        marks.clear();
        let Some(after) = scan_type_args(tokens, i, &mut marks) else { continue };
        let keep = match kind(tokens, after) {
            None => true,
            Some(k) => matches!(
                k,
                LParen | RParen | RBracket | RBrace | Colon | Semi | Comma | Dot | Question | EqEq | BangEq
                    | Pipe | Caret | AmpAmp | PipePipe | Amp | LBracket | Ident | LBrace | KwThis
                    | GenericGt | Gt | FatArrow
            ),
        };
        if keep {
            for &(lt, gt) in &marks {
                tokens[lt].kind = GenericLt;
                tokens[gt].kind = GenericGt;
            }
        }
    }
}

/// Scans `< type, ... >` starting at the `<` at `i`. Returns the index after
/// the closing `>` and records every (open, close) pair, nested ones included.
fn scan_type_args(tokens: &[Token], i: usize, marks: &mut Vec<(usize, usize)>) -> Option<usize> {
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

/// Scans one type starting at `k`; returns the index after it.
fn scan_type(tokens: &[Token], mut k: usize, marks: &mut Vec<(usize, usize)>) -> Option<usize> {
    let first = kind(tokens, k)?;
    if first.is_predefined_type() || first == KwVoid {
        k += 1;
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

/// Merges adjacent `>` `>` into `>>` and `>` `>=` into `>>=`.
fn shifts(tokens: &mut [Token]) {
    for i in 0..tokens.len().saturating_sub(1) {
        if tokens[i].kind != Gt || tokens[i].span.end != tokens[i + 1].span.start {
            continue;
        }
        let merged = match tokens[i + 1].kind {
            Gt => GtGt,
            GtEq => GtGtEq,
            _ => continue,
        };
        tokens[i].kind = merged;
        tokens[i].span.end = tokens[i + 1].span.end;
        tokens[i + 1].kind = Removed;
    }
}

fn nullable(tokens: &mut [Token]) {
    for i in 1..tokens.len() {
        if tokens[i].kind != Question {
            continue;
        }
        let prev = tokens[i - 1].kind;
        if !(prev == Ident || prev == GenericGt || prev.is_predefined_type()) {
            continue;
        }
        let next = kind(tokens, i + 1);
        let is_type = match next {
            None => false,
            Some(RParen | Comma | GenericGt | Gt | LBracket | Semi | KwThis) => true,
            Some(Ident) => matches!(
                kind(tokens, i + 2),
                Some(Eq | Semi | Comma | RParen | KwIn | LBrace | FatArrow | LParen | GenericLt)
            ),
            _ => false,
        };
        if is_type {
            tokens[i].kind = NullableQ;
        }
    }
}

fn matching_paren(tokens: &[Token], open: usize) -> Option<usize> {
    let mut depth = 0usize;
    for (j, t) in tokens.iter().enumerate().skip(open) {
        match t.kind {
            LParen | CastOpen | LambdaOpen => depth += 1,
            RParen => {
                depth -= 1;
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

/// Keywords that can start a unary expression, so `(T)` before them is a cast.
fn starts_expression_keyword(k: TokenKind) -> bool {
    k.is_predefined_type()
        || matches!(
            k,
            KwThis | KwBase | KwNew | KwTypeof | KwDefault | KwChecked | KwUnchecked | KwTrue | KwFalse
                | KwNull | KwSizeof | KwDelegate
        )
}

fn parens(tokens: &mut [Token]) {
    // The `)` of each cast found so far: `(A)(B)x` casts twice.
    let mut cast_closers = Vec::new();
    for i in 0..tokens.len() {
        if tokens[i].kind != LParen {
            continue;
        }
        let Some(close) = matching_paren(tokens, i) else { continue };
        // A cast or lambda `(` never follows something that ends an operand
        // or a keyword that takes its own parenthesis (`if (`, `typeof (`),
        // nor a method name (`int F(int n) => ...` is not a lambda).
        let expression_position = match i.checked_sub(1).map(|p| tokens[p].kind) {
            None => true,
            Some(RParen) if cast_closers.last() == Some(&(i - 1)) => true,
            Some(p) => {
                if matches!(p, Ident | RParen | RBracket | GenericGt) || p.is_literal() {
                    false
                } else if p.is_keyword() {
                    matches!(p, KwReturn | KwThrow | KwIn | KwCase | KwElse | KwDo)
                } else {
                    !matches!(p, Partial | Async | Where)
                }
            }
        };
        if !expression_position {
            continue;
        }
        if kind(tokens, close + 1) == Some(FatArrow) {
            tokens[i].kind = LambdaOpen;
            continue;
        }
        let mut marks = Vec::new();
        if scan_type(tokens, i + 1, &mut marks) != Some(close) {
            continue;
        }
        let predefined = tokens[i + 1].kind.is_predefined_type();
        let next = kind(tokens, close + 1);
        let cast = predefined
            || match next {
                None => false,
                Some(k) => {
                    matches!(k, Ident | LParen | CastOpen | LambdaOpen | Bang | Tilde)
                        || k.is_literal()
                        || starts_expression_keyword(k)
                }
            };
        if cast {
            tokens[i].kind = CastOpen;
            cast_closers.push(close);
        }
    }
}

fn contextual(tokens: &mut [Token], src: &str) {
    let text = |t: &Token| src.get(t.span.start as usize..t.span.end as usize).unwrap_or("");
    for i in 0..tokens.len() {
        if tokens[i].kind == LBracket
            && kind(tokens, i + 1) == Some(Ident)
            && kind(tokens, i + 2) == Some(Colon)
            && matches!(tokens.get(i + 1).map(text), Some("assembly" | "module"))
        {
            tokens[i].kind = GlobalAttrOpen;
            continue;
        }
        if tokens[i].kind != Ident {
            continue;
        }
        let next = kind(tokens, i + 1);
        let next2 = kind(tokens, i + 2);
        match text(&tokens[i]) {
            "partial" => {
                if matches!(next, Some(KwClass | KwStruct | KwInterface | KwVoid | KwEnum)) {
                    tokens[i].kind = Partial;
                }
            }
            "async" => {
                let modifier_follows = match next {
                    Some(KwVoid | KwStatic | KwPublic | KwPrivate | KwProtected | KwInternal | KwOverride
                        | KwVirtual | KwSealed | KwAbstract | KwUnsafe | KwExtern | KwNew) => true,
                    Some(k) if k.is_predefined_type() => true,
                    Some(Ident) => matches!(next2, Some(Ident | GenericLt | Dot | NullableQ | LBracket)),
                    _ => false,
                };
                if modifier_follows {
                    tokens[i].kind = Async;
                }
            }
            "where" => {
                let prev = i.checked_sub(1).map(|p| tokens[p].kind);
                if matches!(prev, Some(RParen | GenericGt | Ident)) && next == Some(Ident) && next2 == Some(Colon) {
                    tokens[i].kind = Where;
                }
            }
            _ => {}
        }
    }
}
