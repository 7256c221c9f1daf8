//! Snapshot tests: each `tests/snapshots/NAME.cs` is parsed and its dump
//! (diagnostics, then the tree) compared with `NAME.ast` by expect-test.
//! Run with `UPDATE_EXPECT=1` to rewrite the expectations, then review
//! the diff.

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
    let mut entries: Vec<_> = std::fs::read_dir(&dir).expect("snapshot dir exists").flatten().map(|e| e.path()).collect();
    entries.sort();
    let mut failures = Vec::new();
    for path in entries.into_iter().filter(|p| p.extension().is_some_and(|e| e == "cs")) {
        let src = std::fs::read_to_string(&path).expect("readable snapshot input");
        let actual = render(&src);
        let expected = path.with_extension("ast");
        // expect-test prints the diff and panics; every file is still checked.
        if std::panic::catch_unwind(|| expect_test::expect_file![&expected].assert_eq(&actual)).is_err() {
            failures.push(expected.display().to_string());
        }
    }
    assert!(failures.is_empty(), "snapshot mismatches (UPDATE_EXPECT=1 rewrites them; review the diff):\n{}", failures.join("\n"));
}
