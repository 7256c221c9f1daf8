//! Snapshot tests: each `tests/snapshots/NAME.cs` is parsed and its dump
//! (diagnostics, then the tree) compared with `NAME.ast`. Run with
//! `SHARP_BLESS=1` to rewrite the expectations, then review the diff.

use std::path::Path;

use lexer::{FileId, LineIndex};

fn render(src: &str) -> String {
    let arena = bumpalo::Bump::new();
    let (unit, diags) = parser::parse(&arena, FileId(0), src);
    let index = LineIndex::new(src);
    let mut out = String::new();
    for d in &diags {
        let (line, col) = index.line_col(d.span.start);
        out.push_str(&format!("// {}:{} error {}: {}\n", line, col, d.code, d.message));
    }
    out.push_str(&parser::dump_ast(unit, src));
    out
}

#[test]
fn snapshots() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots");
    let bless = std::env::var_os("SHARP_BLESS").is_some();
    let mut failures = Vec::new();
    let mut entries: Vec<_> = std::fs::read_dir(&dir).expect("snapshot dir exists").flatten().collect();
    entries.sort_by_key(|e| e.path());
    for entry in entries {
        let path = entry.path();
        if path.extension().and_then(|e| e.to_str()) != Some("cs") {
            continue;
        }
        let src = std::fs::read_to_string(&path).expect("readable snapshot input");
        let actual = render(&src);
        let expected_path = path.with_extension("ast");
        if bless {
            std::fs::write(&expected_path, &actual).expect("writable snapshot");
            continue;
        }
        let expected = std::fs::read_to_string(&expected_path).unwrap_or_default();
        if expected != actual {
            failures.push(format!("{}:\n{}", path.display(), diff(&expected, &actual)));
        }
    }
    assert!(failures.is_empty(), "snapshot mismatches (SHARP_BLESS=1 to update):\n{}", failures.join("\n"));
}

/// The first differing lines, enough to see what changed.
fn diff(expected: &str, actual: &str) -> String {
    let e: Vec<_> = expected.lines().collect();
    let a: Vec<_> = actual.lines().collect();
    let first = e.iter().zip(&a).position(|(x, y)| x != y).unwrap_or(e.len().min(a.len()));
    let from = first.saturating_sub(3);
    let mut s = String::new();
    for l in e.iter().skip(from).take(8) {
        s.push_str(&format!("-{l}\n"));
    }
    for l in a.iter().skip(from).take(8) {
        s.push_str(&format!("+{l}\n"));
    }
    s
}
