//! Token kinds (C# spec §6.4) as a logos lexer, plus the kinds that only the
//! disambiguation pass produces (see `pass.rs`).

use logos::Logos;

/// One token kind. Keywords are the reserved words of §6.4.4; contextual
/// keywords stay `Ident` except where the pass turns them into tokens
/// (`partial`, `async`, `where`). Literals carry no value: the parser decodes
/// the token's text with `literal.rs`.
#[derive(Logos, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[logos(skip r"[ \t\r\n\f\u{0B}\u{FEFF}\u{A0}\u{2028}\u{2029}]+")]
pub enum TokenKind {
    #[token("abstract")]
    KwAbstract,
    #[token("as")]
    KwAs,
    #[token("base")]
    KwBase,
    #[token("bool")]
    KwBool,
    #[token("break")]
    KwBreak,
    #[token("byte")]
    KwByte,
    #[token("case")]
    KwCase,
    #[token("catch")]
    KwCatch,
    #[token("char")]
    KwChar,
    #[token("checked")]
    KwChecked,
    #[token("class")]
    KwClass,
    #[token("const")]
    KwConst,
    #[token("continue")]
    KwContinue,
    #[token("decimal")]
    KwDecimal,
    #[token("default")]
    KwDefault,
    #[token("delegate")]
    KwDelegate,
    #[token("do")]
    KwDo,
    #[token("double")]
    KwDouble,
    #[token("else")]
    KwElse,
    #[token("enum")]
    KwEnum,
    #[token("event")]
    KwEvent,
    #[token("explicit")]
    KwExplicit,
    #[token("extern")]
    KwExtern,
    #[token("false")]
    KwFalse,
    #[token("finally")]
    KwFinally,
    #[token("fixed")]
    KwFixed,
    #[token("float")]
    KwFloat,
    #[token("for")]
    KwFor,
    #[token("foreach")]
    KwForeach,
    #[token("goto")]
    KwGoto,
    #[token("if")]
    KwIf,
    #[token("implicit")]
    KwImplicit,
    #[token("in")]
    KwIn,
    #[token("int")]
    KwInt,
    #[token("interface")]
    KwInterface,
    #[token("internal")]
    KwInternal,
    #[token("is")]
    KwIs,
    #[token("lock")]
    KwLock,
    #[token("long")]
    KwLong,
    #[token("namespace")]
    KwNamespace,
    #[token("new")]
    KwNew,
    #[token("null")]
    KwNull,
    #[token("object")]
    KwObject,
    #[token("operator")]
    KwOperator,
    #[token("out")]
    KwOut,
    #[token("override")]
    KwOverride,
    #[token("params")]
    KwParams,
    #[token("private")]
    KwPrivate,
    #[token("protected")]
    KwProtected,
    #[token("public")]
    KwPublic,
    #[token("readonly")]
    KwReadonly,
    #[token("ref")]
    KwRef,
    #[token("return")]
    KwReturn,
    #[token("sbyte")]
    KwSbyte,
    #[token("sealed")]
    KwSealed,
    #[token("short")]
    KwShort,
    #[token("sizeof")]
    KwSizeof,
    #[token("stackalloc")]
    KwStackalloc,
    #[token("static")]
    KwStatic,
    #[token("string")]
    KwString,
    #[token("struct")]
    KwStruct,
    #[token("switch")]
    KwSwitch,
    #[token("this")]
    KwThis,
    #[token("throw")]
    KwThrow,
    #[token("true")]
    KwTrue,
    #[token("try")]
    KwTry,
    #[token("typeof")]
    KwTypeof,
    #[token("uint")]
    KwUint,
    #[token("ulong")]
    KwUlong,
    #[token("unchecked")]
    KwUnchecked,
    #[token("unsafe")]
    KwUnsafe,
    #[token("ushort")]
    KwUshort,
    #[token("using")]
    KwUsing,
    #[token("virtual")]
    KwVirtual,
    #[token("void")]
    KwVoid,
    #[token("volatile")]
    KwVolatile,
    #[token("while")]
    KwWhile,
    #[token("{")]
    LBrace,
    #[token("}")]
    RBrace,
    #[token("[")]
    LBracket,
    #[token("]")]
    RBracket,
    #[token("(")]
    LParen,
    #[token(")")]
    RParen,
    #[token(".")]
    Dot,
    #[token(",")]
    Comma,
    #[token(":")]
    Colon,
    #[token(";")]
    Semi,
    #[token("+")]
    Plus,
    #[token("-")]
    Minus,
    #[token("*")]
    Star,
    #[token("/")]
    Slash,
    #[token("%")]
    Percent,
    #[token("&")]
    Amp,
    #[token("|")]
    Pipe,
    #[token("^")]
    Caret,
    #[token("!")]
    Bang,
    #[token("~")]
    Tilde,
    #[token("=")]
    Eq,
    #[token("<")]
    Lt,
    #[token(">")]
    Gt,
    #[token("?")]
    Question,
    #[token("??")]
    QuestionQuestion,
    #[token("??=")]
    QuestionQuestionEq,
    #[token("::")]
    ColonColon,
    #[token("++")]
    PlusPlus,
    #[token("--")]
    MinusMinus,
    #[token("&&")]
    AmpAmp,
    #[token("||")]
    PipePipe,
    #[token("->")]
    Arrow,
    #[token("==")]
    EqEq,
    #[token("!=")]
    BangEq,
    #[token("<=")]
    LtEq,
    #[token(">=")]
    GtEq,
    #[token("+=")]
    PlusEq,
    #[token("-=")]
    MinusEq,
    #[token("*=")]
    StarEq,
    #[token("/=")]
    SlashEq,
    #[token("%=")]
    PercentEq,
    #[token("&=")]
    AmpEq,
    #[token("|=")]
    PipeEq,
    #[token("^=")]
    CaretEq,
    #[token("<<")]
    LtLt,
    #[token("<<=")]
    LtLtEq,
    #[token("=>")]
    FatArrow,
    #[token("?.")]
    QuestionDot,
    #[token("..")]
    DotDot,

