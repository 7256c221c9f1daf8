//! End-to-end programs: each `fixtures/*.cs` is compiled with Mono's `mcs` against the core
//! library (also compiled by mcs from `cs/`), run in Sharp's VM, and checked against its
//! `// expect: <line>` comments (stdout, in order), `// exit: N` (default 0), `// stderr: <text>`
//! (a line stderr must contain), `// args: a b c` and `// stdin: <text>` (with `\n`, `\r`, `\t`
//! escapes), read by the `tests` crate's `parse_expectations` like the end-to-end suite's
//! programs. A fixture marked `// corlib: stub` compiles and runs against the fixture core
//! library in `fixtures/corlib/` only: it uses API the VM implements before Sharp's own core
//! library declares it.
//!
//! Programs run in a child process (this same binary with `--child`): faults and stack overflow
//! end the process, as on .NET. Without mcs the suite says "skipped: mcs not found".

use std::path::{Path, PathBuf};
use std::process::Command;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.get(1).map(String::as_str) == Some("--child") {
        child(&args[2..]);
    }
    let filter = args.iter().skip(1).find(|a| !a.starts_with('-')).cloned();
    if Command::new("mcs").arg("--version").output().is_err() {
        println!("skipped: mcs not found");
        return;
    }
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let dir = std::env::temp_dir().join(format!("sharp-vm-programs-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("create temp dir");
    let corlib = dir.join("mscorlib.dll");
    // Every source of the library, its namespaces' folders included.
    let mut cs: Vec<PathBuf> = tests::cs_files(&root.join("cs/System"));
    cs.sort();
    let out = Command::new("mcs")
        .args([
            "-nostdlib",
            "-target:library",
            "-nowarn:626,649,169,414",
            "-unsafe",
        ])
        .arg(format!("-out:{}", corlib.display()))
        .args(&cs)
        .arg(root.join("tests/fixtures/mcs-extras.cs"))
        .output()
        .expect("run mcs");
    assert!(
        out.status.success(),
        "mcs failed on the core library:\n{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let stub_dir = dir.join("stub");
    std::fs::create_dir_all(&stub_dir).expect("create temp dir");
    let stub = stub_dir.join("mscorlib.dll");
    let mut stub_cs: Vec<PathBuf> = std::fs::read_dir(root.join("tests/fixtures/corlib"))
        .expect("read fixtures/corlib")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "cs"))
        .collect();
    stub_cs.sort();
    let out = Command::new("mcs")
        .args([
            "-nostdlib",
            "-target:library",
            "-nowarn:626,649,169,414,660,661,1718,824",
        ])
        .arg(format!("-out:{}", stub.display()))
        .args(&stub_cs)
        .output()
        .expect("run mcs");
    assert!(
        out.status.success(),
        "mcs failed on the fixture core library:\n{}",
        String::from_utf8_lossy(&out.stdout)
    );

    let mut fixtures: Vec<PathBuf> = std::fs::read_dir(root.join("tests/fixtures"))
        .expect("read fixtures")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "cs") && !p.ends_with("mcs-extras.cs"))
        .collect();
    fixtures.sort();
    let mut failed = Vec::new();
    let mut ran = 0;
    for f in &fixtures {
        let name = f
            .file_stem()
            .map(|s| s.to_string_lossy().to_string())
            .unwrap_or_default();
        if filter
            .as_ref()
            .is_some_and(|flt| !name.contains(flt.as_str()))
        {
            continue;
        }
        ran += 1;
        // Each program runs twice: on the mcs-built core library it was compiled against, and
        // on the one Sharp compiled (the embedded CORLIB, which `sharp run` uses). Stub
        // fixtures run once, on the fixture core library.
        let text = std::fs::read_to_string(f).unwrap_or_default();
        let result = if tests::parse_expectations(&text).corlib.as_deref() == Some("stub") {
            run_fixture(f, &stub, &dir, &stub.display().to_string())
        } else {
            run_fixture(f, &corlib, &dir, &corlib.display().to_string()).and_then(|()| {
                run_fixture(f, &corlib, &dir, "embedded")
                    .map_err(|e| format!("(embedded corlib) {e}"))
            })
        };
        match result {
            Ok(()) => println!("test {name} ... ok"),
            Err(e) => {
                println!("test {name} ... FAILED\n{e}\n");
                failed.push(name);
            }
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
    println!("\n{} passed, {} failed", ran - failed.len(), failed.len());
    if !failed.is_empty() {
        println!("failed: {}", failed.join(", "));
        std::process::exit(1);
    }
}

/// Runs one program in the VM with the real stdout and exits with its exit code.
fn child(args: &[String]) -> ! {
    // "embedded" runs against the core library Sharp itself compiled (stdlib::CORLIB).
    let corlib = if args[0] == "embedded" {
        stdlib::CORLIB.to_vec()
    } else {
        std::fs::read(&args[0]).expect("read corlib")
    };
    let exe = std::fs::read(&args[1]).expect("read program");
    let result = (|| {
        let mut vm = vm::Vm::new(corlib, stdlib::natives(), vm::VmOptions::default())?;
        let asm = vm.load(exe)?;
        vm.run_main(asm, &args[1], &args[2..])
    })();
    match result {
        Ok(code) => std::process::exit(code),
        Err(e) => {
            eprintln!("error: {e}");
            std::process::exit(2)
        }
    }
}

fn run_fixture(src: &Path, corlib: &Path, dir: &Path, run_corlib: &str) -> Result<(), String> {
    let text = std::fs::read_to_string(src).map_err(|e| e.to_string())?;
    let expect = tests::parse_expectations(&text);
    let exe = dir.join(
        src.with_extension("exe")
            .file_name()
            .ok_or("bad fixture name")?,
    );
    let out = Command::new("mcs")
        .args(["-nostdlib", "-nowarn:649,169,414,219"])
        .arg(format!("-r:{}", corlib.display()))
        .arg(format!("-out:{}", exe.display()))
        .arg(src)
        .output()
        .map_err(|e| e.to_string())?;
    if !out.status.success() {
        return Err(format!(
            "mcs failed:\n{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    let me = std::env::current_exe().map_err(|e| e.to_string())?;
    let mut child = Command::new(me)
        .arg("--child")
        .arg(run_corlib)
        .arg(&exe)
        .args(&expect.args)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .map_err(|e| e.to_string())?;
    if let Some(mut input) = child.stdin.take() {
        use std::io::Write;
        // The program may exit without reading: a broken pipe is fine.
        let _ = input.write_all(expect.stdin.as_bytes());
    }
    let run = child.wait_with_output().map_err(|e| e.to_string())?;
    let stdout = String::from_utf8_lossy(&run.stdout);
    let stderr = String::from_utf8_lossy(&run.stderr);
    let got: Vec<&str> = stdout.lines().collect();
    let want: Vec<&str> = expect.stdout.lines().collect();
    let code = run.status.code().unwrap_or(-1);
    let mut problems = Vec::new();
    if got != want {
        problems.push(format!(
            "stdout:\n  expected {want:?}\n  got      {got:?}"
        ));
    }
    if code != expect.exit {
        problems.push(format!(
            "exit code: expected {}, got {code} (signal: {:?})",
            expect.exit, run.status
        ));
    }
    for s in &expect.stderr {
        if !stderr.contains(s.as_str()) {
            problems.push(format!("stderr lacks {s:?}"));
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(format!("{}\nstderr: {stderr}", problems.join("\n")))
    }
}
