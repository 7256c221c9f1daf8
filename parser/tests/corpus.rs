//! Every C# file of the workspace's test suite (tests/**/*.cs: programs
//! and errors) parses without diagnostics, except the syntax-error tests
//! tests/errors/CS1002*, CS1026*, CS1513* and the preprocessing directives'
//! (CS1024, CS1027-CS1032, CS1038, CS1517), which must report their own code.

use std::path::{Path, PathBuf};

use lexer::FileId;

fn cs_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            cs_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "cs") {
            out.push(p);
        }
    }
}

#[test]
fn test_suite_sources_parse() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests");
    let mut files = Vec::new();
    cs_files(&root, &mut files);
    files.sort();
    assert!(files.len() > 100, "found only {} files under {}", files.len(), root.display());
    let mut failures = Vec::new();
    for path in &files {
        let Ok(src) = std::fs::read_to_string(path) else { continue };
        let arena = bumpalo::Bump::new();
        let (_, diags) = parser::parse(&arena, FileId(0), &src);
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        let in_errors = path.parent().is_some_and(|p| p.ends_with("tests/errors"));
        // Syntax errors, and the preprocessing directives' (reported while lexing).
        let expected = ["CS1002", "CS1026", "CS1513", "CS0742", "CS1930", "CS0746", "CS1024", "CS1027", "CS1028", "CS1029", "CS1030", "CS1032", "CS1038", "CS1517", "CS0594"]
            .into_iter()
            .find(|c| in_errors && name.starts_with(c));
        match expected {
            Some(code) => {
                if !diags.iter().any(|d| d.code == code) {
                    failures.push(format!("{}: expected {code}, got {diags:?}", path.display()));
                }
            }
            None => {
                if let Some(d) = diags.first() {
                    failures.push(format!("{}: {} {} at {}", path.display(), d.code, d.message, d.span.start));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{} files; failures:\n{}", files.len(), failures.join("\n"));
}
