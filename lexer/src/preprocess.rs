//! The preprocessing directives (§6.5): `#define`/`#undef`, conditional sections
//! (`#if`/`#elif`/`#else`/`#endif`), `#error`/`#warning`, `#region`/`#endregion`; `#pragma`,
//! `#nullable` and `#line` are accepted and have no effect.
//!
//! The lexer hands each directive line to [`Preprocessor::directive`]. When it leaves the
//! current section skipped, [`Preprocessor::skip`] walks the following lines without lexing
//! them (a skipped section may hold text that is no C# at all, §6.5.5), looking only at
//! directive lines, and tells the lexer where lexing resumes.

use crate::{Diagnostic, FileId, Span};
use std::collections::HashSet;

/// One `#if` group being read.
struct Group {
    /// The branch being read is compiled.
    active: bool,
    /// Some branch of the group was compiled (so later `#elif`/`#else` branches are not).
    taken: bool,
    /// The group sits in a compiled section (otherwise no branch of it is compiled).
    parent_active: bool,
    else_seen: bool,
}

#[derive(Default)]
pub(crate) struct Preprocessor {
    symbols: HashSet<String>,
    groups: Vec<Group>,
    /// Open `#region`s.
    regions: usize,
    /// A token has been lexed: `#define` and `#undef` may no longer appear (CS1032).
    pub seen_token: bool,
}

impl Preprocessor {
    /// A preprocessor starting with `symbols` defined.
    pub fn with_symbols(symbols: &[String]) -> Self {
        Preprocessor { symbols: symbols.iter().cloned().collect(), ..Default::default() }
    }

    /// The symbols defined at the end of the file, sorted.
    pub fn symbols(&self) -> Vec<String> {
        let mut v: Vec<String> = self.symbols.iter().cloned().collect();
        v.sort();
        v
    }

    /// Whether code at this point is compiled.
    pub fn active(&self) -> bool {
        self.groups.last().is_none_or(|g| g.active)
    }

    /// Handles the directive `text` (the whole line from `#`) at `span`.
    pub fn directive(&mut self, text: &str, span: Span, diags: &mut Vec<Diagnostic>) {
        let body = text[1..].trim_start();
        let name_len = body.find(|c: char| !c.is_ascii_alphabetic()).unwrap_or(body.len());
        let (name, rest) = body.split_at(name_len);
        // A comment may end a directive line (not #error/#warning/#region, whose text is
        // the rest of the line).
        let args = match rest.find("//") {
            Some(i) => rest[..i].trim(),
            None => rest.trim(),
        };
        match name {
            "if" => {
                let parent = self.active();
                let value = parent && self.eval(args, span, diags);
                self.groups.push(Group { active: value, taken: value, parent_active: parent, else_seen: false });
            }
            "elif" => match self.groups.last() {
                Some(g) if !g.else_seen => {
                    let can = g.parent_active && !g.taken;
                    let value = can && self.eval(args, span, diags);
                    let g = self.groups.last_mut().expect("checked above");
                    g.active = value;
                    g.taken |= value;
                }
                _ => unexpected(span, diags),
            },
            "else" => match self.groups.last_mut() {
                Some(g) if !g.else_seen => {
                    g.active = g.parent_active && !g.taken;
                    g.taken = true;
                    g.else_seen = true;
                }
                _ => unexpected(span, diags),
            },
            "endif" => {
                if self.groups.pop().is_none() {
                    unexpected(span, diags);
                }
            }
            _ if !self.active() => {}
            "define" | "undef" => {
                if self.seen_token {
                    diags.push(Diagnostic::error("CS1032", span, "Cannot define/undefine preprocessor symbols after first token in file"));
                } else if !is_identifier(args) {
                    diags.push(Diagnostic::error("CS1001", span, "Identifier expected"));
                } else if name == "define" {
                    self.symbols.insert(args.to_string());
                } else {
                    self.symbols.remove(args);
                }
            }
            "error" => diags.push(Diagnostic::error("CS1029", span, format!("#error: '{}'", rest.trim()))),
            "warning" => diags.push(Diagnostic::warning("CS1030", span, format!("#warning: '{}'", rest.trim()))),
            "region" => self.regions += 1,
            "endregion" => match self.regions.checked_sub(1) {
                Some(n) => self.regions = n,
                None => unexpected(span, diags),
            },
            "pragma" | "nullable" | "line" => {}
            _ => diags.push(Diagnostic::error("CS1024", span, "Preprocessor directive expected")),
        }
    }

    /// Skips the lines after the directive that ends at `from`, while the section is not
    /// compiled: returns where lexing resumes (the start of the line after the directive
    /// that makes it compiled again, or the end of the text).
    pub fn skip(&mut self, src: &str, from: usize, file: FileId, diags: &mut Vec<Diagnostic>) -> usize {
        let mut pos = from;
        while !self.active() && pos < src.len() {
            let line_end = src[pos..].find('\n').map_or(src.len(), |i| pos + i);
            let line = &src[pos..line_end];
            let trimmed = line.trim_start();
            if trimmed.starts_with('#') {
                let start = pos + (line.len() - trimmed.len());
                let text = trimmed.trim_end_matches('\r');
                let span = Span { file, start: start as u32, end: (start + text.len()) as u32 };
                self.directive(text, span, diags);
            }
            pos = (line_end + 1).min(src.len());
        }
        pos
    }