    /// Identifier (§6.4.3), including the verbatim form `@if`.
    #[regex(r"[\p{L}_][\p{L}\p{N}_]*")]
    #[regex(r"@[\p{L}_][\p{L}\p{N}_]*")]
    Ident,
    /// Integer literal (§6.4.5.3): decimal, hex `0x` or binary `0b`, `_`
    /// separators, optional `u`/`l` suffix.
    #[regex(r"[0-9][0-9_]*([uU][lL]?|[lL][uU]?)?")]
    #[regex(r"0[xX][0-9a-fA-F_]+([uU][lL]?|[lL][uU]?)?")]
    #[regex(r"0[bB][01_]+([uU][lL]?|[lL][uU]?)?")]
    IntLit,
    /// Real literal (§6.4.5.4).
    #[regex(r"[0-9][0-9_]*\.[0-9][0-9_]*([eE][+-]?[0-9][0-9_]*)?[fFdDmM]?")]
    #[regex(r"\.[0-9][0-9_]*([eE][+-]?[0-9][0-9_]*)?[fFdDmM]?")]
    #[regex(r"[0-9][0-9_]*[eE][+-]?[0-9][0-9_]*[fFdDmM]?")]
    #[regex(r"[0-9][0-9_]*[fFdDmM]")]
    RealLit,
    /// Character literal; the callback finds the closing quote (or stops at
    /// the end of the line, which `lex` reports).
    #[token("'", scan_char)]
    CharLit,
    /// Regular string literal `"..."`.
    #[token("\"", scan_string)]
    StringLit,
    /// Verbatim string literal `@"..."` (`""` is a quote, newlines allowed).
    #[token("@\"", scan_verbatim)]
    VerbatimStringLit,
    /// Interpolated string `$"..."`, `$@"..."`, `@$"..."`: logos lexes it
    /// whole, then `lex` splits it into the `Interp*` tokens below; this kind
    /// is never returned.
    #[token("$\"", scan_interpolated)]
    #[token("$@\"", scan_interpolated_verbatim)]
    #[token("@$\"", scan_interpolated_verbatim)]
    InterpolatedStringLit,
    #[regex(r"//[^\n]*", allow_greedy = true)]
    LineComment,
    #[token("/*", scan_block_comment)]
    BlockComment,
    /// A preprocessor line (§6.5), handed to `preprocess.rs` by the lexer
    /// and then dropped like trivia.
    #[regex(r"#[^\n]*", allow_greedy = true)]
    Directive,

