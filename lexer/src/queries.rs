//! The part of the disambiguation pass that finds query expressions
//! (C# spec §12.20): `from` followed by an identifier (or a type and an
//! identifier) and `in` starts one, and inside it, outside nested
//! brackets, the contextual keywords `where`, `select`, `group`, `by`,
//! `orderby`, `ascending`, `descending`, `let`, `join`, `on`, `equals`
//! and `into` become tokens (§6.4.4), unless they follow a `.`. The query
//! reaches to the `;` or the closing bracket that ends its expression.

use crate::scan::{kind, scan_type};
use crate::token::{Token, TokenKind};
use TokenKind::*;

pub(crate) fn queries(tokens: &mut [Token], src: &str) {
    let text = |t: &Token| src.get(t.span.start as usize..t.span.end as usize).unwrap_or("").to_string();
    for i in 0..tokens.len() {
        if tokens[i].kind != Ident || text(&tokens[i]) != "from" || !starts_query(tokens, i + 1) {
            continue;
        }
        tokens[i].kind = From;
        let mut depth = 0usize;
        let mut j = i + 1;
        while j < tokens.len() {
            match tokens[j].kind {
                LParen | CastOpen | LambdaOpen | TupleOpen | LBracket | LBrace | InterpHoleOpen => depth += 1,
                RParen | RBracket | RBrace | InterpHoleClose => {
                    if depth == 0 {
                        break;
                    }
                    depth -= 1;
                }
                Semi if depth == 0 => break,
                Ident if depth == 0 && !(j > 0 && tokens[j - 1].kind == Dot) => {
                    let keyword = match text(&tokens[j]).as_str() {
                        "from" if starts_query(tokens, j + 1) => Some(From),
                        "where" => Some(Where),
                        "select" => Some(Select),
                        "group" => Some(Group),
                        "by" => Some(By),
                        "orderby" => Some(OrderBy),
                        "ascending" => Some(Ascending),
                        "descending" => Some(Descending),
                        "let" => Some(Let),
                        "join" => Some(Join),
                        "on" => Some(On),
                        "equals" => Some(Equals),
                        "into" => Some(Into),
                        _ => None,
                    };
                    if let Some(k) = keyword {
                        tokens[j].kind = k;
                    }
                }
                _ => {}
            }
            j += 1;
        }
    }
}

/// Whether `x in` or `T x in` starts at `k` (what follows `from`, §12.20.1).
fn starts_query(tokens: &[Token], k: usize) -> bool {
    if kind(tokens, k) == Some(Ident) && kind(tokens, k + 1) == Some(KwIn) {
        return true;
    }
    let mut marks = Vec::new();
    scan_type(tokens, k, &mut marks).is_some_and(|after| kind(tokens, after) == Some(Ident) && kind(tokens, after + 1) == Some(KwIn))
}
