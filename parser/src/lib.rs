//! Parsing: C# source text to a syntax tree in a bumpalo arena.
//!
//! In: one file's text (lexed here with `lexer::lex`). Out: a
//! `CompilationUnit` allocated in the caller's arena and the diagnostics of
//! both lexing and parsing, sorted by position. Invariants: `parse` never
//! panics and never gives up — a syntax error becomes one Roslyn-style
//! diagnostic (CS1002, CS1513, CS1525, …) and an `Error` node, and parsing
//! resumes at the next statement or member (lalrpop `!` recovery). The
//! grammar (grammar.lalrpop) is LR(1) thanks to the lexer's
//! disambiguation pass; the AST shapes are in `ast.rs`.

pub mod ast;
mod builder;
mod dump;
mod errors;
pub(crate) mod query;

lalrpop_util::lalrpop_mod!(
    #[allow(clippy::all, unused)]
    grammar,
    "/grammar.rs"
);

use bumpalo::Bump;
use lexer::{Diagnostic, FileId};

pub use dump::{dump_ast, indent, type_text};

/// Lexes and parses one file. Always returns a tree: on an unrecoverable
/// error (such as a file cut off inside a class) the tree holds what could
/// be kept — possibly nothing — and the error is in the diagnostics.
pub fn parse<'a>(arena: &'a Bump, file: FileId, src: &'a str) -> (&'a ast::CompilationUnit<'a>, Vec<Diagnostic>) {
    parse_with_defines(arena, file, src, &[])
}

/// [`parse`] with preprocessing symbols defined from the start (the compiler's `-define`).
pub fn parse_with_defines<'a>(arena: &'a Bump, file: FileId, src: &'a str, predefined: &[String]) -> (&'a ast::CompilationUnit<'a>, Vec<Diagnostic>) {
    let (tokens, mut diags, defines) = lexer::lex_with_symbols(file, src, predefined);
    let mut b = builder::B::new(arena, src, file, tokens);
    b.defines = defines.iter().map(|s| &*arena.alloc_str(s)).collect();
    let input = b.tokens.iter().map(|t| (t.span.start as usize, t.kind, t.span.end as usize));
    let unit = match grammar::CompilationUnitParser::new().parse(&b, input) {
        Ok(unit) => unit,
        Err(e) => {
            errors::report(&b, &e);
            b.unit(Vec::new(), 0, src.len())
        }
    };
    diags.extend(b.diags.into_inner());
    diags.sort_by_key(|d| d.span.start);
    (unit, diags)
}
