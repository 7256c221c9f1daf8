//! In-process VM tests: captured stdout, `dump_clif`, and load/compile errors as `VmError`s.
//! Programs are compiled with Mono's mcs; without it each test prints "skipped: mcs not found".

use std::path::{Path, PathBuf};
use std::process::Command;

/// Compiles the core library and `src` with mcs into a fresh temp dir; None without mcs.
fn build(test: &str, src: &str) -> Option<(Vec<u8>, Vec<u8>)> {
    if Command::new("mcs").arg("--version").output().is_err() {
        println!("skipped: mcs not found");
        return None;
    }
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let dir = std::env::temp_dir().join(format!("sharp-vm-inproc-{}-{test}", std::process::id()));
    std::fs::create_dir_all(&dir).ok()?;
    let corlib = dir.join("mscorlib.dll");
    // Every source of the library, its namespaces' folders included.
    let cs: Vec<PathBuf> = tests::cs_files(&root.join("cs/System"));
    let ok = Command::new("mcs")
        .args(["-nostdlib", "-target:library", "-nowarn:626,649,169,414"])
        .arg(format!("-out:{}", corlib.display()))
        .args(&cs)
        .arg(root.join("tests/fixtures/mcs-extras.cs"))
        .status()
        .ok()?;
    assert!(ok.success(), "mcs failed on the core library");
    let prog = dir.join("prog.cs");
    std::fs::write(&prog, src).ok()?;
    let exe = dir.join("prog.exe");
    let out = Command::new("mcs")
        .args(["-nostdlib", "-nowarn:649,169,414,219,162"])
        .arg(format!("-r:{}", corlib.display()))
        .arg(format!("-out:{}", exe.display()))
        .arg(&prog)
        .output()
        .ok()?;
    assert!(
        out.status.success(),
        "mcs failed: {}",
        String::from_utf8_lossy(&out.stdout)
    );
    let r = (read(&corlib), read(&exe));
    let _ = std::fs::remove_dir_all(&dir);
    Some(r)
}

fn read(p: &Path) -> Vec<u8> {
    std::fs::read(p).unwrap_or_default()
}

fn vm(corlib: Vec<u8>, dump: bool) -> vm::Vm {
    let opts = vm::VmOptions {
        capture_stdout: true,
        dump_clif: dump,
        ..Default::default()
    };
    vm::Vm::new(corlib, stdlib::natives(), opts).expect("the VM starts")
}

#[test]
fn captures_stdout_and_returns_exit_code() {
    let src = r#"using System;
class P { static int Main() { Console.WriteLine("hi " + 6.ToString()); return 42; } }"#;
    let Some((corlib, exe)) = build("capture", src) else {
        return;
    };
    let mut vm = vm(corlib, false);
    let asm = vm.load(exe).expect("loads");
    assert_eq!(vm.run_main(asm, "inprocess", &[]).expect("runs"), 42);
    assert_eq!(String::from_utf8_lossy(vm.stdout()), "hi 6\n");
}

#[test]
fn dump_clif_prints_every_method() {
    let src = r#"using System;
class P { static int Twice(int x) { return x * 2; } static void Main() { Console.WriteLine(Twice(4)); } }"#;
    let Some((corlib, exe)) = build("dump", src) else {
        return;
    };
    let mut vm = vm(corlib, false);
    let asm = vm.load(exe).expect("loads");
    let text = vm.dump_clif(asm).expect("compiles");
    assert!(text.contains("; P::Twice(int32)"), "{text}");
    assert!(text.contains("imul"), "{text}");
    assert!(text.contains("; P::Main()"), "{text}");
}

#[test]
fn exceptions_are_caught_in_process() {
    // A throw, a VM-raised fault and a finally, all inside one run_main.
    let src = r#"using System;
class P {
    static int Main() {
        int n = 0;
        try { throw new InvalidOperationException("x"); }
        catch (InvalidOperationException e) { Console.WriteLine(e.Message); n++; }
        int[] a = new int[1];
        try { a[n] = 1; }
        catch (IndexOutOfRangeException) { n++; }
        finally { Console.WriteLine("finally"); }
        return n;
    }
}"#;
    let Some((corlib, exe)) = build("exceptions", src) else {
        return;
    };
    let mut vm = vm(corlib, false);
    let asm = vm.load(exe).expect("loads");
    assert_eq!(vm.run_main(asm, "inprocess", &[]).expect("runs"), 2);
    assert_eq!(String::from_utf8_lossy(vm.stdout()), "x\nfinally\n");
}

#[test]
fn missing_native_is_reported_at_bind_time() {
    let src = r#"using System;
class P { static void Main() { Console.WriteLine("x"); } }"#;
    let Some((corlib, exe)) = build("native", src) else {
        return;
    };
    let mut vm = vm::Vm::new(
        corlib,
        vm::NativeRegistry::new(),
        vm::VmOptions {
            capture_stdout: true,
            ..Default::default()
        },
    )
    .expect("the VM starts");
    let asm = vm.load(exe).expect("loads");
    // Main compiles; Console.WriteLine(string) binds its natives lazily, on its first call, which
    // happens from managed code: check the error by compiling everything up front instead.
    let err = vm
        .dump_clif(vm::AssemblyId(0))
        .expect_err("no native is registered")
        .to_string();
    // Whichever native the dump reaches first, the error names it by its key.
    assert!(
        err.contains("missing native method System.") && err.contains("(not registered)"),
        "{err}"
    );
    let _ = asm;
}

#[test]
fn garbage_is_a_bad_image() {
    let err = vm::Vm::new(vec![1, 2, 3], stdlib::natives(), vm::VmOptions::default())
        .err()
        .expect("rejected");
    assert!(err.to_string().contains("bad image"), "{err}");
}