    // ---- Produced only by the disambiguation pass (pass.rs). ----
    /// `<` opening a type-argument or type-parameter list.
    GenericLt,
    /// `>` closing a list opened by `GenericLt`.
    GenericGt,
    /// Two adjacent `>` that do not close type arguments: shift right.
    GtGt,
    /// `>` followed by adjacent `>=`: `>>=`.
    GtGtEq,
    /// `(` that opens a cast `(T)x`.
    CastOpen,
    /// `(` that opens a lambda's parameter list `(a, b) => ...`.
    LambdaOpen,
    /// `(` that opens a tuple type `(int, string)` (C# 7).
    TupleOpen,
    /// `(` inside a pattern: a positional or parenthesized pattern.
    PatternOpen,
    /// `?` after a type: `int?`.
    NullableQ,
    /// `?[` of a null-conditional element access `a?[i]` (the pass merges
    /// a `?` that is not a nullable type with the `[` after it).
    QuestionBracket,
    /// `[` opening a global attribute section `[assembly: ...]`.
    GlobalAttrOpen,
    /// `using` starting a using declaration `using var r = …;` (C# 8), not
    /// a using directive.
    UsingDecl,
    /// Contextual keyword `partial` in modifier position.
    Partial,
    /// Contextual keyword `async` in modifier position.
    Async,
    /// Contextual keyword `where` opening a type-parameter constraint.
    Where,
    /// Contextual keyword `not` of a C# 9 `not` pattern (`x is not null`).
    Not,
    /// Contextual keyword `and` combining two patterns (`> 0 and < 10`).
    PatAnd,
    /// Contextual keyword `or` combining two patterns.
    PatOr,
    /// Contextual keyword `when` of a case guard (`case int n when n > 0:`).
    When,
    // The contextual keywords of a query expression (`queries.rs`);
    // `where` is `Where`.
    From,
    Select,
    Group,
    By,
    OrderBy,
    Ascending,
    Descending,
    Let,
    Join,
    On,
    Equals,
    Into,
    /// `..` ending a range, no operand after it: `a[1..]`, `a[..]`.
    RangeEnd,
    /// Contextual keyword `record` starting a record declaration (C# 9).
    Record,
    /// Contextual keyword `with` of a `with` expression (C# 9).
    With,
    // ---- Produced by `lex` when it splits an interpolated string (interp.rs):
    // `$"a{x,5:F2}b"` is InterpStart `$"`, InterpText `a`, InterpHoleOpen
    // `{`, the tokens of `x`, Comma, the tokens of `5`, InterpFormat `:F2`,
    // InterpHoleClose `}`, InterpText `b`, InterpEnd `"`.
    /// `$"`, `$@"` or `@$"`.
    InterpStart,
    /// Literal text between holes, undecoded (escapes, `{{`, `}}`).
    InterpText,
    /// `{` opening a hole.
    InterpHoleOpen,
    /// A hole's format clause: `:` and the text up to the `}`.
    InterpFormat,
    /// `}` closing a hole (empty when missing).
    InterpHoleClose,
    /// The closing `"` (empty when missing).
    InterpEnd,
    /// A token merged into its predecessor by the pass; `lex` drops these.
    Removed,
}

