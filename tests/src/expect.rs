//! One test: reading its expectations, running it, comparing.

use std::path::Path;
use std::process::{Command, Output};

use crate::Runtimes;

/// What a program test expects, read from its comments: the one reader
/// of `// expect:` and its kin, for this suite and for
/// `stdlib/tests/programs.rs`'s fixtures. Each suite uses the fields it
/// supports.
#[derive(Debug, Default)]
pub struct Expectations {
    /// `// expect: text` lines, each ending in `\n`; a bare `// expect:`
    /// is an empty line of output.
    pub stdout: String,
    /// `// exit: N`; 0 when absent.
    pub exit: i32,
    /// `// args: a b`: the program's arguments.
    pub args: Vec<String>,
    /// `// define: A B`: preprocessing symbols the compiler defines (`-d`, mcs's `-define:`).
    pub defines: Vec<String>,
    /// `// stderr: text`: text stderr must contain, one entry a line.
    pub stderr: Vec<String>,
    /// `// stdin: text`: the program's standard input, with `\n`, `\r`
    /// and `\t` escapes.
    pub stdin: String,
    /// `// corlib: NAME`: the core library the program runs against
    /// (stdlib's fixtures: `stub` for the fixture core library).
    pub corlib: Option<String>,
    /// Set by `// mono-differs: why`: Mono's output is not compared.
    pub mono_differs: bool,
    /// `// mcs-differs: why`: mcs compiles the program to different behaviour (its own
    /// reading of the language), so its build is not run in Sharp's VM.
    pub mcs_differs: bool,
    /// `// hand-checked: …`: C# 8/9 that mcs does not compile.
    pub hand_checked: bool,
    /// `// mono-lacks: API`: the program uses a .NET Core API Mono 6.8's
    /// libraries do not have, so neither peverify (which resolves
    /// against them) nor Mono can run it; CoreCLR still does.
    pub mono_lacks: bool,
    /// `// throws: System.X`: the program ends with this unhandled
    /// exception. Runtimes word the report and pick the exit code
    /// differently (Mono exits 1, .NET and Sharp 134), so only the type
    /// name on stderr and a non-zero exit are compared.
    pub throws: Option<String>,
    /// `// trace: at Program.Main() in app.cs:line 12`: lines the stack
    /// trace of the unhandled exception must contain, with file names
    /// standing for the full paths the PDB records. Checked on Sharp (from
    /// source and from the built exe with its PDB) and on CoreCLR; Mono
    /// words frames its own way.
    pub trace: Vec<String>,
}

pub fn parse_expectations(src: &str) -> Expectations {
    let mut e = Expectations::default();
    for line in src.lines() {
        if let Some(i) = line.find("// expect: ") {
            e.stdout.push_str(&line[i + "// expect: ".len()..]);
            e.stdout.push('\n');
        } else if line.trim_end().ends_with("// expect:") {
            e.stdout.push('\n'); // an empty line of output
        } else if let Some(i) = line.find("// stderr: ") {
            e.stderr.push(line[i + 11..].to_string());
        } else if let Some(i) = line.find("// stdin: ") {
            e.stdin = line[i + 10..]
                .replace("\\n", "\n")
                .replace("\\r", "\r")
                .replace("\\t", "\t");
        } else if let Some(i) = line.find("// corlib: ") {
            e.corlib = Some(line[i + 11..].trim().to_string());
        } else if let Some(i) = line.find("// exit: ") {
            e.exit = line[i + 9..].trim().parse().unwrap_or(-1);
        } else if let Some(i) = line.find("// define: ") {
            e.defines = line[i + 11..].split_whitespace().map(String::from).collect();
        } else if let Some(i) = line.find("// args: ") {
            e.args = line[i + 9..].split_whitespace().map(String::from).collect();
        } else if let Some(i) = line.find("// throws: ") {
            e.throws = Some(line[i + 11..].trim().to_string());
        } else if let Some(i) = line.find("// trace: ") {
            e.trace.push(line[i + 10..].trim().to_string());
        } else if line.contains("// mono-differs:") {
            e.mono_differs = true;
        } else if line.contains("// mcs-differs:") {
            e.mcs_differs = true;
        } else if line.contains("// hand-checked:") {
            e.hand_checked = true;
        } else if line.contains("// mono-lacks:") {
            e.mono_lacks = true;
        }
    }
    e
}

