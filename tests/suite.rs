//! `cargo test`'s entry to the end-to-end suites (see the `tests` crate):
//! libtest-mimic trials named by their path under `tests/`, so
//! `cargo test --test suite -- core/array` runs the tests whose name
//! contains "core/array".

fn main() -> std::process::ExitCode {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    tests::run_suite(std::path::Path::new(env!("CARGO_BIN_EXE_sharp")), &root).exit_code()
}
