//! Diagnostics for people: codespan-reporting renders each one with its
//! source line, as Roslyn's codes and words say it.

use codespan_reporting::diagnostic::{Diagnostic, Label};
use codespan_reporting::files::SimpleFiles;
use codespan_reporting::term;
use driver::SourceFile;
use lexer::Severity;

pub fn print(sources: &[SourceFile], diags: &[lexer::Diagnostic]) {
    let mut files = SimpleFiles::new();
    for s in sources {
        files.add(s.name.clone(), s.text.clone());
    }
    // `SHARP_DIAGNOSTICS=short` gives one line per diagnostic
    // (`file:line:col: error[CS0103]: ...`), for tools and the test suite.
    let mut config = term::Config::default();
    if std::env::var("SHARP_DIAGNOSTICS").is_ok_and(|v| v == "short") {
        config.display_style = term::DisplayStyle::Short;
    }
    let mut stderr = std::io::stderr().lock();
    for d in diags {
        let base = match d.severity {
            Severity::Error => Diagnostic::error(),
            Severity::Warning => Diagnostic::warning(),
        };
        let mut label = Label::primary(
            d.span.file.0 as usize,
            d.span.start as usize..d.span.end as usize,
        );
        if let Some(l) = &d.label {
            label = label.with_message(l.clone());
        }
        let rendered = base
            .with_code(d.code)
            .with_message(d.message.clone())
            .with_labels(vec![label])
            .with_notes(d.notes.clone());
        if term::emit_to_io_write(&mut stderr, &config, &files, &rendered).is_err() {
            // A span outside its file (a bug, not the user's): still say it.
            eprintln!("error[{}]: {}", d.code, d.message);
        }
    }
}