    /// Reports the groups and regions still open at the end of the file (at its end, as
    /// Roslyn does).
    pub fn finish(&self, file: FileId, len: usize, diags: &mut Vec<Diagnostic>) {
        let end = Span { file, start: len as u32, end: len as u32 };
        if !self.groups.is_empty() {
            diags.push(Diagnostic::error("CS1027", end, "#endif directive expected"));
        }
        if self.regions > 0 {
            diags.push(Diagnostic::error("CS1038", end, "#endregion directive expected"));
        }
    }

    /// The value of a preprocessing expression (§6.5.3): symbols, `true`, `false`, `!`,
    /// `==`, `!=`, `&&`, `||` and parentheses. A malformed one is CS1517 and false.
    fn eval(&self, text: &str, span: Span, diags: &mut Vec<Diagnostic>) -> bool {
        let tokens = match tokenize(text) {
            Some(t) if !t.is_empty() => t,
            _ => {
                diags.push(Diagnostic::error("CS1517", span, "Invalid preprocessor expression"));
                return false;
            }
        };
        let mut p = ExprParser { tokens: &tokens, pos: 0, symbols: &self.symbols };
        match p.or() {
            Some(v) if p.pos == tokens.len() => v,
            _ => {
                diags.push(Diagnostic::error("CS1517", span, "Invalid preprocessor expression"));
                false
            }
        }
    }
}

fn unexpected(span: Span, diags: &mut Vec<Diagnostic>) {
    diags.push(Diagnostic::error("CS1028", span, "Unexpected preprocessor directive"));
}

fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    matches!(chars.next(), Some(c) if c.is_alphabetic() || c == '_') && chars.all(|c| c.is_alphanumeric() || c == '_')
}

#[derive(Debug, PartialEq)]
enum PpToken {
    Symbol(String),
    Not,
    And,
    Or,
    Eq,
    Ne,
    Open,
    Close,
}

fn tokenize(text: &str) -> Option<Vec<PpToken>> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let two = text.get(i..i + 2).unwrap_or("");
        let (token, len) = match two {
            "&&" => (PpToken::And, 2),
            "||" => (PpToken::Or, 2),
            "==" => (PpToken::Eq, 2),
            "!=" => (PpToken::Ne, 2),
            _ => match bytes[i] {
                b' ' | b'\t' | b'\r' => {
                    i += 1;
                    continue;
                }
                b'!' => (PpToken::Not, 1),
                b'(' => (PpToken::Open, 1),
                b')' => (PpToken::Close, 1),
                _ => {
                    let len = text[i..].find(|c: char| !(c.is_alphanumeric() || c == '_')).unwrap_or(text.len() - i);
                    if len == 0 {
                        return None;
                    }
                    (PpToken::Symbol(text[i..i + len].to_string()), len)
                }
            },
        };
        out.push(token);
        i += len;
    }
    Some(out)
}

/// Recursive descent over `||` < `&&` < `==`/`!=` < `!` < primary.
struct ExprParser<'a> {
    tokens: &'a [PpToken],
    pos: usize,
    symbols: &'a HashSet<String>,
}

impl ExprParser<'_> {
    fn eat(&mut self, t: PpToken) -> bool {
        if self.tokens.get(self.pos) == Some(&t) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    fn or(&mut self) -> Option<bool> {
        let mut v = self.and()?;
        while self.eat(PpToken::Or) {
            v = self.and()? || v;
        }
        Some(v)
    }

    fn and(&mut self) -> Option<bool> {
        let mut v = self.equality()?;
        while self.eat(PpToken::And) {
            v = self.equality()? && v;
        }
        Some(v)
    }

    fn equality(&mut self) -> Option<bool> {
        let mut v = self.unary()?;
        loop {
            if self.eat(PpToken::Eq) {
                v = v == self.unary()?;
            } else if self.eat(PpToken::Ne) {
                v = v != self.unary()?;
            } else {
                return Some(v);
            }
        }
    }

    fn unary(&mut self) -> Option<bool> {
        if self.eat(PpToken::Not) {
            return Some(!self.unary()?);
        }
        if self.eat(PpToken::Open) {
            let v = self.or()?;
            return self.eat(PpToken::Close).then_some(v);
        }
        match self.tokens.get(self.pos)? {
            PpToken::Symbol(s) => {
                self.pos += 1;
                Some(match s.as_str() {
                    "true" => true,
                    "false" => false,
                    _ => self.symbols.contains(s),
                })
            }
            _ => None,
        }
    }
}
