//! Malformed assemblies never crash the VM: a seeded mutator, run as a test.
//!
//! Each mutant is one of the suite's programs, built by Sharp, with a few bytes changed in its
//! method bodies or its metadata. `sharp run` must end the way .NET would end such a program:
//! normally, with a managed exception (InvalidProgramException for bad IL, BadImageFormatException
//! for a bad table row, "Stack overflow." for runaway recursion), or with a clear error; never by
//! a signal (a segfault) or a Rust panic. `tests/mutants/*.exe` are the mutants that once crashed
//! it, kept as regression inputs. `SHARP_MUTANTS=N` runs N mutants instead of the default, and
//! `SHARP_MUTANT_SEED=S` draws them from another seed.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Programs whose builds are mutated: one of each area, with calls, fields, arrays, structs,
/// exceptions and switches in their bodies.
const SEEDS: &[&str] = &[
    "core/array_index_types.cs",
    "core/checked_conversion_throws.cs",
    "core/numeric_promotion.cs",
    "core/float_div_zero.cs",
    "objects/boxing_unboxing.cs",
    "objects/indexer_overloads.cs",
    "objects/struct_fields_arrays.cs",
    "objects/interface_imt.cs",
    "exceptions/switch_and_return_in_try.cs",
    "objects/invalid_cast_throws.cs",
];

use tests::Rng;

fn u32_at(b: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(b.get(at..at + 4)?.try_into().ok()?))
}

fn u16_at(b: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(b.get(at..at + 2)?.try_into().ok()?))
}

/// The file ranges of the method bodies and of the metadata (ECMA-335 II.25.3.3: the CLI
/// header names the metadata; Sharp writes the bodies between the header and the metadata).
fn regions(file: &[u8]) -> Option<(std::ops::Range<usize>, std::ops::Range<usize>)> {
    let pe = u32_at(file, 0x3c)? as usize;
    let sections = u16_at(file, pe + 6)? as usize;
    let optional = pe + 24;
    let dirs = optional + if u16_at(file, optional)? == 0x10b { 96 } else { 112 };
    let cli_rva = u32_at(file, dirs + 14 * 8)?;
    let table = optional + u16_at(file, pe + 20)? as usize;
    let offset = |rva: u32| {
        (0..sections).find_map(|i| {
            let s = table + i * 40;
            let (size, va, raw_size, raw) = (u32_at(file, s + 8)?, u32_at(file, s + 12)?, u32_at(file, s + 16)?, u32_at(file, s + 20)?);
            (va <= rva && rva < va + size.max(raw_size)).then(|| (rva - va + raw) as usize)
        })
    };
    let cli = offset(cli_rva)?;
    let metadata = offset(u32_at(file, cli + 8)?)?;
    let metadata_end = metadata + u32_at(file, cli + 12)? as usize;
    let bodies = cli + 0x48..metadata;
    (bodies.start < bodies.end && metadata_end <= file.len()).then_some((bodies, metadata..metadata_end))
}

fn sharp() -> &'static Path {
    Path::new(env!("CARGO_BIN_EXE_sharp"))
}

/// Runs `sharp run exe`; None when it ended as .NET could end it, else what went wrong. A
/// mutant that runs past the time limit (a branch turned into a loop) is killed and passes.
fn run(exe: &Path) -> Option<String> {
    let mut child = Command::new(sharp())
        .arg("run")
        .arg(exe)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("sharp starts");
    let deadline = Instant::now() + Duration::from_secs(5);
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if Instant::now() < deadline => std::thread::sleep(Duration::from_millis(5)),
            _ => {
                let _ = child.kill();
                let _ = child.wait();
                return None;
            }
        }
    };
    let mut stderr = String::new();
    if let Some(mut e) = child.stderr.take() {
        let _ = std::io::Read::read_to_string(&mut e, &mut stderr);
    }
    #[cfg(unix)]
    if let Some(signal) = std::os::unix::process::ExitStatusExt::signal(&status) {
        return Some(format!("killed by signal {signal}"));
    }
    if stderr.contains("panicked") || stderr.contains("Cranelift") {
        return Some(stderr.lines().find(|l| l.contains("panicked") || l.contains("Cranelift")).unwrap_or("").to_string());
    }
    None
}

#[test]
fn regression_mutants_end_cleanly() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/mutants");
    let mut failures = Vec::new();
    for entry in std::fs::read_dir(&dir).expect("tests/mutants exists").flatten() {
        if let Some(what) = run(&entry.path()) {
            failures.push(format!("{}: {what}", entry.path().display()));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn mutated_assemblies_end_cleanly() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/programs");
    let work = std::env::temp_dir().join(format!("sharp-mutants-{}", std::process::id()));
    std::fs::create_dir_all(&work).expect("temp dir");
    let mut seeds: Vec<(PathBuf, Vec<u8>)> = Vec::new();
    for s in SEEDS {
        let exe = work.join(Path::new(s).with_extension("exe").file_name().expect("a file name"));
        let built = Command::new(sharp()).arg("build").arg(root.join(s)).arg("-o").arg(&exe).status().expect("sharp builds");
        assert!(built.success(), "{s} builds");
        seeds.push((exe.clone(), std::fs::read(&exe).expect("the build is readable")));
    }
    let count: usize = std::env::var("SHARP_MUTANTS").ok().and_then(|n| n.parse().ok()).unwrap_or(240);
    let seed = std::env::var("SHARP_MUTANT_SEED").ok().and_then(|s| s.parse().ok()).unwrap_or(0x005e_ed0f_5aa9);
    let mut rng = Rng(seed);
    let mut failures = Vec::new();
    for i in 0..count {
        let (seed, bytes) = &seeds[rng.below(seeds.len())];
        let mut mutant = bytes.clone();
        let (bodies, metadata) = regions(&mutant).expect("Sharp's own build has a CLI header");
        // Three in four mutants change code, the rest metadata (tables, heaps, signatures).
        let range = if rng.below(4) < 3 { bodies } else { metadata };
        for _ in 0..1 + rng.below(3) {
            let at = range.start + rng.below(range.len());
            mutant[at] = match rng.below(4) {
                0 => mutant[at] ^ (1 << rng.below(8)),
                1 => [0x00, 0xff, 0x7f, 0x80, 0x01][rng.below(5)],
                _ => rng.word() as u8,
            };
        }
        let exe = work.join(format!("mutant{i}.exe"));
        std::fs::write(&exe, &mutant).expect("write the mutant");
        match run(&exe) {
            Some(what) => {
                let kept = work.join(format!("crash{i}-{}", seed.file_name().and_then(|n| n.to_str()).unwrap_or("seed")));
                let _ = std::fs::rename(&exe, &kept);
                failures.push(format!("mutant {i} of {}: {what} (kept as {})", seed.display(), kept.display()));
            }
            None => {
                let _ = std::fs::remove_file(&exe);
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    let _ = std::fs::remove_dir_all(&work);
}