/// One token: its kind and where it is. The text is `&src[span]`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub kind: TokenKind,
    pub span: crate::Span,
}

impl TokenKind {
    /// The fixed spelling of a keyword or punctuator, `None` for tokens whose
    /// text varies (identifiers, literals).
    pub fn fixed_text(self) -> Option<&'static str> {
        use TokenKind::*;
        Some(match self {
            KwAbstract => "abstract",
            KwAs => "as",
            KwBase => "base",
            KwBool => "bool",
            KwBreak => "break",
            KwByte => "byte",
            KwCase => "case",
            KwCatch => "catch",
            KwChar => "char",
            KwChecked => "checked",
            KwClass => "class",
            KwConst => "const",
            KwContinue => "continue",
            KwDecimal => "decimal",
            KwDefault => "default",
            KwDelegate => "delegate",
            KwDo => "do",
            KwDouble => "double",
            KwElse => "else",
            KwEnum => "enum",
            KwEvent => "event",
            KwExplicit => "explicit",
            KwExtern => "extern",
            KwFalse => "false",
            KwFinally => "finally",
            KwFixed => "fixed",
            KwFloat => "float",
            KwFor => "for",
            KwForeach => "foreach",
            KwGoto => "goto",
            KwIf => "if",
            KwImplicit => "implicit",
            KwIn => "in",
            KwInt => "int",
            KwInterface => "interface",
            KwInternal => "internal",
            KwIs => "is",
            KwLock => "lock",
            KwLong => "long",
            KwNamespace => "namespace",
            KwNew => "new",
            KwNull => "null",
            KwObject => "object",
            KwOperator => "operator",
            KwOut => "out",
            KwOverride => "override",
            KwParams => "params",
            KwPrivate => "private",
            KwProtected => "protected",
            KwPublic => "public",
            KwReadonly => "readonly",
            KwRef => "ref",
            KwReturn => "return",
            KwSbyte => "sbyte",
            KwSealed => "sealed",
            KwShort => "short",
            KwSizeof => "sizeof",
            KwStackalloc => "stackalloc",
            KwStatic => "static",
            KwString => "string",
            KwStruct => "struct",
            KwSwitch => "switch",
            KwThis => "this",
            KwThrow => "throw",
            KwTrue => "true",
            KwTry => "try",
            KwTypeof => "typeof",
            KwUint => "uint",
            KwUlong => "ulong",
            KwUnchecked => "unchecked",
            KwUnsafe => "unsafe",
            KwUshort => "ushort",
            KwUsing => "using",
            KwVirtual => "virtual",
            KwVoid => "void",
            KwVolatile => "volatile",
            KwWhile => "while",
            LBrace => "{",
            RBrace => "}",
            LBracket => "[",
            RBracket => "]",
            LParen => "(",
            RParen => ")",
            Dot => ".",
            Comma => ",",
            Colon => ":",
            Semi => ";",
            Plus => "+",
            Minus => "-",
            Star => "*",
            Slash => "/",
            Percent => "%",
            Amp => "&",
            Pipe => "|",
            Caret => "^",
            Bang => "!",
            Tilde => "~",
            Eq => "=",
            Lt => "<",
            Gt => ">",
            Question => "?",
            QuestionQuestion => "??",
            QuestionQuestionEq => "??=",
            ColonColon => "::",
            PlusPlus => "++",
            MinusMinus => "--",
            AmpAmp => "&&",
            PipePipe => "||",
            Arrow => "->",
            EqEq => "==",
            BangEq => "!=",
            LtEq => "<=",
            GtEq => ">=",
            PlusEq => "+=",
            MinusEq => "-=",
            StarEq => "*=",
            SlashEq => "/=",
            PercentEq => "%=",
            AmpEq => "&=",
            PipeEq => "|=",
            CaretEq => "^=",
            LtLt => "<<",
            LtLtEq => "<<=",
            FatArrow => "=>",
            QuestionDot => "?.",
            DotDot => "..",
            GenericLt => "<",
            GenericGt => ">",
            GtGt => ">>",
            GtGtEq => ">>=",
            CastOpen | LambdaOpen | TupleOpen | PatternOpen => "(",
            GlobalAttrOpen => "[",
            UsingDecl => "using",
            NullableQ => "?",
            QuestionBracket => "?[",
            Partial => "partial",
            Async => "async",
            Where => "where",
            Not => "not",
            PatAnd => "and",
            PatOr => "or",
            When => "when",
            From => "from",
            Select => "select",
            Group => "group",
            By => "by",
            OrderBy => "orderby",
            Ascending => "ascending",
            Descending => "descending",
            Let => "let",
            Join => "join",
            On => "on",
            Equals => "equals",
            Into => "into",
            RangeEnd => "..",
            Record => "record",
            With => "with",
            InterpHoleOpen => "{",
            InterpHoleClose => "}",
            _ => return None,
        })
    }

    /// Reserved keywords (§6.4.4).
    pub fn is_keyword(self) -> bool {
        (self as u32) <= (TokenKind::KwWhile as u32)
    }

    /// Keywords naming a predefined type (§8.2.1 `simple_type`, `object`, `string`).
    pub fn is_predefined_type(self) -> bool {
        use TokenKind::*;
        matches!(
            self,
            KwBool | KwByte | KwSbyte | KwShort | KwUshort | KwInt | KwUint | KwLong | KwUlong
                | KwChar | KwFloat | KwDouble | KwDecimal | KwString | KwObject
        )
    }

    pub fn is_literal(self) -> bool {
        use TokenKind::*;
        matches!(
            self,
            IntLit | RealLit | CharLit | StringLit | VerbatimStringLit | InterpolatedStringLit | InterpStart
                | KwTrue | KwFalse | KwNull
        )
    }

    /// Comments and directives: trivia that `lex` removes.
    pub fn is_trivia(self) -> bool {
        matches!(self, TokenKind::LineComment | TokenKind::BlockComment | TokenKind::Directive)
    }
}

