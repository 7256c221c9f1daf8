//! The compiler end to end without the VM: the core library compiles
//! from `stdlib/cs`, a program compiles against it, and the program's
//! assembly reads back and passes peverify / runs on Mono when present.

use std::path::Path;

use driver::{SourceFile, compile};
use metadata::{Image, ModuleKind};

fn corlib_sources() -> Vec<SourceFile> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../stdlib/cs/System");
    tests::cs_files(&dir)
        .into_iter()
        .map(|p| SourceFile {
            name: p.display().to_string(),
            text: std::fs::read_to_string(&p).expect("readable"),
        })
        .collect()
}

fn build_corlib() -> Image {
    let out = compile(&corlib_sources(), &[], "mscorlib", ModuleKind::Dll);
    for d in &out.diagnostics {
        eprintln!("{} {} {:?}", d.code, d.message, d.span);
    }
    Image::parse(out.assembly.expect("the core library compiles"))
        .expect("the core library reads back")
}

const PROGRAM: &str = r#"
using System;

class Program
{
    static int Fib(int n) { return n < 2 ? n : Fib(n - 1) + Fib(n - 2); }

    static int Main()
    {
        int total = 0;
        for (int i = 0; i < 10; i++)
        {
            if (i % 2 == 0) continue;
            total += i * i;
        }
        while (total > 100) total -= 7;
        bool big = total > 50 && !(total == 60);
        Console.WriteLine("total = " + total);
        Console.WriteLine(big);
        Console.Write(Fib(20));
        Console.WriteLine();
        return total % 3;
    }
}
"#;

#[test]
fn issue_example_compiles_and_runs_on_mono() {
    let corlib = build_corlib();
    let out = compile(
        &[SourceFile {
            name: "p.cs".into(),
            text: PROGRAM.into(),
        }],
        &[&corlib],
        "pipeline",
        ModuleKind::Exe,
    );
    for d in &out.diagnostics {
        eprintln!("{} {} {:?}", d.code, d.message, d.span);
    }
    let bytes = out.assembly.expect("the program compiles");
    let img = Image::parse(bytes.clone()).expect("reads back");
    let text = metadata::disassemble(&img).expect("disassembles");
    assert!(text.contains("Fib"), "{text}");
    let dir = std::env::temp_dir().join(format!("sharp-pipeline-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let exe = dir.join("pipeline.exe");
    std::fs::write(&exe, &bytes).expect("write exe");
    if let Ok(v) = std::process::Command::new("peverify").arg(&exe).output() {
        assert!(
            v.status.success() && v.stdout.is_empty(),
            "peverify: {}",
            String::from_utf8_lossy(&v.stdout)
        );
    }
    if let Ok(m) = std::process::Command::new("mono").arg(&exe).output() {
        assert_eq!(
            String::from_utf8_lossy(&m.stdout),
            "total = 95\nTrue\n6765\n"
        );
        assert_eq!(m.status.code(), Some(2));
    }
    if std::env::var_os("SHARP_KEEP").is_some() {
        eprintln!("{text}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}
