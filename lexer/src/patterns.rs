//! The part of the disambiguation pass that finds patterns (C# 9 spec,
//! §11): after `is`, after `case`, and before each arm's `=>` in a switch
//! expression `e switch { … }`. Inside a pattern the words `and`, `or`,
//! `not` and `when` are keywords (§6.4.4, contextual keywords) and a `(`
//! is a `PatternOpen`: it opens a parenthesized or positional pattern,
//! never a cast, a lambda's parameters (`(0, 0) => "FizzBuzz"` is an arm)
//! or an expression; the grammar then keeps patterns and expressions apart.
//!
//! A pattern ends at the first token, outside its own brackets, that no
//! pattern contains: `;`, `,`, `)`, `&&`, `?`, `=>`, `:` (a case label's
//! end) and the like, or `when`.

use crate::token::{Token, TokenKind};
use TokenKind::*;

pub(crate) fn patterns(tokens: &mut [Token], src: &str) {
    let text = |t: &Token| src.get(t.span.start as usize..t.span.end as usize).unwrap_or("");
    let mut inside = vec![false; tokens.len()];
    for i in 0..tokens.len() {
        match tokens[i].kind {
            KwIs => mark(tokens, src, i + 1, &mut inside),
            KwCase => mark(tokens, src, i + 1, &mut inside),
            KwSwitch if tokens.get(i + 1).is_some_and(|t| t.kind == LBrace) => {
                for start in arm_starts(tokens, i + 1) {
                    mark(tokens, src, start, &mut inside);
                }
            }
            _ => {}
        }
    }
    for i in 0..tokens.len() {
        if !inside[i] {
            continue;
        }
        let prev = i.checked_sub(1).map(|p| tokens[p].kind);
        let next = tokens.get(i + 1).map(|t| t.kind);
        match tokens[i].kind {
            LParen | LambdaOpen | CastOpen => tokens[i].kind = PatternOpen,
            Ident => {
                let word = text(&tokens[i]);
                let after_pattern = prev.is_some_and(ends_pattern);
                let before_pattern = next.is_some_and(starts_pattern);
                tokens[i].kind = match word {
                    "and" if after_pattern && before_pattern => PatAnd,
                    "or" if after_pattern && before_pattern => PatOr,
                    "not" if !after_pattern && before_pattern => Not,
                    _ => Ident,
                };
            }
            _ => {}
        }
    }
    // `when` just past a pattern: a case guard.
    for i in 1..tokens.len() {
        if tokens[i].kind == Ident && text(&tokens[i]) == "when" && inside[i - 1] && ends_pattern(tokens[i - 1].kind) {
            tokens[i].kind = When;
        }
    }
}

/// Marks the tokens of the pattern that starts at `start`.
fn mark(tokens: &[Token], src: &str, start: usize, inside: &mut [bool]) {
    let mut depth = 0usize;
    let mut j = start;
    while let Some(t) = tokens.get(j) {
        let k = t.kind;
        if depth == 0 {
            let word = src.get(t.span.start as usize..t.span.end as usize).unwrap_or("");
            let stop = match k {
                Semi | Comma | FatArrow | AmpAmp | PipePipe | Question | QuestionQuestion | EqEq | BangEq | Eq | RParen
                | RBracket | RBrace => true,
                // (A property pattern's `:` is inside its braces.)
                Colon => true,
                Ident => word == "when" && j > start && ends_pattern(tokens[j - 1].kind),
                _ => false,
            };
            if stop {
                return;
            }
        }
        // Type arguments' commas (`Dictionary<string, int> d`) are inside too.
        match k {
            LParen | CastOpen | LambdaOpen | LBracket | LBrace | GenericLt => depth += 1,
            RParen | RBracket | RBrace | GenericGt => depth = depth.saturating_sub(1),
            _ => {}
        }
        inside[j] = true;
        j += 1;
    }
}

/// The first token of each arm of the switch expression whose `{` is at
/// `open`: after the `{` and after each `,` between arms.
fn arm_starts(tokens: &[Token], open: usize) -> Vec<usize> {
    let mut starts = vec![open + 1];
    let mut depth = 0usize;
    for (j, t) in tokens.iter().enumerate().skip(open) {
        match t.kind {
            LParen | CastOpen | LambdaOpen | LBracket | LBrace | InterpHoleOpen | GenericLt => depth += 1,
            GenericGt => depth = depth.saturating_sub(1),
            RParen | RBracket | RBrace | InterpHoleClose => {
                depth -= 1;
                if depth == 0 {
                    break;
                }
            }
            Comma if depth == 1 => starts.push(j + 1),
            _ => {}
        }
    }
    starts
}

/// Whether a token can end a pattern (so `and`/`or` after it combine).
fn ends_pattern(k: TokenKind) -> bool {
    matches!(k, Ident | RParen | RBrace | RBracket | GenericGt | KwNull | KwTrue | KwFalse) || k.is_literal() || k.is_predefined_type()
}

/// Whether a token can start a pattern.
fn starts_pattern(k: TokenKind) -> bool {
    matches!(k, Ident | LParen | CastOpen | LambdaOpen | PatternOpen | LBrace | Lt | Gt | LtEq | GtEq | Minus | KwNull | KwTrue | KwFalse | Not)
        || k.is_literal()
        || k.is_predefined_type()
}