/// Scans to the closing `'` of a character literal, stopping before a newline.
fn scan_char(lex: &mut logos::Lexer<TokenKind>) {
    let n = scan_quoted(lex.remainder(), b'\'');
    lex.bump(n);
}

fn scan_string(lex: &mut logos::Lexer<TokenKind>) {
    let n = scan_quoted(lex.remainder(), b'"');
    lex.bump(n);
}

/// Length of the rest of a quoted literal: up to and including the closing
/// quote, or up to (not including) the end of the line when it is missing.
pub(crate) fn scan_quoted(rest: &str, quote: u8) -> usize {
    let bytes = rest.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => {
                // An escape never swallows a line break.
                if i + 1 < bytes.len() && bytes[i + 1] != b'\n' && bytes[i + 1] != b'\r' {
                    i += 1 + utf8_len(bytes[i + 1]);
                } else {
                    i += 1;
                }
            }
            b'\n' | b'\r' => return i,
            c if c == quote => return i + 1,
            c => i += utf8_len(c),
        }
    }
    bytes.len()
}

pub(crate) fn utf8_len(first: u8) -> usize {
    match first {
        0xF0..=0xFF => 4,
        0xE0..=0xEF => 3,
        0xC0..=0xDF => 2,
        _ => 1,
    }
}

fn scan_verbatim(lex: &mut logos::Lexer<TokenKind>) {
    let n = scan_verbatim_rest(lex.remainder());
    lex.bump(n);
}

/// A verbatim string ends at a `"` not followed by another `"` (§6.4.5.6).
fn scan_verbatim_rest(rest: &str) -> usize {
    let bytes = rest.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'"' {
            if bytes.get(i + 1) == Some(&b'"') {
                i += 2;
                continue;
            }
            return i + 1;
        }
        i += 1;
    }
    bytes.len()
}

