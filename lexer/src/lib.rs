//! Lexing: C# source text to a vector of tokens with byte spans.
//!
//! In: one file's text. Out: `Vec<Token>` (trivia removed, the
//! disambiguation pass of `pass.rs` applied) and diagnostics. Invariants:
//! lexing never stops at a bad character or an unterminated literal — it
//! reports it (CS1056, CS1010, CS1012, CS1009, …) and goes on; token spans
//! are increasing, non-overlapping byte ranges into the source; no token of
//! kind `Removed` or trivia is returned. Literal values are decoded on demand
//! by `literal.rs`, which both the lexer (for diagnostics) and the parser use.

mod diagnostic;
mod dump;
pub mod literal;
mod pass;
mod token;

pub use diagnostic::{Diagnostic, FileId, LineIndex, Severity, Span};
pub use dump::dump_tokens;
pub use pass::disambiguate;
pub use token::{Token, TokenKind};

use logos::Logos;

/// Lexes one file and runs the disambiguation pass.
pub fn lex(file: FileId, src: &str) -> (Vec<Token>, Vec<Diagnostic>) {
    let mut tokens = Vec::new();
    let mut diags = Vec::new();
    let mut lexer = TokenKind::lexer(src);
    while let Some(result) = lexer.next() {
        let range = lexer.span();
        let span = Span { file, start: range.start as u32, end: range.end as u32 };
        let text = &src[range.clone()];
        let kind = match result {
            Ok(kind) => kind,
            Err(()) => {
                let ch = text.chars().next().unwrap_or('?');
                diags.push(Diagnostic::error("CS1056", span, format!("Unexpected character '{ch}'")));
                continue;
            }
        };
        check_literal(kind, text, span, &mut diags);
        if kind.is_trivia() {
            if kind == TokenKind::BlockComment && !text.ends_with("*/") || text == "/*/" {
                diags.push(Diagnostic::error("CS1035", span, "End-of-file found, '*/' expected"));
            }
            continue;
        }
        tokens.push(Token { kind, span });
    }
    disambiguate(&mut tokens, src);
    tokens.retain(|t| t.kind != TokenKind::Removed);
    (tokens, diags)
}

/// Reports the problems inside a literal token (bad escapes, overflow, …).
fn check_literal(kind: TokenKind, text: &str, span: Span, diags: &mut Vec<Diagnostic>) {
    let problems = match kind {
        TokenKind::IntLit => literal::decode_int(text).2,
        TokenKind::RealLit => literal::decode_real(text).2,
        TokenKind::StringLit | TokenKind::VerbatimStringLit => literal::decode_string(text).1,
        TokenKind::CharLit => literal::decode_char(text).1,
        TokenKind::InterpolatedStringLit => {
            let mut d = Diagnostic::error(
                "CS8026",
                span,
                "Feature 'interpolated strings' is not supported by Sharp yet",
            );
            d.notes.push("use string.Concat or `+` for now".to_string());
            diags.push(d);
            return;
        }
        _ => return,
    };
    for (code, message, range) in problems {
        let sub = Span {
            file: span.file,
            start: span.start + range.start as u32,
            end: (span.start + range.end as u32).min(span.end),
        };
        diags.push(Diagnostic::error(code, sub, message));
    }
}
