//! Splitting an interpolated string (C# spec §12.8.3) into tokens: the
//! grammar sees `InterpStart (InterpText | InterpHoleOpen expr [, expr]
//! [InterpFormat] InterpHoleClose)* InterpEnd`, and each hole's expression
//! is lexed as ordinary tokens at its real file offsets (so nested strings
//! and nested interpolated strings work, and the pass sees the holes).

use crate::literal;
use crate::token::{MAX_INTERPOLATION_DEPTH, TokenKind, scan_hole, utf8_len};
use crate::{Diagnostic, Sink, Stop, report_problems};

impl Sink<'_> {
    /// Splits the interpolated string token `src[start..end]` (as logos
    /// scanned it: up to its closing quote, or where it gave up).
    pub(crate) fn interpolated(&mut self, start: usize, end: usize) {
        if self.interp_depth >= MAX_INTERPOLATION_DEPTH {
            self.diags.push(Diagnostic::error(
                "CS8078",
                self.span(start, end),
                "An expression is too long or complex to compile",
            ));
            let open_len = if self.src.get(start..end).is_some_and(|t| t.starts_with("$\"")) { 2 } else { 3 };
            self.push(TokenKind::InterpStart, start, (start + open_len).min(end));
            self.push(TokenKind::InterpEnd, end, end);
            return;
        }
        self.interp_depth += 1;
        self.split(start, end);
        self.interp_depth -= 1;
    }

    fn split(&mut self, start: usize, end: usize) {
        let src = self.src;
        let bytes = src.as_bytes();
        let text = src.get(start..end).unwrap_or("");
        let verbatim = text.starts_with("$@") || text.starts_with("@$");
        let open_len = if verbatim { 3 } else { 2 };
        self.push(TokenKind::InterpStart, start, start + open_len);
        let mut i = start + open_len;
        let mut text_start = i;
        while i < end {
            let next = bytes.get(i + 1).copied().filter(|_| i + 1 < end);
            match bytes[i] {
                b'\\' if !verbatim => i += 1 + next.map_or(0, utf8_len),
                b'"' if verbatim && next == Some(b'"') => i += 2,
                b'"' => {
                    self.text(text_start, i, verbatim);
                    self.push(TokenKind::InterpEnd, i, i + 1);
                    return;
                }
                b'{' | b'}' if next == Some(bytes[i]) => i += 2,
                b'}' => {
                    self.diags.push(Diagnostic::error(
                        "CS8086",
                        self.span(i, i + 1),
                        "A '}' character must be escaped (by doubling) in an interpolated string.",
                    ));
                    i += 1;
                }
                b'{' => {
                    self.text(text_start, i, verbatim);
                    i = self.hole(i, end, verbatim);
                    text_start = i;
                }
                c => i += utf8_len(c),
            }
        }
        // No closing quote: the lexer stopped at the line end (or input end).
        let i = end.min(src.len());
        self.text(text_start.min(i), i, verbatim);
        let (code, message) = if verbatim {
            ("CS1039", "Unterminated string literal")
        } else {
            ("CS1010", "Newline in constant")
        };
        self.diags.push(Diagnostic::error(code, self.span(start, i), message));
        self.push(TokenKind::InterpEnd, i, i);
    }

    /// A text part: its token and the problems of its escapes.
    fn text(&mut self, start: usize, end: usize, verbatim: bool) {
        if start >= end {
            return;
        }
        let raw = self.src.get(start..end).unwrap_or("");
        let problems = literal::decode_interpolated_text(raw, verbatim).1;
        let span = self.span(start, end);
        report_problems(problems, span, &mut self.diags);
        self.push(TokenKind::InterpText, start, end);
    }

    /// Lexes the hole whose `{` is at `open`; returns the offset after it.
    fn hole(&mut self, open: usize, end: usize, verbatim: bool) -> usize {
        self.push(TokenKind::InterpHoleOpen, open, open + 1);
        // Bound the hole by the logos scan of it, so an unclosed hole never
        // swallows the rest of the string.
        let rest = self.src.get(open + 1..end).unwrap_or("");
        let hole_end = (open + 1 + scan_hole(rest, verbatim)).min(end);
        match self.lex_range(open + 1, hole_end, true) {
            Stop::Close(p) => {
                self.push(TokenKind::InterpHoleClose, p, p + 1);
                p + 1
            }
            Stop::Format(p) => {
                let bytes = self.src.as_bytes();
                let mut q = p;
                while q < hole_end && bytes[q] != b'}' {
                    q += 1;
                }
                self.push(TokenKind::InterpFormat, p, q);
                if q < hole_end {
                    self.push(TokenKind::InterpHoleClose, q, q + 1);
                    q + 1
                } else {
                    self.unclosed(open, q)
                }
            }
            Stop::End => self.unclosed(open, hole_end),
        }
    }

    fn unclosed(&mut self, open: usize, at: usize) -> usize {
        self.diags.push(Diagnostic::error(
            "CS8076",
            self.span(open, open + 1),
            "Missing close delimiter '}' for interpolated expression started with '{'.",
        ));
        self.push(TokenKind::InterpHoleClose, at, at);
        at
    }
}
