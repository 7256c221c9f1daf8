//! Parses each file named on the command line and prints its diagnostics
//! (`path:line:col code message`); with `--ast`, also the tree.

use lexer::{FileId, LineIndex};

fn main() {
    let mut show_ast = false;
    for path in std::env::args().skip(1) {
        if path == "--ast" {
            show_ast = true;
            continue;
        }
        let Ok(src) = std::fs::read_to_string(&path) else {
            eprintln!("{path}: unreadable");
            continue;
        };
        let arena = bumpalo::Bump::new();
        let (unit, diags) = parser::parse(&arena, FileId(0), &src);
        let index = LineIndex::new(&src);
        for d in &diags {
            let (line, col) = index.line_col(d.span.start);
            println!("{path}:{line}:{col} {} {}", d.code, d.message);
        }
        if show_ast {
            print!("{}", parser::dump_ast(unit, &src));
        }
    }
}
