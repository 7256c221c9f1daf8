//! The end-to-end suites, as data (Crafting Interpreters style).
//!
//! `tests/programs/**/*.cs` hold programs with their expected output in
//! `// expect: text` comments, `// exit: N` for the exit code and
//! `// args: a b` for arguments. Each runs in Sharp's VM; then the
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
//! `sharp dump PHASE X.cs`. `SHARP_BLESS=1` rewrites them; review the diff.
//!
//! A runtime that is not installed is reported as "skipped: mono not
//! found"; with `SHARP_REQUIRE_RUNTIMES=1` (as in CI) that is a failure.

mod expect;
mod runtimes;

use std::path::{Path, PathBuf};
use std::sync::Mutex;

pub use expect::*;
pub use runtimes::Runtimes;

/// Runs every test under `root` (the `tests/` folder) with the `sharp`
/// binary at `sharp`; returns whether all passed. `filter` keeps tests
/// whose path contains it.
pub fn run_suite(sharp: &Path, root: &Path, filter: Option<&str>) -> bool {
    let runtimes = Runtimes::discover();
    let require = std::env::var("SHARP_REQUIRE_RUNTIMES").is_ok_and(|v| v == "1");
    let mut missing = Vec::new();
    for (name, found) in [
        ("mono", runtimes.mono.is_some()),
        ("peverify", runtimes.peverify.is_some()),
        ("coreclr", runtimes.dotnet.is_some()),
    ] {
        if !found {
            println!("skipped: {name} not found (the parts of each test that need it do not run)");
            missing.push(name);
        }
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
    cases.retain(|p| filter.is_none_or(|f| p.to_string_lossy().contains(f)));
    let work = std::env::temp_dir().join(format!("sharp-tests-{}", std::process::id()));
    let queue = Mutex::new(cases.into_iter());
    let results = Mutex::new(Vec::new());
    let threads = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(2)
        .min(4);
    std::thread::scope(|s| {
        for _ in 0..threads {
            s.spawn(|| {
                while let Some(case) = queue.lock().map(|mut q| q.next()).unwrap_or(None) {
                    let in_dir = |d: &str| case.components().any(|c| c.as_os_str() == d);
                    let outcome = if case.is_dir() {
                        expect::run_multi_test(sharp, &case, &runtimes, &work)
                    } else if in_dir("errors") {
                        expect::run_error_test(sharp, &case)
                    } else if in_dir("dumps") {
                        expect::run_dump_test(sharp, &case)
                    } else {
                        expect::run_program_test(sharp, &case, &runtimes, &work)
                    };
                    if let Ok(mut r) = results.lock() {
                        r.push((case, outcome));
                    }
                }
            });
        }
    });
    let _ = std::fs::remove_dir_all(&work);
    let mut results = results.into_inner().unwrap_or_default();
    results.sort_by(|a, b| a.0.cmp(&b.0));
    let (mut passed, mut failed) = (0, 0);
    for (case, outcome) in &results {
        let name = case.strip_prefix(root).unwrap_or(case).display();
        match outcome {
            Ok(()) => passed += 1,
            Err(why) => {
                failed += 1;
                println!("FAIL {name}\n{}", indent(why));
            }
        }
    }
    if require && !missing.is_empty() {
        println!(
            "FAIL: SHARP_REQUIRE_RUNTIMES=1 but {} missing",
            missing.join(", ")
        );
        failed += 1;
    }
    println!("{passed} passed, {failed} failed");
    failed == 0
}

fn indent(s: &str) -> String {
    s.lines()
        .map(|l| format!("    {l}"))
        .collect::<Vec<_>>()
        .join("\n")
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
