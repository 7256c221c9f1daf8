//! lalrpop's parse errors as Roslyn diagnostics. The code is chosen from the
//! set of tokens the parser expected at the error, the way Roslyn's
//! parser reports the construct it was in the middle of.

use lalrpop_util::{ErrorRecovery, ParseError};
use lexer::{Diagnostic, Span, TokenKind};

use crate::builder::B;

type Error = ParseError<usize, TokenKind, ()>;

impl B<'_> {
    /// Reports an error that `!` recovered from.
    pub fn recover(&self, e: ErrorRecovery<usize, TokenKind, ()>) {
        report(self, &e.error);
    }
}

/// Reports one parse error (at most one diagnostic per position).
pub fn report(b: &B<'_>, e: &Error) {
    let d = match e {
        ParseError::UnrecognizedToken { token: (l, tok, r), expected } => unexpected(b, *l, *r, Some(*tok), expected),
        ParseError::UnrecognizedEof { location, expected } => unexpected(b, *location, *location, None, expected),
        ParseError::ExtraToken { token: (l, _, r) } => {
            Diagnostic::error("CS1022", b.sp(*l, *r), "Type or namespace definition, or end-of-file expected")
        }
        ParseError::InvalidToken { location } => {
            Diagnostic::error("CS1056", b.sp(*location, *location + 1), "Unexpected character")
        }
        ParseError::User { .. } => Diagnostic::error("CS1525", b.sp(0, 0), "Invalid expression term"),
    };
    let mut diags = b.diags.borrow_mut();
    if diags.iter().any(|old| old.span.start == d.span.start && old.code == d.code) {
        return;
    }
    diags.push(d);
}

fn unexpected(b: &B<'_>, l: usize, r: usize, tok: Option<TokenKind>, expected: &[String]) -> Diagnostic {
    let has = |s: &str| expected.iter().any(|e| e == s);
    let quoted = |s: &str| expected.iter().any(|e| e.len() == s.len() + 2 && e.trim_matches('"') == s);
    let found = b.src.get(l..r).unwrap_or("");
    let found_span = b.sp(l, r);
    // "; expected" and friends point just after the previous token, as
    // Roslyn does, so a missing `;` is reported on the line that lacks it.
    let after_prev = {
        let idx = b.tokens.partition_point(|t| (t.span.start as usize) < l);
        match idx.checked_sub(1).and_then(|i| b.tokens.get(i)) {
            Some(t) => Span { file: b.file, start: t.span.end, end: t.span.end },
            None => found_span,
        }
    };
    // A query body that stops before its `select` or `group`.
    if has("SELECT") && has("GROUP") {
        let at = if tok.is_none() { after_prev } else { found_span };
        return Diagnostic::error("CS0742", at, "A query body must end with a select clause or a group clause");
    }
    let expr_start = has("INT");
    let statement_start = quoted("if");
    let member_start = quoted("void") && quoted("}") && !quoted("if");
    let namespace_level = quoted("namespace");

    if tok.is_none() {
        return if quoted("}") {
            Diagnostic::error("CS1513", after_prev, "} expected")
        } else if quoted(";") {
            Diagnostic::error("CS1002", after_prev, "; expected")
        } else if quoted(")") {
            Diagnostic::error("CS1026", after_prev, ") expected")
        } else if expr_start {
            Diagnostic::error("CS1733", after_prev, "Expected expression")
        } else {
            Diagnostic::error("CS1022", after_prev, "Type or namespace definition, or end-of-file expected")
        };
    }
    let closer = matches!(tok, Some(TokenKind::RBrace | TokenKind::RParen | TokenKind::RBracket));
    if namespace_level && (!expr_start || closer) {
        return Diagnostic::error("CS1022", found_span, "Type or namespace definition, or end-of-file expected");
    }
    if namespace_level || statement_start || (expr_start && !quoted(";")) {
        return Diagnostic::error("CS1525", found_span, format!("Invalid expression term '{found}'"));
    }
    if member_start {
        return Diagnostic::error(
            "CS1519",
            found_span,
            format!("Invalid token '{found}' in class, record, struct, or interface member declaration"),
        );
    }
    if quoted(";") {
        return Diagnostic::error("CS1002", after_prev, "; expected");
    }
    if quoted(")") {
        return Diagnostic::error("CS1026", after_prev, ") expected");
    }
    if quoted("]") {
        return Diagnostic::error("CS1003", after_prev, "Syntax error, ']' expected");
    }
    if quoted("}") {
        return Diagnostic::error("CS1513", after_prev, "} expected");
    }
    if has("IDENT") {
        return Diagnostic::error("CS1001", found_span, "Identifier expected");
    }
    if quoted(",") {
        return Diagnostic::error("CS1003", after_prev, "Syntax error, ',' expected");
    }
    let first = expected.first().map(|s| s.trim_matches('"').to_string()).unwrap_or_default();
    Diagnostic::error("CS1003", found_span, format!("Syntax error, '{first}' expected"))
}
