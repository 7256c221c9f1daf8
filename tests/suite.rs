//! `cargo test`'s entry to the end-to-end suites (see the `tests` crate).
//! `SHARP_TEST_FILTER=core` keeps the tests whose path contains "core".

fn main() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    let filter = std::env::var("SHARP_TEST_FILTER").ok();
    let ok = tests::run_suite(
        std::path::Path::new(env!("CARGO_BIN_EXE_sharp")),
        &root,
        filter.as_deref(),
    );
    std::process::exit(if ok { 0 } else { 1 });
}
