//! The collector bounds memory: a program that allocates 10 GiB in total while holding under
//! 1 MiB live (tests/programs/gc/churn.cs) must peak below 100 MB of resident memory, and
//! `GC.GetTotalMemory(true)` must drop once data is garbage.
//!
//! Programs are compiled with Mono's mcs (their references to mscorlib bind to Sharp's core
//! library in the VM); without mcs each test prints "skipped: mcs not found". The VM runs in a
//! child process — this test binary again, selected by an environment variable — so that the
//! child's peak RSS (`VmHWM` of /proc/self/status) measures the VM alone.
//! `SHARP_GC_MEMORY_MIB` overrides the total allocated (default 10240).

use std::path::{Path, PathBuf};
use std::process::Command;

const CHILD_ENV: &str = "SHARP_GC_MEMORY_CHILD";
const LIMIT_KB: u64 = 100 * 1024;

/// Compiles `src` with mcs against its own mscorlib; None (with a message) without mcs.
fn mcs(name: &str, src: &Path) -> Option<PathBuf> {
    if Command::new("mcs").arg("--version").output().is_err() {
        println!("skipped: mcs not found");
        return None;
    }
    let dir = std::env::temp_dir().join(format!("sharp-gc-memory-{}", std::process::id()));
    std::fs::create_dir_all(&dir).ok()?;
    let exe = dir.join(format!("{name}.exe"));
    let out = Command::new("mcs")
        .arg("-nowarn:649,169,414,219")
        .arg(format!("-out:{}", exe.display()))
        .arg(src)
        .output()
        .ok()?;
    assert!(
        out.status.success(),
        "mcs failed: {}",
        String::from_utf8_lossy(&out.stdout)
    );
    Some(exe)
}

/// Runs `exe` with `args` in a fresh child process of this test binary; returns its stdout and
/// its peak resident memory in kB.
fn run_child(exe: &Path, args: &[String]) -> (String, u64) {
    let out = Command::new(std::env::current_exe().expect("the test binary has a path"))
        .args([
            "child_runs_the_vm",
            "--exact",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(CHILD_ENV, exe)
        .env("SHARP_GC_CHILD_ARGS", args.join(" "))
        .output()
        .expect("the test binary runs again");
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(out.status.success(), "child failed\n{stdout}\n{stderr}");
    let hwm = stdout
        .lines()
        .find_map(|l| l.strip_prefix("child VmHWM kB: "))
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or_else(|| panic!("no VmHWM line in the child's output\n{stdout}\n{stderr}"));
    (stdout, hwm)
}

/// The child's side: runs the assembly named by the environment, then reports its peak RSS.
#[test]
fn child_runs_the_vm() {
    let Some(exe) = std::env::var_os(CHILD_ENV) else {
        return; // not the child: nothing to do
    };
    let args: Vec<String> = std::env::var("SHARP_GC_CHILD_ARGS")
        .unwrap_or_default()
        .split_whitespace()
        .map(String::from)
        .collect();
    let bytes = std::fs::read(&exe).expect("the compiled program");
    let mut vm = vm::Vm::new(
        stdlib::CORLIB.to_vec(),
        stdlib::natives(),
        vm::VmOptions::default(),
    )
    .expect("the VM starts");
    let asm = vm.load(bytes).expect("the program loads");
    let code = vm.run_main(asm, "gc_memory", &args).expect("the program runs");
    assert_eq!(code, 0);
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let hwm = status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .map(|v| v.trim().trim_end_matches("kB").trim().to_string())
        .unwrap_or_default();
    println!("\nchild VmHWM kB: {hwm}");
}

#[test]
fn ten_gib_of_garbage_stays_under_100_mb() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
    let Some(exe) = mcs("churn", &root.join("tests/programs/gc/churn.cs")) else {
        return;
    };
    let mib = std::env::var("SHARP_GC_MEMORY_MIB").unwrap_or_else(|_| "10240".into());
    let start = std::time::Instant::now();
    let (stdout, hwm) = run_child(&exe, std::slice::from_ref(&mib));
    eprintln!(
        "churn {mib} MiB: peak RSS {hwm} kB in {:.1} s",
        start.elapsed().as_secs_f64()
    );
    // The program's own output: its checksum and iteration count (10 GiB: as on Mono).
    if mib == "10240" {
        assert!(stdout.contains("524699017\n1707332\n"), "{stdout}");
    }
    assert!(
        hwm < LIMIT_KB,
        "peak RSS {hwm} kB after allocating {mib} MiB"
    );
}

/// `GetTotalMemory(false)` grows with allocation and a forced collection frees garbage. (Not
/// that it frees all of it: a dead local may linger in a callee-saved register or a stale
/// stack slot, which the conservative scan cannot tell from a live one.)
#[test]
fn total_memory_drops_after_a_collection() {
    let dir = std::env::temp_dir().join(format!("sharp-gc-total-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temp dir");
    let src = dir.join("total.cs");
    std::fs::write(
        &src,
        r#"using System;
class Program
{
    // 4 MB that is garbage once this returns.
    static bool Fill()
    {
        long before = GC.GetTotalMemory(false);
        int[][] big = new int[100][];
        for (int i = 0; i < big.Length; i++)
            big[i] = new int[10000];
        return GC.GetTotalMemory(false) - before >= 4000000;
    }

    static void Main()
    {
        long before = GC.GetTotalMemory(true);
        // Just after a collection: the first 4 MB fit under the 8 MiB threshold.
        bool grew = Fill();
        for (int i = 0; i < 24; i++)
            Fill();
        long after = GC.GetTotalMemory(true);
        Console.WriteLine(grew);
        // 100 MB were allocated; a conservative scan may keep a stale copy or two alive.
        Console.WriteLine(after - before < 12000000);
    }
}
"#,
    )
    .expect("writing the program");
    let Some(exe) = mcs("total", &src) else {
        return;
    };
    let (stdout, _) = run_child(&exe, &[]);
    assert!(stdout.contains("True\nTrue\n"), "{stdout}");
}

/// Big live structures survive automatic collections intact: a million-node linked list (the
/// marker's worklist must not recurse per node) and a depth-18 tree, built while garbage
/// triggers collections.
#[test]
fn a_million_live_nodes_survive_collections() {
    let dir = std::env::temp_dir().join(format!("sharp-gc-big-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temp dir");
    let src = dir.join("big.cs");
    std::fs::write(
        &src,
        r#"using System;
class Node { public Node Next; public int Value; }
class Tree
{
    public Tree L, R;
    public static Tree Make(int d) { Tree t = new Tree(); if (d > 0) { t.L = Make(d - 1); t.R = Make(d - 1); } return t; }
    public int Count() { return L == null ? 1 : 1 + L.Count() + R.Count(); }
}
class Program
{
    static void Main()
    {
        Node head = null;
        for (int i = 0; i < 1000000; i++)
        {
            Node n = new Node();
            n.Value = i % 7;
            n.Next = head;
            head = n;
            if (i % 10 == 0)
            {
                int[] garbage = new int[64];
            }
        }
        Tree t = Tree.Make(18);
        for (int i = 0; i < 20; i++)
            Tree.Make(14);
        long sum = 0;
        int count = 0;
        for (Node n = head; n != null; n = n.Next)
        {
            sum += n.Value;
            count++;
        }
        Console.WriteLine(count + " " + sum + " " + t.Count());
    }
}
"#,
    )
    .expect("writing the program");
    let Some(exe) = mcs("big", &src) else {
        return;
    };
    let (stdout, _) = run_child(&exe, &[]);
    assert!(stdout.contains("1000000 2999997 524287\n"), "{stdout}");
}
