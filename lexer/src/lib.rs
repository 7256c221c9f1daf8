//! Lexing: C# source text to a vector of tokens with byte spans.
//!
//! In: one file's text. Out: `Vec<Token>` (trivia removed, the
//! disambiguation pass of `pass.rs` applied) and diagnostics. Invariants:
//! lexing never stops at a bad character or an unterminated literal — it
//! reports it (CS1056, CS1010, CS1012, CS1009, …) and goes on; token spans
//! are increasing, non-overlapping byte ranges into the source; no token of
//! kind `Removed` or trivia is returned. Literal values are decoded on demand
//! by `literal.rs`, which both the lexer (for diagnostics) and the parser use.
//! An interpolated string comes out split (`interp.rs`): `InterpStart`, text
//! and hole tokens with each hole's expression lexed as ordinary tokens, then
//! `InterpEnd` — so the parser parses holes with its one grammar.
//! Preprocessing directives are obeyed as they are met (`preprocess.rs`): a
//! section `#if` leaves out yields no tokens.

mod diagnostic;
mod dump;
mod interp;
pub mod literal;
mod pass;
mod patterns;
mod preprocess;
mod queries;
mod scan;
mod tuples;
mod token;

pub use diagnostic::{Diagnostic, FileId, LineIndex, Severity, Span};
pub use dump::dump_tokens;
pub use pass::disambiguate;
pub use token::{Token, TokenKind};

use logos::Logos;

/// Lexes one file and runs the disambiguation pass.
pub fn lex(file: FileId, src: &str) -> (Vec<Token>, Vec<Diagnostic>) {
    let (tokens, diags, _) = lex_with_symbols(file, src, &[]);
    (tokens, diags)
}

/// [`lex`] with `predefined` preprocessing symbols (the compiler's `-define`), also
/// returning the symbols defined at the file's end (sorted), which decide whether calls to
/// `[Conditional]` methods are compiled.
pub fn lex_with_symbols(file: FileId, src: &str, predefined: &[String]) -> (Vec<Token>, Vec<Diagnostic>, Vec<String>) {
    let mut sink = Sink { src, file, tokens: Vec::new(), diags: Vec::new(), interp_depth: 0, pp: preprocess::Preprocessor::with_symbols(predefined) };
    sink.lex_range(0, src.len(), false);
    sink.pp.finish(file, src.len(), &mut sink.diags);
    let symbols = sink.pp.symbols();
    let Sink { mut tokens, diags, .. } = sink;
    disambiguate(&mut tokens, src);
    tokens.retain(|t| t.kind != TokenKind::Removed);
    (tokens, diags, symbols)
}

/// Where lexing a hole of an interpolated string stopped (byte offsets).
enum Stop {
    /// At the hole's closing `}`.
    Close(usize),
    /// At the `:` that starts the hole's format.
    Format(usize),
    /// At the end of the range: the hole is not closed.
    End,
}

/// The tokens and diagnostics being collected for one file.
struct Sink<'s> {
    src: &'s str,
    file: FileId,
    tokens: Vec<Token>,
    diags: Vec<Diagnostic>,
    /// How many interpolated strings enclose the current position.
    interp_depth: usize,
    /// The preprocessing directives' state: defined symbols, open `#if` groups.
    pp: preprocess::Preprocessor,
}

impl Sink<'_> {
    fn span(&self, start: usize, end: usize) -> Span {
        Span { file: self.file, start: start as u32, end: end as u32 }
    }

    fn push(&mut self, kind: TokenKind, start: usize, end: usize) {
        let span = self.span(start, end);
        self.tokens.push(Token { kind, span });
    }

    /// Lexes `src[start..end]`. In a hole (`hole`), stops at the `}` or
    /// `:` that ends the hole's expression at bracket depth 0 (§12.8.3: a
    /// `:` there starts the format, so `?:` must be parenthesized).
    fn lex_range(&mut self, start: usize, end: usize, hole: bool) -> Stop {
        let src = self.src;
        let mut lexer = TokenKind::lexer(src.get(start..end).unwrap_or(""));
        let mut depth = 0usize;
        while let Some(result) = lexer.next() {
            let range = lexer.span();
            let (s, e) = (start + range.start, start + range.end);
            let span = self.span(s, e);
            let text = src.get(s..e).unwrap_or("");
            let kind = match result {
                Ok(kind) => kind,
                Err(()) => {
                    let ch = text.chars().next().unwrap_or('?');
                    self.diags.push(Diagnostic::error("CS1056", span, format!("Unexpected character '{ch}'")));
                    continue;
                }
            };
            if hole {
                match kind {
                    TokenKind::LParen | TokenKind::LBracket | TokenKind::LBrace => depth += 1,
                    TokenKind::RParen | TokenKind::RBracket => depth = depth.saturating_sub(1),
                    TokenKind::RBrace if depth == 0 => return Stop::Close(s),
                    TokenKind::RBrace => depth -= 1,
                    TokenKind::Colon if depth == 0 => return Stop::Format(s),
                    _ => {}
                }
            }
            if kind == TokenKind::InterpolatedStringLit {
                self.pp.seen_token = true;
                self.interpolated(s, e);
                continue;
            }
            if kind == TokenKind::Directive && !hole {
                self.pp.directive(text.trim_end_matches('\r'), span, &mut self.diags);
                if !self.pp.active() {
                    // A skipped section: not lexed, only read for the directive ending it.
                    let resume = self.pp.skip(src, e, self.file, &mut self.diags).min(end);
                    lexer.bump(resume - e);
                }
                continue;
            }
            check_literal(kind, text, span, &mut self.diags);
            if kind.is_trivia() {
                if kind == TokenKind::BlockComment && !text.ends_with("*/") || text == "/*/" {
                    self.diags.push(Diagnostic::error("CS1035", span, "End-of-file found, '*/' expected"));
                }
                continue;
            }
            self.pp.seen_token = true;
            self.tokens.push(Token { kind, span });
        }
        Stop::End
    }
}

/// Reports the problems inside a literal token (bad escapes, overflow, …).
fn check_literal(kind: TokenKind, text: &str, span: Span, diags: &mut Vec<Diagnostic>) {
    let problems = match kind {
        TokenKind::IntLit => literal::decode_int(text).2,
        TokenKind::RealLit => literal::decode_real(text).2,
        TokenKind::StringLit | TokenKind::VerbatimStringLit => literal::decode_string(text).1,
        TokenKind::CharLit => literal::decode_char(text).1,
        _ => return,
    };
    report_problems(problems, span, diags);
}

fn report_problems(problems: Vec<literal::LiteralProblem>, span: Span, diags: &mut Vec<Diagnostic>) {
    for (code, message, range) in problems {
        let sub = Span {
            file: span.file,
            start: span.start + range.start as u32,
            end: (span.start + range.end as u32).min(span.end),
        };
        diags.push(Diagnostic::error(code, sub, message));
    }
}
