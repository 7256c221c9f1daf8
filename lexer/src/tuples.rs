//! The part of the disambiguation pass that finds tuple types (C# 7):
//! `(int, string) t`, `List<(int x, int y)>`, `(int a, int b) M()`.
//! A parenthesized list of two types or more (each optionally named) is
//! a tuple type, rather than a tuple literal or a deconstruction, where
//! only a type can stand: inside type arguments, after a cast's `(`, or
//! before a declared name or an array rank, and never right after a name
//! (that is a parameter list, which looks the same). Its `(`, and those
//! of the tuple types nested in it, become `TupleOpen`.

use crate::scan::{kind, scan_type};
use crate::token::{Token, TokenKind};
use TokenKind::*;

pub(crate) fn tuple_types(tokens: &mut [Token]) {
    // The innermost open bracket at each token, to know a `,` inside
    // type arguments from one between arguments.
    let mut open: Vec<TokenKind> = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let k = tokens[i].kind;
        if k == LParen {
            let mut marks = Vec::new();
            if let Some(after) = scan_type(tokens, i, &mut marks).filter(|_| marks.iter().any(|&(o, _)| o == i)) {
                let prev = i.checked_sub(1).map(|p| tokens[p].kind);
                // After a name it is a parameter list (`M(int a, int b)`).
                let after_name = matches!(prev, Some(Ident | GenericGt | RParen | RBracket | Dot | KwThis | KwBase));
                let in_type_args = prev == Some(GenericLt) || (prev == Some(Comma) && open.last() == Some(&GenericLt)) || prev == Some(CastOpen);
                // `new (int, int)[2]`, `new (int, int)[] { … }`: arrays of
                // tuples (the type scan takes in an empty rank).
                let new_array = prev == Some(KwNew) && matches!(kind(tokens, after), Some(LBracket | LBrace));
                let declares = new_array || match kind(tokens, after) {
                    Some(Ident) => true,
                    Some(LBracket) => matches!(kind(tokens, after + 1), Some(RBracket | Comma)),
                    Some(Question | NullableQ) => kind(tokens, after + 1) == Some(Ident),
                    _ => false,
                };
                if !after_name && (in_type_args || declares) {
                    for &(o, _) in &marks {
                        if matches!(tokens[o].kind, LParen | TupleOpen) {
                            tokens[o].kind = TupleOpen;
                        }
                    }
                    if kind(tokens, after) == Some(Question) {
                        tokens[after].kind = NullableQ;
                    }
                    // `(int, int)? x`: the type scan took the `?` in.
                    if let Some(&(_, close)) = marks.iter().find(|&&(o, _)| o == i)
                        && kind(tokens, close + 1) == Some(Question)
                    {
                        tokens[close + 1].kind = NullableQ;
                    }
                }
            }
        }
        match tokens[i].kind {
            LParen | CastOpen | LambdaOpen | TupleOpen | LBracket | LBrace | GenericLt => open.push(tokens[i].kind),
            RParen | RBracket | RBrace | GenericGt => {
                open.pop();
            }
            _ => {}
        }
        i += 1;
    }
}
