//! Deeply nested and very long source compiles, or is reported as CS8078
//! ("An expression is too long or complex to compile"); it never
//! overflows the compiler's stack. These shapes once aborted the process
//! (5,000 nested parentheses, ternaries or blocks; a 100,000-term sum) or
//! took seconds to minutes (5,000 nested classes; a line past column
//! 65,535, which a Portable PDB cannot record).

use std::path::Path;

use driver::{SourceFile, compile_with_pdb};
use metadata::{Image, ModuleKind};

fn corlib() -> Image {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../stdlib/cs/System");
    let files: Vec<SourceFile> = tests::cs_files(&dir)
        .into_iter()
        .map(|p| SourceFile { name: p.display().to_string(), text: std::fs::read_to_string(&p).expect("readable") })
        .collect();
    let out = driver::compile(&files, &[], "mscorlib", ModuleKind::Dll);
    Image::parse(out.assembly.expect("the core library compiles")).expect("the core library reads back")
}

/// Compiles `text` as a program with a PDB; the error codes it reported.
fn codes(corlib: &Image, text: String) -> (bool, Vec<String>) {
    let files = [SourceFile { name: "deep.cs".into(), text }];
    let out = compile_with_pdb(&files, &[corlib], "deep", ModuleKind::Exe, "deep.pdb", &["deep.cs".into()], &[]);
    (out.assembly.is_some(), out.diagnostics.iter().map(|d| d.code.to_string()).collect())
}

fn main_with(body: &str) -> String {
    format!("class P {{ static void Main() {{ bool b = true; int x = 0; {body} System.Console.WriteLine(x + (b ? 1 : 0)); }} }}")
}

#[test]
fn deep_nesting_compiles() {
    let corlib = corlib();
    let n = 5_000;
    let shapes = [
        ("parentheses", main_with(&format!("x = {}1{};", "(".repeat(n), ")".repeat(n)))),
        ("ternaries", main_with(&format!("x = {}1{};", "b ? ".repeat(n), " : 0".repeat(n)))),
        ("blocks", main_with(&format!("{}x = 1;{}", "if (b) { ".repeat(n), " }".repeat(n)))),
        ("array initializers", main_with(&format!("var a = {}1{};", "new[] { ".repeat(n), " }".repeat(n)))),
        ("a 100,000-term sum", main_with(&format!("x = {};", vec!["1"; 100_000].join(" + ")))),
        ("nested classes", format!("{} class P {{ static void Main() {{ }} }} {}", "class C { ".repeat(n), "}".repeat(n))),
        ("a line past column 65,535", main_with(&format!("{}x = 1;", " ".repeat(70_000)))),
    ];
    for (what, text) in shapes {
        let (ok, codes) = codes(&corlib, text);
        assert!(ok && codes.is_empty(), "{what}: {codes:?}");
    }
}

#[test]
fn nesting_past_the_limit_is_cs8078() {
    let corlib = corlib();
    let n = semantic::MAX_NESTING as usize + 10;
    let (ok, codes) = codes(&corlib, main_with(&format!("x = {}1{};", "(".repeat(n), ")".repeat(n))));
    assert!(!ok);
    assert_eq!(codes, ["CS8078"]);
}
