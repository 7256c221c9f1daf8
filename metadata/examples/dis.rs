//! `cargo run -p metadata --example dis -- FILE`: prints FILE in ilasm syntax.
fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: dis FILE.exe|FILE.dll");
        std::process::exit(2);
    };
    let result = std::fs::read(&path)
        .map_err(|e| e.to_string())
        .and_then(|b| metadata::Image::parse(b).map_err(|e| e.to_string()))
        .and_then(|img| metadata::disassemble(&img).map_err(|e| e.to_string()));
    match result {
        Ok(text) => print!("{text}"),
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(1);
        }
    }
}
