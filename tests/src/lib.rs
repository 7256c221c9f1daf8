//! The end-to-end suites, as data (Crafting Interpreters style).
//!
//! `tests/programs/**/*.cs` hold programs with their expected output in
//! `// expect: text` comments, `// exit: N` for the exit code and
//! `// args: a b` for arguments (see [`parse_expectations`], which
//! `stdlib/tests/programs.rs` shares). Each runs in Sharp's VM; then the
//! assembly Sharp builds must pass `peverify` and print the same on Mono
//! and on CoreCLR (`// mono-differs: why` excuses Mono's output where
//! Mono 6.8 differs from modern .NET).
//!
//! `tests/errors/**/*.cs` hold programs that must not compile; each
//! `// error CSxxxx` comment sits on the line the error is reported for,
//! and the reported set must equal the expected set.
//!
//! `tests/dumps/*.cs` are snapshot tests of the printed phases: `X.cs`
//! beside `X.tokens`, `X.ast`, `X.bound` and `X.il`, the output of
//! `sharp dump PHASE X.cs`, compared with `expect-test`'s `ExpectFile`.
//! `UPDATE_EXPECT=1 cargo test --test suite -- dumps` rewrites them;
//! review the diff. Each also runs under `sharp dump asm`, whose listing is checked for its
//! shape only (machine code differs by machine).
//!
//! Every test is a libtest trial named by its path under `tests/`
//! without `.cs` (`programs/core/array_init`, `programs/multi/lib_class`,
//! `errors/...`; each snapshot is its own trial, `dumps/loops.il`), so
//! `cargo test --test suite -- core/array` runs the tests whose name
//! contains `core/array`, and `--exact`, `--skip`, `--list` and
//! `--test-threads` work as for any Rust test.
//!
//! A runtime that is not installed is reported by the trials
//! `runtimes/mono`, `runtimes/peverify` and `runtimes/coreclr` as
//! "ignored (skipped: mono not found)", and the parts of each test that
//! need it do not run; with `SHARP_REQUIRE_RUNTIMES=1` (as in CI) those
//! trials fail instead.

mod expect;
mod rng;
mod runtimes;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use libtest_mimic::{Arguments, Completion, Conclusion, Failed, Trial};

pub use expect::*;
pub use rng::Rng;
pub use runtimes::Runtimes;

/// Runs `cmd` with `stdin` as its standard input (closed at once when empty, so a program
/// that reads it sees the end rather than the terminal) and collects its output.
pub fn output_with_input(cmd: &mut std::process::Command, stdin: &str) -> std::io::Result<std::process::Output> {
    use std::io::Write;
    use std::process::Stdio;
    let mut child = cmd.stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn()?;
    let input = stdin.as_bytes().to_vec();
    let pipe = child.stdin.take();
    // Written from a thread: a program that prints much before reading would otherwise fill
    // its stdout pipe while this side still blocks on the write.
    let writer = std::thread::spawn(move || {
        if let Some(mut p) = pipe {
            // A program that exits without reading closes the pipe: not an error of the test.
            let _ = p.write_all(&input);
        }
    });
    let out = child.wait_with_output();
    let _ = writer.join();
    out
}

/// Runs the tests under `root` (the `tests/` folder) that the command
/// line selects, with the `sharp` binary at `sharp`, as libtest does:
/// one `test NAME ... ok` line each, then the summary.
/// The `.cs` files under `dir`, its subfolders included, sorted: the core
/// library's sources for the tests that compile it themselves.
pub fn cs_files(dir: &Path) -> Vec<std::path::PathBuf> {
    fn walk(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
        for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let p = e.path();
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|e| e == "cs") {
                out.push(p);
            }
        }
    }
    let mut out = Vec::new();
    walk(dir, &mut out);
    out.sort();
    out
}

pub fn run_suite(sharp: &Path, root: &Path) -> Conclusion {
    let args = Arguments::from_args();
    let work = std::env::temp_dir().join(format!("sharp-tests-{}", std::process::id()));
    let conclusion = libtest_mimic::run(&args, trials(sharp, root, &work));
    let _ = std::fs::remove_dir_all(&work);
    conclusion
}