/// `// error CSxxxx` comments: (line, code), 1-based lines.
pub fn parse_expected_errors(src: &str) -> Vec<(usize, String)> {
    parse_expected(src, "error")
}

/// `// <severity> CSxxxx` comments (`error`, `warning`): (line, code).
fn parse_expected(src: &str, severity: &str) -> Vec<(usize, String)> {
    let marker = format!("// {severity} CS");
    let skip = marker.len() - 2;
    let mut out = Vec::new();
    for (i, line) in src.lines().enumerate() {
        let mut rest = line;
        while let Some(p) = rest.find(&marker) {
            let code: String = rest[p + skip..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric())
                .collect();
            out.push((i + 1, code));
            rest = &rest[p + skip..];
        }
    }
    out.sort();
    out
}

/// The (line, code) of each `file.cs:LINE:COL: <severity>[CSxxxx]: …`
/// line of short-form diagnostics.
fn reported(stderr: &str, severity: &str) -> Vec<(usize, String)> {
    let marker = format!(": {severity}[");
    let mut got = Vec::new();
    for line in stderr.lines() {
        let Some(p) = line.find(&marker) else {
            continue;
        };
        let code: String = line[p + marker.len()..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        let loc: Vec<&str> = line[..p].rsplitn(3, ':').collect();
        let l = loc
            .get(1)
            .and_then(|l| l.parse::<usize>().ok())
            .unwrap_or(0);
        got.push((l, code));
    }
    got.sort();
    got
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// Stack-trace lines with each ` in /some/dir/file.cs:line N` shortened
/// to ` in file.cs:line N`.
fn short_trace(stderr: &str) -> String {
    let mut out = String::new();
    for line in stderr.lines() {
        match (line.find(" in "), line.rfind(":line ")) {
            (Some(a), Some(b)) if a + 4 <= b => {
                let path = &line[a + 4..b];
                let file = path.rsplit('/').next().unwrap_or(path);
                out.push_str(&format!("{} in {file}{}", &line[..a], &line[b..]));
            }
            _ => out.push_str(line),
        }
        out.push('\n');
    }
    out
}

fn compare(who: &str, out: &Output, want: &Expectations) -> Result<(), String> {
    compare_traced(who, out, want, false)
}

/// [`compare`], and with `check_trace` the `// trace:` lines too.
fn compare_traced(who: &str, out: &Output, want: &Expectations, check_trace: bool) -> Result<(), String> {
    let stdout = text(&out.stdout);
    let code = out.status.code().unwrap_or(-1);
    if let Some(ty) = &want.throws {
        let stderr = text(&out.stderr);
        if stdout != want.stdout || code == 0 || !stderr.contains(ty.as_str()) {
            return Err(format!(
                "{who}: exit {code}, want an unhandled {ty}\n--- stdout\n{stdout}--- expected\n{}--- stderr\n{stderr}",
                want.stdout
            ));
        }
        if check_trace {
            let short = short_trace(&stderr);
            if let Some(missing) = want.trace.iter().find(|t| !short.contains(t.as_str())) {
                return Err(format!("{who}: the stack trace lacks `{missing}`\n--- stderr\n{stderr}"));
            }
        }
        return Ok(());
    }
    if stdout != want.stdout || code != want.exit {
        return Err(format!(
            "{who}: exit {code} (want {})\n--- stdout\n{stdout}--- expected\n{}--- stderr\n{}",
            want.exit,
            want.stdout,
            text(&out.stderr)
        ));
    }
    Ok(())
}

pub fn run_program_test(
    sharp: &Path,
    case: &Path,
    rt: &Runtimes,
    work: &Path,
) -> Result<(), String> {
    let src = std::fs::read_to_string(case).map_err(|e| e.to_string())?;
    let want = parse_expectations(&src);
    let defines: Vec<String> = want.defines.iter().map(|d| format!("-d{d}")).collect();
    let run = crate::output_with_input(Command::new(sharp).arg("run").args(&defines).arg(case).arg("--").args(&want.args), &want.stdin)
        .map_err(|e| e.to_string())?;
    compare_traced("sharp run", &run, &want, true)?;

    // Each test gets its own folder: CoreCLR loads every assembly in the
    // app's folder by name (docs/assembly-file.md §0).
    let stem = case
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let dir = work.join(format!(
        "{}-{stem}",
        case.parent()
            .and_then(|p| p.file_name())
            .map(|s| s.to_string_lossy())
            .unwrap_or_default()
    ));
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let exe = dir.join(format!("{stem}.exe"));
    let build = Command::new(sharp)
        .arg("build")
        .args(&defines)
        .arg(case)
        .arg("-o")
        .arg(&exe)
        .output()
        .map_err(|e| e.to_string())?;
    if !build.status.success() {
        return Err(format!("sharp build failed:\n{}", text(&build.stderr)));
    }
    let built = crate::output_with_input(Command::new(sharp).arg("run").arg(&exe).arg("--").args(&want.args), &want.stdin)
        .map_err(|e| e.to_string())?;
    compare_traced("sharp run (built exe)", &built, &want, true)?;
    if let Some(pv) = rt.peverify.as_ref().filter(|_| !want.mono_lacks) {
        let v = Command::new(pv)
            .arg(&exe)
            .output()
            .map_err(|e| e.to_string())?;
        if !v.status.success() || !v.stdout.is_empty() {
            return Err(format!("peverify:\n{}{}", text(&v.stdout), text(&v.stderr)));
        }
    }
    if let Some(mono) = rt.mono.as_ref().filter(|_| !want.mono_lacks) {
        // Mono words its frames differently (`at Program.Main () [0x00001] in
        // /src/app.cs:16`, and only under --debug), so its trace is not compared.
        let m = crate::output_with_input(Command::new(mono).arg(&exe).args(&want.args), &want.stdin)
            .map_err(|e| e.to_string())?;
        if !want.mono_differs {
            compare("mono", &m, &want)?;
        }
    }
    if let Some(r) = rt.run_coreclr_with_input(&exe, &want.args, &want.stdin) {
        let c = r.map_err(|e| e.to_string())?;
        compare_traced("coreclr", &c, &want, true)?;
    }
    // The object-model programs also go through `sharp dis` and Mono's
    // ilasm: the disassembly must assemble to a program that behaves the
    // same (types, fields, properties, interfaces, overrides).
    if let (Some(ilasm), Some(mono), true) = (&rt.ilasm, &rt.mono, case.components().any(|c| c.as_os_str() == "objects")) {
        let dis = Command::new(sharp).arg("dis").arg(&exe).output().map_err(|e| e.to_string())?;
        if !dis.status.success() {
            return Err(format!("sharp dis failed:\n{}", text(&dis.stderr)));
        }
        let il = dir.join(format!("{stem}.il"));
        std::fs::write(&il, &dis.stdout).map_err(|e| e.to_string())?;
        let again = dir.join(format!("{stem}_ilasm.exe"));
        let asm = Command::new(ilasm).arg("/quiet").arg(format!("/output:{}", again.display())).arg(&il).output().map_err(|e| e.to_string())?;
        if !asm.status.success() {
            return Err(format!("ilasm rejected the output of sharp dis:\n{}{}", text(&asm.stdout), text(&asm.stderr)));
        }
        let m = Command::new(mono).arg(&again).args(&want.args).output().map_err(|e| e.to_string())?;
        if !want.mono_differs {
            compare("mono (after sharp dis | ilasm)", &m, &want)?;
        }
        // The same program with its references as csc writes them for .NET Core (types in
        // System.Runtime, System.Console, System.Collections, System.Linq): Sharp's VM must
        // resolve those names to its core library.
        let retargeted = dir.join(format!("{stem}_netcore.il"));
        std::fs::write(&retargeted, retarget_like_csc(&text(&dis.stdout))).map_err(|e| e.to_string())?;
        let netcore = dir.join(format!("{stem}_netcore.exe"));
        let asm = Command::new(ilasm).arg("/quiet").arg(format!("/output:{}", netcore.display())).arg(&retargeted).output().map_err(|e| e.to_string())?;
        if !asm.status.success() {
            return Err(format!("ilasm rejected the retargeted disassembly:\n{}{}", text(&asm.stdout), text(&asm.stderr)));
        }
        let run = crate::output_with_input(Command::new(sharp).arg("run").arg(&netcore).args(&want.args), &want.stdin).map_err(|e| e.to_string())?;
        compare("sharp run (references as csc writes them for .NET Core)", &run, &want)?;
    }
    Ok(())
}

/// Rewrites a disassembly's references to the core library (`[mscorlib]`, `[System]`,
/// `[System.Core]`) as csc writes them when it builds for .NET Core 3.1 against the
/// reference assemblies: System.Console, the generic collections in System.Collections,
/// System.Linq, everything else in System.Runtime.
pub fn retarget_like_csc(il: &str) -> String {
    let reference = |name: &str| format!(".assembly extern {name}\n{{\n  .ver 4:2:2:0\n  .publickeytoken = (B0 3F 5F 7F 11 D5 0A 3A )\n}}\n");
    let mut out = String::new();
    for name in ["System.Runtime", "System.Console", "System.Collections", "System.Linq"] {
        out.push_str(&reference(name));
    }
    let mut skipping = false;
    for line in il.lines() {
        // Drop the old references' blocks.
        if let Some(name) = line.strip_prefix(".assembly extern ") {
            skipping = matches!(name.trim(), "mscorlib" | "System" | "System.Core");
            if skipping {
                continue;
            }
        }
        if skipping {
            if line.starts_with('}') {
                skipping = false;
            }
            continue;
        }
        let mut l = line.to_string();
        for old in ["[mscorlib]", "[System]", "[System.Core]"] {
            l = l
                .replace(&format!("{old}System.Console"), "[System.Console]System.Console")
                .replace(&format!("{old}System.Collections.Generic.List"), "[System.Collections]System.Collections.Generic.List")
                .replace(&format!("{old}System.Collections.Generic.Dictionary"), "[System.Collections]System.Collections.Generic.Dictionary")
                .replace(&format!("{old}System.Collections.Generic.HashSet"), "[System.Collections]System.Collections.Generic.HashSet")
                .replace(&format!("{old}System.Collections.Generic.Queue"), "[System.Collections]System.Collections.Generic.Queue")
                .replace(&format!("{old}System.Collections.Generic.Stack"), "[System.Collections]System.Collections.Generic.Stack")
                .replace(&format!("{old}System.Linq."), "[System.Linq]System.Linq.")
                .replace(old, "[System.Runtime]");
        }
        out.push_str(&l);
        out.push('\n');
    }
    out
}

/// A program built by Mono's mcs instead of Sharp and run in Sharp's VM: assemblies from
/// another compiler (referencing mscorlib, System, System.Core, System.Numerics) must run
/// and print what the program's expectations say. Ok(Some(reason)) when it is skipped.
pub fn run_mcs_test(sharp: &Path, mcs: &Path, case: &Path, work: &Path) -> Result<Option<String>, String> {
    let src = std::fs::read_to_string(case).map_err(|e| e.to_string())?;
    let want = parse_expectations(&src);
    if want.hand_checked {
        return Ok(Some("C# 8/9 (hand-checked): mcs does not compile it".into()));
    }
    if want.mono_lacks || want.mcs_differs || !want.trace.is_empty() {
        return Ok(Some("mcs builds it differently (mono-lacks, mcs-differs or a stack trace's lines)".into()));
    }
    std::fs::create_dir_all(work).map_err(|e| e.to_string())?;
    let exe = work.join(format!("mcs-{}.exe", case.to_string_lossy().replace(['/', '\\'], "_")));
    let mut mcs_defines = Vec::new();
    if !want.defines.is_empty() {
        mcs_defines.push(format!("-define:{}", want.defines.join(";")));
    }
    let built = Command::new(mcs)
        .args(["-nologo", "-r:System.Core", "-r:System.Numerics"])
        .args(&mcs_defines)
        .arg(format!("-out:{}", exe.display()))
        .arg(case)
        .output()
        .map_err(|e| e.to_string())?;
    if !built.status.success() {
        let first = text(&built.stdout).lines().find(|l| l.contains("error")).unwrap_or("").to_string();
        return Ok(Some(format!("mcs does not compile it: {first}")));
    }
    let run = crate::output_with_input(Command::new(sharp).arg("run").arg(&exe).arg("--").args(&want.args), &want.stdin)
        .map_err(|e| e.to_string())?;
    compare("sharp run (mcs-built)", &run, &want)?;
    Ok(None)
}

/// An error test: the `// error CSxxxx` and `// warning CSxxxx` lines
/// are exactly what the compiler reports (a file with warnings only must
/// compile).
pub fn run_error_test(sharp: &Path, case: &Path, work: &Path) -> Result<(), String> {
    let src = std::fs::read_to_string(case).map_err(|e| e.to_string())?;
    let want = parse_expected(&src, "error");
    let want_warnings = parse_expected(&src, "warning");
    std::fs::create_dir_all(work).map_err(|e| e.to_string())?;
    // Named by the whole path: tests run in parallel.
    let out = work.join(format!(
        "err-{}.exe",
        case.to_string_lossy().replace(['/', '\\'], "_")
    ));
    let r = Command::new(sharp)
        .env("SHARP_DIAGNOSTICS", "short")
        .arg("build")
        .arg(case)
        .arg("-o")
        .arg(&out)
        .output()
        .map_err(|e| e.to_string())?;
    let _ = std::fs::remove_file(&out);
    let stderr = text(&r.stderr);
    let exit = if want.is_empty() { 0 } else { 1 };
    if r.status.code() != Some(exit) {
        return Err(format!(
            "expected exit {exit}, got {:?}\n{stderr}",
            r.status.code()
        ));
    }
    if stderr.contains("panicked") {
        return Err(format!("the compiler panicked:\n{stderr}"));
    }
    let got = reported(&stderr, "error");
    if got != want {
        return Err(format!("expected errors {want:?}\ngot {got:?}\n{stderr}"));
    }
    if !want_warnings.is_empty() {
        let got = reported(&stderr, "warning");
        if got != want_warnings {
            return Err(format!("expected warnings {want_warnings:?}\ngot {got:?}\n{stderr}"));
        }
    }
    Ok(())
}

/// The phases whose printed form is pinned by `tests/dumps` snapshots.
pub const DUMPED_PHASES: [&str; 4] = ["tokens", "ast", "bound", "il"];

/// `sharp dump PHASE case` against the snapshot beside `case`
/// (`X.PHASE`), with `expect-test`: a difference prints the diff and
/// fails, or with `UPDATE_EXPECT=1` rewrites the snapshot.
pub fn run_dump_test(sharp: &Path, case: &Path, phase: &str) -> Result<(), String> {
    let out = Command::new(sharp).arg("dump").arg(phase).arg(case).output().map_err(|e| e.to_string())?;
    if !out.status.success() {
        return Err(format!("sharp dump {phase} failed:\n{}", text(&out.stderr)));
    }
    let got = text(&out.stdout);
    let snapshot = std::path::absolute(case.with_extension(phase)).map_err(|e| e.to_string())?;
    // expect-test prints the diff and unwinds; the trial reports which
    // file and how to bless it.
    std::panic::catch_unwind(|| expect_test::expect_file![&snapshot].assert_eq(&got)).map_err(|_| {
        format!(
            "{} differs from `sharp dump {phase}` (diff above); UPDATE_EXPECT=1 rewrites it, then review the diff",
            snapshot.display()
        )
    })
}

/// A folder test: `lib.cs` built with `-t library` and `main.cs` against
/// it, or every `.cs` file built together; `expect.txt` holds stdout.
/// `sharp dump asm case`: the program runs, and each method it compiles is listed on stderr
/// with its name, its instructions and the IL offsets they came from. Machine code differs by
/// machine and Cranelift version, so the listing's shape is checked, not its text: `Main`'s
/// header, IL offset marks, and a `ret` in every listing.
pub fn run_asm_dump_test(sharp: &Path, case: &Path) -> Result<(), String> {
    let out = Command::new(sharp).arg("dump").arg("asm").arg(case).output().map_err(|e| e.to_string())?;
    if !out.status.success() {
        return Err(format!("sharp dump asm failed:\n{}", text(&out.stderr)));
    }
    let listing = text(&out.stderr);
    let functions: Vec<&str> = listing.split("\n; ").collect();
    if !listing.starts_with("; ") || !functions.iter().any(|f| f.contains("::Main() (")) {
        return Err(format!("no listing of Main:\n{listing}"));
    }
    if !listing.contains("\n  ; IL_") {
        return Err(format!("no IL offsets in the listing:\n{listing}"));
    }
    if let Some(f) = functions.iter().find(|f| !f.lines().any(|l| l.ends_with("  ret"))) {
        return Err(format!("a listing without a return:\n{f}"));
    }
    Ok(())
}

pub fn run_multi_test(sharp: &Path, case: &Path, rt: &Runtimes, work: &Path) -> Result<(), String> {
    let want = Expectations {
        stdout: std::fs::read_to_string(case.join("expect.txt")).map_err(|e| e.to_string())?,
        ..Default::default()
    };
    let name = case.file_name().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    let dir = work.join(format!("multi-{name}"));
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let exe = dir.join("main.exe");
    let mut built = Vec::new();
    let build = |args: Vec<std::ffi::OsString>| -> Result<(), String> {
        let out = Command::new(sharp).arg("build").args(args).output().map_err(|e| e.to_string())?;
        if !out.status.success() {
            return Err(format!("sharp build failed:\n{}", text(&out.stderr)));
        }
        Ok(())
    };
    if case.join("lib.cs").is_file() {
        let lib = dir.join("lib.dll");
        build(vec!["-t".into(), "library".into(), case.join("lib.cs").into(), "-o".into(), lib.clone().into()])?;
        build(vec![case.join("main.cs").into(), "-r".into(), lib.clone().into(), "-o".into(), exe.clone().into()])?;
        built.push(lib);
    } else {
        let mut files: Vec<_> = std::fs::read_dir(case).map_err(|e| e.to_string())?.flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "cs")).collect();
        files.sort();
        let mut args: Vec<std::ffi::OsString> = files.into_iter().map(Into::into).collect();
        args.extend(["-o".into(), exe.clone().into()]);
        build(args)?;
    }
    built.push(exe.clone());
    let vm = Command::new(sharp).arg("run").arg(&exe).output().map_err(|e| e.to_string())?;
    compare("sharp run", &vm, &want)?;
    if let Some(pv) = &rt.peverify {
        for f in &built {
            let v = Command::new(pv).arg(f).output().map_err(|e| e.to_string())?;
            if !v.status.success() || !v.stdout.is_empty() {
                return Err(format!("peverify {}:\n{}{}", f.display(), text(&v.stdout), text(&v.stderr)));
            }
        }
    }
    if let Some(mono) = &rt.mono {
        let m = Command::new(mono).arg(&exe).current_dir(&dir).output().map_err(|e| e.to_string())?;
        compare("mono", &m, &want)?;
    }
    if let Some(r) = rt.run_coreclr(&exe, &[]) {
        compare("coreclr", &r.map_err(|e| e.to_string())?, &want)?;
    }
    Ok(())
}

#[cfg(test)]
mod unit {
    use super::*;

    #[test]
    fn reads_every_kind_of_comment() {
        let e = parse_expectations(
            "// corlib: stub\n// args: a b\n// stdin: x\\ny\nF(); // expect: one\n// expect:\n// stderr: boom\n// exit: 3\n// throws: System.X\n// trace: at P.M()\n// mono-differs: why\n",
        );
        assert_eq!(e.stdout, "one\n\n");
        assert_eq!(e.exit, 3);
        assert_eq!(e.args, ["a", "b"]);
        assert_eq!(e.stdin, "x\ny");
        assert_eq!(e.stderr, ["boom"]);
        assert_eq!(e.corlib.as_deref(), Some("stub"));
        assert_eq!(e.throws.as_deref(), Some("System.X"));
        assert_eq!(e.trace, ["at P.M()"]);
        assert!(e.mono_differs);
    }
}
