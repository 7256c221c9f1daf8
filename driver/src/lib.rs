//! The whole compiler as one call: source text in, assembly bytes out.
//! The `sharp` CLI and the core library's build script both use it.

use lexer::{Diagnostic, FileId};
use metadata::{Image, ModuleKind};

use ilgen::debug::DebugOptions;
use ilgen::{EmitOptions, emit_assembly};

pub struct SourceFile {
    pub name: String,
    pub text: String,
}

pub struct Output {
    /// The assembly, when there were no errors.
    pub assembly: Option<Vec<u8>>,
    /// Its Portable PDB, when asked for ([`compile_with_pdb`]).
    pub pdb: Option<Vec<u8>>,
    pub diagnostics: Vec<Diagnostic>,
}

/// Lexes, parses, binds and emits `files` (file `i` has `FileId(i)`).
pub fn compile(
    files: &[SourceFile],
    references: &[&Image],
    assembly_name: &str,
    kind: ModuleKind,
) -> Output {
    compile_inner(files, references, assembly_name, kind, None, &[])
}

/// [`compile`], and a Portable PDB of the sequence points too. The
/// assembly records `pdb_path`; each document is named by `document_names`
/// (one per file; Roslyn records full paths).
pub fn compile_with_pdb(
    files: &[SourceFile],
    references: &[&Image],
    assembly_name: &str,
    kind: ModuleKind,
    pdb_path: &str,
    document_names: &[String],
    defines: &[String],
) -> Output {
    let debug = DebugOptions {
        pdb_path,
        documents: files
            .iter()
            .enumerate()
            .map(|(i, f)| {
                let name = document_names.get(i).unwrap_or(&f.name).clone();
                (name, f.text.as_str())
            })
            .collect(),
    };
    compile_inner(files, references, assembly_name, kind, Some(debug), defines)
}

/// The stack the compiler runs on. Its passes recurse over the syntax
/// tree, so deeply nested source needs a deep stack; the binder reports
/// CS8078 past `semantic::MAX_NESTING` levels, and this stack holds that
/// many in every pass with room to spare. It is reserved, not committed:
/// only the pages a program's nesting touches are used. An unoptimized
/// build's frames are several times larger, so it reserves more.
const COMPILER_STACK: usize = if cfg!(debug_assertions) { 8 << 30 } else { 1 << 30 };

fn compile_inner(
    files: &[SourceFile],
    references: &[&Image],
    assembly_name: &str,
    kind: ModuleKind,
    debug: Option<DebugOptions<'_>>,
    defines: &[String],
) -> Output {
    on_compiler_stack(|| compile_on_this_thread(files, references, assembly_name, kind, debug, defines))
}

/// Runs `work` on a thread with the compiler's deep stack and returns its
/// result; a panic in it goes on in the caller. Everything that walks a
/// syntax or bound tree runs through here (compiling, and the CLI's
/// `dump` of each phase).
pub fn on_compiler_stack<R: Send>(work: impl FnOnce() -> R + Send) -> R {
    let slot = std::sync::Mutex::new(Some(work));
    let take = || slot.lock().ok().and_then(|mut w| w.take());
    std::thread::scope(|s| {
        let worker = std::thread::Builder::new()
            .name("compiler".into())
            .stack_size(COMPILER_STACK)
            .spawn_scoped(s, || take().map(|w| w()));
        let done = match worker {
            Ok(w) => w.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
            Err(_) => None,
        };
        // No thread to be had (a process limit): the caller's stack is
        // all there is.
        done.or_else(|| take().map(|w| w())).expect("the compiler's work runs once")
    })
}

fn compile_on_this_thread(
    files: &[SourceFile],
    references: &[&Image],
    assembly_name: &str,
    kind: ModuleKind,
    debug: Option<DebugOptions<'_>>,
    defines: &[String],
) -> Output {
    let arena = bumpalo::Bump::new();
    let mut diagnostics = Vec::new();
    let mut units = Vec::new();
    for (i, f) in files.iter().enumerate() {
        let (unit, diags) = parser::parse_with_defines(&arena, FileId(i as u32), &f.text, defines);
        diagnostics.extend(diags);
        units.push(unit);
    }
    let out_kind = if kind == ModuleKind::Exe {
        semantic::OutputKind::Exe
    } else {
        semantic::OutputKind::Library
    };
    // Binding a tree with syntax errors would report their echoes again;
    // Roslyn binds anyway, but one root cause reported once is the rule.
    if diagnostics
        .iter()
        .any(|d| d.severity == lexer::Severity::Error)
    {
        return Output {
            assembly: None,
            pdb: None,
            diagnostics,
        };
    }
    // Caller information reports a file's full path, as csc does.
    let paths: Vec<String> = files.iter().map(|f| std::path::absolute(&f.name).map_or_else(|_| f.name.clone(), |p| p.display().to_string())).collect();
    let sources: Vec<(&str, &str)> = files.iter().zip(&paths).map(|(f, p)| (p.as_str(), f.text.as_str())).collect();
    let comp = semantic::compile(&units, references, out_kind, &sources);
    diagnostics.extend(comp.diagnostics.iter().cloned());
    if comp.has_errors() {
        return Output {
            assembly: None,
            pdb: None,
            diagnostics,
        };
    }
    match emit_assembly(
        &comp,
        &EmitOptions {
            assembly_name,
            kind,
            debug,
        },
    ) {
        Ok(out) => Output {
            assembly: Some(out.assembly),
            pdb: out.pdb,
            diagnostics,
        },
        Err(e) => {
            diagnostics.push(Diagnostic::error(
                "CS8000",
                lexer::Span::default(),
                format!("internal error while emitting: {e}"),
            ));
            Output {
                assembly: None,
                pdb: None,
                diagnostics,
            }
        }
    }
}

/// Binds `files` and returns the bound tree as text (`sharp dump bound`).
pub fn dump_bound(files: &[SourceFile], references: &[&Image]) -> (String, Vec<Diagnostic>) {
    on_compiler_stack(|| dump_bound_on_this_thread(files, references))
}

fn dump_bound_on_this_thread(files: &[SourceFile], references: &[&Image]) -> (String, Vec<Diagnostic>) {
    let arena = bumpalo::Bump::new();
    let mut diagnostics = Vec::new();
    let mut units = Vec::new();
    for (i, f) in files.iter().enumerate() {
        let (unit, diags) = parser::parse(&arena, FileId(i as u32), &f.text);
        diagnostics.extend(diags);
        units.push(unit);
    }
    let sources: Vec<(&str, &str)> = files.iter().map(|f| (f.name.as_str(), f.text.as_str())).collect();
    let comp = semantic::compile(&units, references, semantic::OutputKind::Library, &sources);
    diagnostics.extend(comp.diagnostics.iter().cloned());
    (
        semantic::dump::dump_program(&comp.symbols, &comp.program),
        diagnostics,
    )
}
