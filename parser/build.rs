//! Generates the parser from src/grammar.lalrpop into OUT_DIR (lalrpop
//! skips the work when the grammar's hash is unchanged).
fn main() {
    println!("cargo:rerun-if-changed=src/grammar.lalrpop");
    if let Err(e) = lalrpop::Configuration::new().process_current_dir() {
        eprintln!("lalrpop failed: {e}");
        std::process::exit(1);
    }
}
