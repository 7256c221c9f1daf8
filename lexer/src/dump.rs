//! `sharp dump tokens`: one token per line.

use crate::{LineIndex, Token, TokenKind};

/// One token per line: `1:1..1:6 Keyword(using) `using``. Keywords print
/// as `Keyword(x)`, punctuators as `Punct(x)`, the rest by kind name.
pub fn dump_tokens(tokens: &[Token], src: &str) -> String {
    let index = LineIndex::new(src);
    let mut out = String::new();
    for t in tokens {
        let (l1, c1) = index.line_col(t.span.start);
        let (l2, c2) = index.line_col(t.span.end);
        let text = src.get(t.span.start as usize..t.span.end as usize).unwrap_or("");
        let kind = match (t.kind, t.kind.fixed_text()) {
            (k, Some(s)) if k.is_keyword() => format!("Keyword({s})"),
            (TokenKind::Partial | TokenKind::Async | TokenKind::Where | TokenKind::Not | TokenKind::PatAnd | TokenKind::PatOr | TokenKind::When | TokenKind::From | TokenKind::Select | TokenKind::Group | TokenKind::By | TokenKind::OrderBy | TokenKind::Ascending | TokenKind::Descending | TokenKind::Let | TokenKind::Join | TokenKind::On | TokenKind::Equals | TokenKind::Into | TokenKind::Record | TokenKind::With, Some(s)) => format!("Contextual({s})"),
            (k, Some(_)) if is_plain_punct(k) => "Punct".to_string(),
            (k, _) => format!("{k:?}"),
        };
        out.push_str(&format!("{l1}:{c1}..{l2}:{c2} {kind} `{}`\n", text.escape_debug()));
    }
    out
}

/// Punctuators that the pass did not rewrite (those print their kind name).
fn is_plain_punct(k: TokenKind) -> bool {
    !matches!(
        k,
        TokenKind::GenericLt
            | TokenKind::GenericGt
            | TokenKind::GtGt
            | TokenKind::GtGtEq
            | TokenKind::CastOpen
            | TokenKind::LambdaOpen
            | TokenKind::NullableQ
            | TokenKind::GlobalAttrOpen
            | TokenKind::UsingDecl
            | TokenKind::QuestionBracket
            | TokenKind::InterpHoleOpen
            | TokenKind::InterpHoleClose
    )
}
