//! Binding: turns the parser's AST into a typed bound tree.
//!
//! In: the ASTs of every source file, and the referenced assemblies'
//! metadata (the core library among them). Out: `Symbols` (every type and
//! member, source and imported), a `BoundProgram` (the method bodies) and
//! diagnostics with Roslyn's codes.
//!
//! Invariants: binding never stops at the first error; an expression that
//! cannot be bound gets the error type, which converts to everything and
//! suppresses further diagnostics about it, so one mistake is reported
//! once. Nothing about the core library is hard-coded: `Console`,
//! `String.Concat` and the rest are found by name in its metadata.

pub mod bind;
pub mod bound;
pub mod bound_walk;
pub mod constant;
pub mod declare;
pub mod dump;
pub mod flow;
pub mod generics;
pub mod import;
pub mod support;
pub mod types;

use lexer::Diagnostic;
use metadata::Image;
use parser::ast;

pub use bound::*;
pub use types::*;
pub use bind::MAX_NESTING;
pub use lexer::literal::Decimal;

/// What the compiled assembly will be: it decides whether a `Main` is
/// required.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OutputKind {
    Exe,
    Library,
}

/// The result of compiling: symbols, bodies, and every diagnostic. The
/// program is complete only when `diagnostics` holds no error.
pub struct Compilation {
    pub symbols: Symbols,
    pub program: BoundProgram,
    pub diagnostics: Vec<Diagnostic>,
    /// Names of the referenced assemblies, by `AsmId`.
    pub references: Vec<String>,
}

impl Compilation {
    pub fn has_errors(&self) -> bool {
        self.diagnostics
            .iter()
            .any(|d| d.severity == lexer::Severity::Error)
    }
}

/// Binds `units` against `references` (the core library first). `sources` are the units'
/// files (path and text, by `FileId`), for caller information.
pub fn compile(
    units: &[&ast::CompilationUnit<'_>],
    references: &[&Image],
    kind: OutputKind,
    sources: &[(&str, &str)],
) -> Compilation {
    let mut symbols = Symbols::new();
    symbols.source_files = sources.iter().map(|(path, text)| types::SourceLines::new(path, text)).collect();
    let mut diagnostics = Vec::new();
    let mut names = Vec::new();
    for (i, img) in references.iter().enumerate() {
        names.push(img.assembly_name().unwrap_or("?").to_string());
        if let Err(e) = import::import_assembly(&mut symbols, img, AsmId(i as u32)) {
            diagnostics.push(Diagnostic::error(
                "CS0009",
                lexer::Span::default(),
                format!(
                    "Metadata file '{}' could not be opened -- {}",
                    names[i], e.0
                ),
            ));
        }
    }
    // What the compiler writes as syntax (a record's members) lives as
    // long as the source's syntax it sits beside.
    let synthesized = bumpalo::Bump::new();
    let mut units = units.to_vec();
    units.extend(support::support_units(&symbols, &units, &synthesized));
    units.extend(declare::anonymous_types_unit(&mut symbols, &units, &synthesized));
    for u in &units {
        if !u.defines.is_empty() {
            symbols.defines.insert(u.span.file, u.defines.iter().map(|s| s.to_string()).collect());
        }
    }
    let mut decls = declare::declare(&mut symbols, &units, &synthesized, kind, &mut diagnostics);
    let program = bind::bind_bodies(&mut symbols, &mut decls, &mut diagnostics);
    // Syntax the compiler writes from one declaration (a record's
    // parameter type in its property, constructor, Equals…) is resolved
    // several times: the same mistake is reported once.
    let mut seen = rustc_hash::FxHashSet::default();
    diagnostics.retain(|d| seen.insert((d.code, d.span, d.message.clone())));
    Compilation {
        symbols,
        program,
        diagnostics,
        references: names,
    }
}
