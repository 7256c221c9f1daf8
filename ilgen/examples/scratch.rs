// Development aid (not committed): compile FILE.cs against a corlib built
// from stdlib/cs, write OUT.exe.
use ilgen::driver::{compile, SourceFile};
use metadata::{Image, ModuleKind};
fn collect(dir: &std::path::Path, out: &mut Vec<SourceFile>) {
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() { collect(&p, out) } else if p.extension().is_some_and(|e| e == "cs") {
            out.push(SourceFile { name: p.display().to_string(), text: std::fs::read_to_string(&p).unwrap() });
        }
    }
}
fn main() {
    let args: Vec<String> = std::env::args().collect();
    let mut cs = Vec::new();
    collect(std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../stdlib/cs")), &mut cs);
    let out = compile(&cs, &[], "mscorlib", ModuleKind::Dll);
    for d in &out.diagnostics { eprintln!("corlib: {} {} {:?}", d.code, d.message, d.span); }
    let corlib = Image::parse(out.assembly.unwrap()).unwrap();
    let src = vec![SourceFile { name: args[1].clone(), text: std::fs::read_to_string(&args[1]).unwrap() }];
    let stem = std::path::Path::new(&args[2]).file_stem().unwrap().to_string_lossy().to_string();
    let out = compile(&src, &[&corlib], &stem, ModuleKind::Exe);
    for d in &out.diagnostics {
        let (l, c) = lexer::LineIndex::new(&src[0].text).line_col(d.span.start);
        eprintln!("{}:{l}:{c}: {} {}", args[1], d.code, d.message);
    }
    if let Some(b) = out.assembly { std::fs::write(&args[2], b).unwrap(); }
}