/// One trial per test under `root`, sorted by name; built files go in
/// `work`.
pub fn trials(sharp: &Path, root: &Path, work: &Path) -> Vec<Trial> {
    let runtimes = Arc::new(Runtimes::discover());
    let require = std::env::var("SHARP_REQUIRE_RUNTIMES").is_ok_and(|v| v == "1");
    let mut trials = Vec::new();
    for (name, found) in [
        ("mono", runtimes.mono.is_some()),
        ("peverify", runtimes.peverify.is_some()),
        ("coreclr", runtimes.dotnet.is_some()),
    ] {
        trials.push(Trial::ignorable_test(format!("runtimes/{name}"), move || {
            match (found, require) {
                (true, _) => Ok(Completion::Completed),
                (false, false) => Ok(Completion::ignored_with(format!("skipped: {name} not found"))),
                (false, true) => Err(format!("SHARP_REQUIRE_RUNTIMES=1 but {name} not found").into()),
            }
        }));
    }
    let mut cases = Vec::new();
    collect(&root.join("programs"), &mut cases);
    collect(&root.join("errors"), &mut cases);
    collect(&root.join("dumps"), &mut cases);
    // A multi-file test is a folder: lib.cs + main.cs, or parts of one
    // program, with expect.txt.
    if let Ok(entries) = std::fs::read_dir(root.join("programs/multi")) {
        cases.extend(entries.flatten().map(|e| e.path()).filter(|p| p.is_dir()));
    }
    for case in cases {
        let rel = case.strip_prefix(root).unwrap_or(&case);
        let name = if case.is_dir() { rel.to_path_buf() } else { rel.with_extension("") };
        let name = name.to_string_lossy().into_owned();
        let in_dir = |d: &str| rel.components().next().is_some_and(|c| c.as_os_str() == d);
        let (sharp, work, rt) = (sharp.to_path_buf(), work.to_path_buf(), Arc::clone(&runtimes));
        if in_dir("dumps") {
            for phase in expect::DUMPED_PHASES {
                let (sharp, case) = (sharp.clone(), case.clone());
                trials.push(Trial::test(format!("{name}.{phase}"), move || {
                    expect::run_dump_test(&sharp, &case, phase).map_err(Failed::from)
                }));
            }
            trials.push(Trial::test(format!("{name}.asm"), move || expect::run_asm_dump_test(&sharp, &case).map_err(Failed::from)));
            continue;
        }
        let run: Box<dyn FnOnce() -> Result<(), String> + Send> = if case.is_dir() {
            Box::new(move || expect::run_multi_test(&sharp, &case, &rt, &work))
        } else if in_dir("errors") {
            Box::new(move || expect::run_error_test(&sharp, &case, &work))
        } else {
            // The same program built by mcs runs in Sharp's VM (not in the GC stress pass:
            // the collector sees nothing new there, and it would double that pass's time).
            let (sharp2, case2, work2, rt2) = (sharp.clone(), case.clone(), work.clone(), Arc::clone(&rt));
            let stress = std::env::var_os("SHARP_GC_STRESS").is_some_and(|v| v != "0");
            trials.push(Trial::ignorable_test(format!("mcs/{name}"), move || {
                let Some(mcs) = rt2.mcs.as_ref().filter(|_| !stress) else {
                    return Ok(Completion::ignored_with("skipped: no mcs, or the GC stress pass"));
                };
                match expect::run_mcs_test(&sharp2, mcs, &case2, &work2) {
                    Ok(None) => Ok(Completion::Completed),
                    Ok(Some(reason)) => Ok(Completion::ignored_with(format!("skipped: {reason}"))),
                    Err(e) => Err(Failed::from(e)),
                }
            }));
            Box::new(move || expect::run_program_test(&sharp, &case, &rt, &work))
        };
        trials.push(Trial::test(name, move || run().map_err(Failed::from)));
    }
    trials.sort_by(|a, b| a.name().cmp(b.name()));
    trials
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() && p.file_name().is_none_or(|n| n != "multi") {
            collect(&p, out);
        } else if p.extension().is_some_and(|x| x == "cs") && !p.components().any(|c| c.as_os_str() == "multi") {
            out.push(p);
        }
    }
}