/// An interpolated string: scan to the closing quote, skipping over `{...}`
/// holes (which may contain nested strings) by brace depth.
fn scan_interpolated(lex: &mut logos::Lexer<TokenKind>) {
    let n = scan_interpolated_rest(lex.remainder(), false);
    lex.bump(n);
}

fn scan_interpolated_verbatim(lex: &mut logos::Lexer<TokenKind>) {
    let n = scan_interpolated_rest(lex.remainder(), true);
    lex.bump(n);
}

/// Length of the rest of an interpolated string after its opening quote:
/// up to and including the closing quote, or up to the end of the line
/// (regular strings) or input when it is missing. Holes are skipped by
/// brace depth, with nested string and character literals inside them.
pub(crate) fn scan_interpolated_rest(rest: &str, verbatim: bool) -> usize {
    scan_interpolated_nested(rest, verbatim, 0)
}

/// Nesting deeper than this is not real code; past it, a nested `$"` is
/// scanned as a plain string so the scan cannot overflow the stack (`lex`
/// reports CS8078 there).
pub(crate) const MAX_INTERPOLATION_DEPTH: usize = 64;

fn scan_interpolated_nested(rest: &str, verbatim: bool, depth: usize) -> usize {
    let bytes = rest.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' if !verbatim => {
                i += 1;
                if i < bytes.len() && bytes[i] != b'\n' && bytes[i] != b'\r' {
                    i += utf8_len(bytes[i]);
                }
            }
            b'"' if verbatim && bytes.get(i + 1) == Some(&b'"') => i += 2,
            b'"' => return i + 1,
            b'{' if bytes.get(i + 1) == Some(&b'{') => i += 2,
            b'{' => i += 1 + scan_hole_nested(&rest[i + 1..], verbatim, depth),
            b'\n' | b'\r' if !verbatim => return i,
            c => i += utf8_len(c),
        }
    }
    bytes.len()
}

/// Length of a hole's content up to and including its `}`, or up to where
/// the enclosing string gives up (line end of a regular string, input end).
pub(crate) fn scan_hole(rest: &str, verbatim: bool) -> usize {
    scan_hole_nested(rest, verbatim, 0)
}

fn scan_hole_nested(rest: &str, verbatim: bool, nesting: usize) -> usize {
    let deeper = nesting + 1 < MAX_INTERPOLATION_DEPTH;
    let bytes = rest.as_bytes();
    let mut i = 0;
    let mut depth = 0usize;
    while i < bytes.len() {
        let next = bytes.get(i + 1).copied();
        match bytes[i] {
            b'{' => depth += 1,
            b'}' if depth == 0 => return i + 1,
            b'}' => depth -= 1,
            b'"' => {
                i += 1 + scan_quoted(&rest[i + 1..], b'"');
                continue;
            }
            b'\'' => {
                i += 1 + scan_quoted(&rest[i + 1..], b'\'');
                continue;
            }
            b'@' if next == Some(b'"') => {
                i += 2 + scan_verbatim_rest(&rest[i + 2..]);
                continue;
            }
            b'$' if next == Some(b'"') && deeper => {
                i += 2 + scan_interpolated_nested(&rest[i + 2..], false, nesting + 1);
                continue;
            }
            b'$' | b'@'
                if deeper
                    && matches!(next, Some(b'@' | b'$'))
                    && bytes.get(i + 2) == Some(&b'"')
                    && next != Some(bytes[i]) =>
            {
                i += 3 + scan_interpolated_nested(&rest[i + 3..], true, nesting + 1);
                continue;
            }
            b'\n' | b'\r' if !verbatim => return i,
            _ => {}
        }
        i += utf8_len(bytes[i]);
    }
    bytes.len()
}

/// Scans to the end of a `/* */` comment (or of the input if unterminated).
fn scan_block_comment(lex: &mut logos::Lexer<TokenKind>) {
    let rest = lex.remainder();
    let n = match rest.find("*/") {
        Some(p) => p + 2,
        None => rest.len(),
    };
    lex.bump(n);
}
