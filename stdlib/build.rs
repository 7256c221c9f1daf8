//! Compiles the core library (`cs/**/*.cs`) with Sharp's own compiler
//! into `$OUT_DIR/mscorlib.dll`, which `lib.rs` embeds — as CoreCLR builds
//! System.Private.CoreLib with its own C# compiler.

use std::path::{Path, PathBuf};

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            collect(&p, out);
        } else if p.extension().is_some_and(|e| e == "cs") {
            out.push(p);
        }
    }
}

/// 1-based line and column of a byte offset.
fn line_col(text: &str, offset: u32) -> (usize, usize) {
    let before = &text[..(offset as usize).min(text.len())];
    let line = before.matches('\n').count() + 1;
    let col = before.len() - before.rfind('\n').map(|i| i + 1).unwrap_or(0) + 1;
    (line, col)
}

fn main() {
    let root =
        PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let cs = root.join("cs");
    println!("cargo:rerun-if-changed={}", cs.display());
    let mut paths = Vec::new();
    collect(&cs, &mut paths);
    let files: Vec<driver::SourceFile> = paths
        .iter()
        .map(|p| {
            println!("cargo:rerun-if-changed={}", p.display());
            driver::SourceFile {
                name: p.strip_prefix(&root).unwrap_or(p).display().to_string(),
                text: std::fs::read_to_string(p)
                    .unwrap_or_else(|e| panic!("reading {}: {e}", p.display())),
            }
        })
        .collect();
    let out = driver::compile(&files, &[], "mscorlib", metadata::ModuleKind::Dll);
    for d in &out.diagnostics {
        let file = &files[d.span.file.0 as usize];
        let (line, col) = line_col(&file.text, d.span.start);
        eprintln!(
            "{}({line},{col}): error {}: {}",
            file.name, d.code, d.message
        );
    }
    let Some(bytes) = out.assembly else {
        eprintln!("the core library failed to compile");
        std::process::exit(1);
    };
    let dest =
        PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("mscorlib.dll");
    std::fs::write(&dest, bytes).unwrap_or_else(|e| panic!("writing {}: {e}", dest.display()));
}
