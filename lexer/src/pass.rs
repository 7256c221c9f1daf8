//! The disambiguation pass: looks ahead over the token vector the way Mono's
//! mcs tokenizer does, and rewrites tokens so the grammar stays LR(1).
//!
//! - `<` that opens a type-argument list becomes `GenericLt`, its `>`
//!   `GenericGt` (C# spec §6.2.5, "grammar ambiguities": the list is kept
//!   when the token after `>` is one of `( ) ] } : ; , . ? == != | ^ && || & [`;
//!   we also keep it before `{`, `this` and `??`, always after `new`, `is`,
//!   `as`, `out`…, and before an identifier only in declaration position
//!   (`List<int> x`), so `F(a < b, c > d)` stays two comparisons).
//! - Two adjacent `>` that do not close type arguments merge into `GtGt`
//!   (`>` and `>=` into `GtGtEq`); the second token becomes `Removed`.
//! - `?` after a type becomes `NullableQ` (`int? x`, `(T?)y`, `List<int?>`)
//!   only where a type is expected (see `nullable`); a remaining `?` before
//!   `[` merges with it into `QuestionBracket` (`a?[i]`).
//! - `(` becomes `LambdaOpen` when its `)` is followed by `=>`, and
//!   `CastOpen` when it encloses a type and the token after `)` can start a
//!   unary expression (§12.9.7): a predefined type is always a cast;
//!   otherwise the next token must be an identifier, a literal, `(`, `!`,
//!   `~` or an expression keyword, so `(a) - b` stays a parenthesized
//!   expression.
//! - `global::` is dropped and `alias::` becomes `alias.` (see
//!   `alias_qualifiers`).
//! - The contextual keywords `partial`, `async` and `where` become tokens
//!   where they are in modifier / constraint position, `not` after `is`
//!   (or another `not`) when a pattern follows, and `[` before
//!   `assembly:` / `module:` becomes `GlobalAttrOpen`.
//! - `using` followed by a type and a name (`using var r`, `using
//!   StreamReader r`) becomes `UsingDecl`: a using declaration, where a
//!   using directive has a name, `=` or `static` after its one name.

use crate::scan::{kind, matching_close, scan_type, scan_type_args};
use crate::token::{Token, TokenKind};
use TokenKind::*;

/// Runs the whole pass over `tokens` in place. Tokens merged away become
/// `Removed`; `lex` drops them.
pub fn disambiguate(tokens: &mut Vec<Token>, src: &str) {
    // The passes below look at neighbours: what these drop must be gone.
    static_lambdas(tokens);
    alias_qualifiers(tokens, src);
    tokens.retain(|t| t.kind != Removed);
    generics(tokens, src);
    shifts(tokens);
    nullable(tokens);
    parens(tokens);
    crate::patterns::patterns(tokens, src);
    crate::tuples::tuple_types(tokens);
    crate::queries::queries(tokens, src);
    contextual(tokens, src);
}

/// `static x => …`, `static (a, b) => …` (C# 9): `static` only forbids a
/// lambda to capture, which Sharp does not check, so the pass drops it.
fn static_lambdas(tokens: &mut [Token]) {
    for i in 0..tokens.len() {
        if tokens[i].kind != KwStatic {
            continue;
        }
        let parenthesized = kind(tokens, i + 1) == Some(LParen)
            && matching_close(tokens, i + 1, LParen, RParen).is_some_and(|c| kind(tokens, c + 1) == Some(FatArrow));
        let single = kind(tokens, i + 1) == Some(Ident) && kind(tokens, i + 2) == Some(FatArrow);
        if parenthesized || single {
            tokens[i].kind = Removed;
        }
    }
}

/// `global::N` and `alias::N` (§14.8.2, qualified alias members): the
/// grammar knows only dotted names, so `global::` is dropped (a lookup
/// from the root namespace is what an unqualified name does unless
/// something in scope hides it) and `alias::` becomes `alias.`, which
/// name lookup resolves through the using alias.
fn alias_qualifiers(tokens: &mut [Token], src: &str) {
    let text = |t: &Token| src.get(t.span.start as usize..t.span.end as usize).unwrap_or("");
    for i in 1..tokens.len() {
        if tokens[i].kind != ColonColon || tokens[i - 1].kind != Ident || kind(tokens, i + 1) != Some(Ident) {
            continue;
        }
        if text(&tokens[i - 1]) == "global" {
            tokens[i - 1].kind = Removed;
            tokens[i].kind = Removed;
        } else {
            tokens[i].kind = Dot;
        }
    }
}


fn generics(tokens: &mut [Token], src: &str) {
    let text = |t: &Token| src.get(t.span.start as usize..t.span.end as usize).unwrap_or("");
    let mut marks = Vec::new();
    for i in 1..tokens.len() {
        if tokens[i].kind != Lt || tokens[i - 1].kind != Ident {
            continue;
        }
        marks.clear();
        let Some(after) = scan_type_args(tokens, i, &mut marks) else { continue };
        let start = name_start(tokens, i - 1);
        let prev = start.checked_sub(1).map(|p| tokens[p].kind);
        // In a position that only takes a type (`new`, `is`, `as`, `out`,
        // `operator`, …) the list is always type arguments.
        let type_only = matches!(
            prev,
            Some(
                KwNew | KwIs | KwCase | KwAs | KwOut | KwRef | KwIn | KwParams | KwThis | KwOperator | KwEvent | KwConst | KwClass
                    | KwStruct | KwInterface,
            )
        );
        // `List<string> names)`: a list holding a predefined type keyword
        // is never a comparison (`a < string` is no expression).
        let predefined_inside = tokens[i + 1..after - 1].iter().any(|t| t.kind.is_predefined_type());
        let keep = type_only
            || (predefined_inside && kind(tokens, after) == Some(Ident))
            || match kind(tokens, after) {
                None => true,
                // §6.2.5's list, plus `>` of an enclosing list, `{` (`new
                // List<int> { 1 }`), `this` (indexer declarations) and `=>`.
                Some(
                    LParen | RParen | RBracket | RBrace | Colon | Semi | Comma | Dot | Question | EqEq | BangEq
                    | Pipe | Caret | AmpAmp | PipePipe | Amp | LBracket | LBrace | KwThis | GenericGt | Gt
                    | FatArrow | QuestionQuestion | KwOperator,
                ) => true,
                // `List<int> x` only where a declaration can start, so that
                // `F(a < b, c > d)` stays two comparisons; and before a
                // constraint clause (`: I<List<T>> where T : new()`), whose
                // two names and colon never continue an expression.
                // `List<int> d =>`: a declaration pattern in a switch arm.
                Some(Ident) if kind(tokens, after + 1) == Some(FatArrow) => true,
                // `Dictionary<K, V> d when …`: a guarded declaration pattern.
                Some(Ident) if kind(tokens, after + 1) == Some(Ident) && tokens.get(after + 1).map(text) == Some("when") => true,
                Some(Ident) => {
                    declaration_position(tokens, start)
                        || (kind(tokens, after + 1) == Some(Ident) && kind(tokens, after + 2) == Some(Colon))
                }
                Some(_) => false,
            };
        if keep {
            // (The marks of tuple types inside are parentheses, left alone.)
            for &(lt, gt) in &marks {
                if tokens[lt].kind == Lt {
                    tokens[lt].kind = GenericLt;
                    tokens[gt].kind = GenericGt;
                }
            }
        }
    }
}

/// The index where the dotted name ending with the identifier at `i`
/// starts: walks back over `A.`, `A::` and `A<…>.` (lists to the left are
/// already marked).
fn name_start(tokens: &[Token], mut i: usize) -> usize {
    loop {
        if i < 2 || !matches!(tokens[i - 1].kind, Dot | ColonColon) {
            return i;
        }
        match tokens[i - 2].kind {
            Ident => i -= 2,
            GenericGt => {
                let mut depth = 0usize;
                let mut j = i - 2;
                loop {
                    match tokens[j].kind {
                        GenericGt => depth += 1,
                        GenericLt => {
                            depth -= 1;
                            if depth == 0 {
                                break;
                            }
                        }
                        _ => {}
                    }
                    if j == 0 {
                        return i;
                    }
                    j -= 1;
                }
                if j == 0 || tokens[j - 1].kind != Ident {
                    return i;
                }
                i = j - 1;
            }
            _ => return i,
        }
    }
}

fn is_modifier(k: TokenKind) -> bool {
    matches!(
        k,
        KwPublic | KwPrivate | KwProtected | KwInternal | KwStatic | KwReadonly | KwConst | KwVirtual | KwOverride
            | KwAbstract | KwSealed | KwExtern | KwUnsafe | KwVolatile | KwNew | Async | Partial
    )
}

/// Whether a type starting at `start` is where a declaration can begin:
/// statement or member start, after modifiers, a parameter, `out T x`,
/// `foreach (T x`, `catch (T e`.
fn declaration_position(tokens: &[Token], start: usize) -> bool {
    let Some(p) = start.checked_sub(1) else { return true };
    match tokens[p].kind {
        LBrace | RBrace | Semi | RBracket => true,
        // After a label (`case 1: List<int> l …`), not inside a `?:`.
        Colon => enclosing_paren(tokens, p).is_none(),
        KwOut | KwRef | KwIn | KwParams | KwThis | KwIs | KwAs | KwEvent => true,
        k if is_modifier(k) => true,
        LParen => declaring_paren(tokens, p),
        Comma => enclosing_paren(tokens, p).is_some_and(|open| declaring_paren(tokens, open)),
        _ => false,
    }
}

/// The unmatched `(` before index `i`, if any within the statement.
fn enclosing_paren(tokens: &[Token], i: usize) -> Option<usize> {
    let mut depth = 0usize;
    for j in (0..i).rev() {
        match tokens[j].kind {
            RParen | RBracket => depth += 1,
            LBracket => depth = depth.checked_sub(1)?,
            LParen | CastOpen | LambdaOpen => {
                if depth == 0 {
                    return Some(j);
                }
                depth -= 1;
            }
            LBrace | RBrace | Semi => return None,
            _ => {}
        }
    }
    None
}

/// Whether the `(` at `open` opens a parameter list or a declaring
/// statement head (`foreach (`, `using (`, `catch (`…), not arguments.
fn declaring_paren(tokens: &[Token], open: usize) -> bool {
    let Some(mut p) = open.checked_sub(1) else { return false };
    // An operator's parameters: `operator +(`, `operator T(`.
    if p >= 1 && tokens[p - 1].kind == KwOperator {
        return true;
    }
    match tokens[p].kind {
        KwForeach | KwFor | KwUsing | KwCatch | KwFixed => return true,
        Ident => {}
        // A generic method `T M<U>(`: its list is already marked.
        GenericGt => match generic_open(tokens, p).and_then(|lt| lt.checked_sub(1)) {
            Some(name) if tokens[name].kind == Ident => p = name,
            _ => return false,
        },
        _ => return false,
    }
    let after = matching_paren(tokens, open).and_then(|c| kind(tokens, c + 1));
    // An explicit interface member `T I.M(` (§18.6.2): look before the
    // whole dotted name.
    let before = name_start(tokens, p).checked_sub(1).map(|b| tokens[b].kind);
    match before {
        // A conversion to a generic type: `operator Box<T>(`.
        Some(KwOperator) => true,
        // A method or local function: `T M(`.
        Some(b) if ends_type(b) => matches!(after, Some(LBrace | FatArrow | Semi | Ident)),
        // A constructor: `public C(` with a body or an initializer.
        b => {
            b.is_none_or(|b| matches!(b, LBrace | RBrace | Semi | RBracket) || is_modifier(b))
                && matches!(after, Some(LBrace | FatArrow | Colon))
        }
    }
}

/// Tokens that can end a type (so an identifier after them is declared).
fn ends_type(k: TokenKind) -> bool {
    k.is_predefined_type() || matches!(k, Ident | GenericGt | KwVoid | RBracket | NullableQ | Question | Star)
}


/// Merges adjacent `>` `>` into `>>` and `>` `>=` into `>>=`.
fn shifts(tokens: &mut [Token]) {
    for i in 0..tokens.len().saturating_sub(1) {
        if tokens[i].kind != Gt || tokens[i].span.end != tokens[i + 1].span.start {
            continue;
        }
        let merged = match tokens[i + 1].kind {
            Gt => GtGt,
            GtEq => GtGtEq,
            _ => continue,
        };
        tokens[i].kind = merged;
        tokens[i].span.end = tokens[i + 1].span.end;
        tokens[i + 1].kind = Removed;
    }
}

/// Decides each `?` after a type-like token, as Roslyn and mcs do: it is a
/// nullable type only where a type is expected, otherwise the conditional
/// operator (`c ? Loud(1) : Loud(2)`, `c ? x = 1 : 2`, `flag ? a : b`).
fn nullable(tokens: &mut [Token]) {
    for i in 1..tokens.len() {
        if tokens[i].kind != Question {
            continue;
        }
        let prev = tokens[i - 1].kind;
        let predefined = prev.is_predefined_type();
        // `int[]? a`: an array type's rank specifier, `[]` or `[,]`.
        let rank_end = prev == RBracket && i >= 2 && matches!(tokens[i - 2].kind, LBracket | Comma);
        if !(prev == Ident || prev == GenericGt || predefined || rank_end) {
            continue;
        }
        if is_nullable_q(tokens, i, predefined) {
            tokens[i].kind = NullableQ;
        }
    }
    // A `?` before `[` that is not a nullable type is `?[` (C# 6
    // null-conditional element access): `c ? [` cannot be a conditional.
    for i in 0..tokens.len().saturating_sub(1) {
        if tokens[i].kind == Question && tokens[i + 1].kind == LBracket {
            tokens[i].kind = QuestionBracket;
            tokens[i].span.end = tokens[i + 1].span.end;
            tokens[i + 1].kind = Removed;
        }
    }
}

fn is_nullable_q(tokens: &[Token], i: usize, predefined: bool) -> bool {
    // `new int?()`, `new int?[3]`: after `new` comes a type; so after
    // `operator` (`implicit operator int?(S s)`).
    if i >= 2 && matches!(tokens[i - 2].kind, KwNew | KwOperator) && matches!(kind(tokens, i + 1), Some(LParen | LBracket)) {
        return true;
    }
    match kind(tokens, i + 1) {
        // `static Bar? operator -(Bar? b)`.
        Some(KwOperator) => true,
        None => false,
        // A type-argument list, cast, tuple element or `T? x;`-like end.
        Some(RParen | Comma | GenericGt | Gt | RBracket | Semi | Question | QuestionQuestion) => true,
        // `int?[] a` but not `a?[i]`.
        Some(LBracket) => matches!(kind(tokens, i + 2), Some(RBracket | Comma)),
        // `T? this[int i] { … }`, not `c ? this[0] : x`.
        Some(KwThis) => {
            kind(tokens, i + 2) == Some(LBracket)
                && matching_close(tokens, i + 2, LBracket, RBracket).is_some_and(|c| matches!(kind(tokens, c + 1), Some(LBrace | FatArrow)))
        }
        Some(Ident) => {
            let declared = match kind(tokens, i + 2) {
                // `int? x = …` unless the "initializer" ends at an
                // unmatched `:` (`c ? x = 1 : 2`).
                Some(Eq) => !colon_ends_initializer(tokens, i + 3),
                Some(Semi | Comma | RParen | KwIn | LBrace | FatArrow) => true,
                // `T? M(…) {` / `=>` / `;`, not `c ? F(x) : y`.
                Some(LParen) => method_after(tokens, i + 2),
                Some(GenericLt) => matching_close(tokens, i + 2, GenericLt, GenericGt)
                    .is_some_and(|gt| kind(tokens, gt + 1) == Some(LParen) && method_after(tokens, gt + 1)),
                _ => false,
            };
            // A predefined type keyword is never a condition on its own;
            // only `x is int ? a : b` makes it one.
            let before = i.checked_sub(2).map(|b| tokens[b].kind);
            declared || (predefined && !matches!(before, Some(KwIs | KwAs)) && kind(tokens, i + 2) != Some(Colon))
        }
        _ => false,
    }
}

/// Whether `(` at `open` is a method's parameter list: its `)` is followed
/// by a body, `=>`, `;` or a `where` clause.
fn method_after(tokens: &[Token], open: usize) -> bool {
    matching_paren(tokens, open).is_some_and(|c| matches!(kind(tokens, c + 1), Some(LBrace | FatArrow | Semi | Ident)))
}

/// Scans an initializer from `j`: true when a `:` with no pending `?`
/// comes before the end of the declaration.
fn colon_ends_initializer(tokens: &[Token], mut j: usize) -> bool {
    let mut depth = 0usize;
    let mut pending = 0usize;
    while let Some(k) = kind(tokens, j) {
        match k {
            LParen | CastOpen | LambdaOpen | LBracket | LBrace | InterpHoleOpen => depth += 1,
            RParen | RBracket | RBrace | InterpHoleClose => {
                if depth == 0 {
                    return false;
                }
                depth -= 1;
            }
            Semi | Comma if depth == 0 => return false,
            Question if depth == 0 => pending += 1,
            Colon if depth == 0 => {
                if pending == 0 {
                    return true;
                }
                pending -= 1;
            }
            _ => {}
        }
        j += 1;
    }
    false
}


/// The `GenericLt` matching the `GenericGt` at `close`, scanning back.
fn generic_open(tokens: &[Token], close: usize) -> Option<usize> {
    let mut depth = 0usize;
    for j in (0..=close).rev() {
        match tokens[j].kind {
            GenericGt => depth += 1,
            GenericLt => {
                depth = depth.checked_sub(1)?;
                if depth == 0 {
                    return Some(j);
                }
            }
            Semi | LBrace | RBrace => return None,
            _ => {}
        }
    }
    None
}

fn matching_paren(tokens: &[Token], open: usize) -> Option<usize> {
    let mut depth = 0usize;
    for (j, t) in tokens.iter().enumerate().skip(open) {
        match t.kind {
            LParen | CastOpen | LambdaOpen => depth += 1,
            RParen => {
                depth -= 1;
                if depth == 0 {
                    return Some(j);
                }
            }
            Semi | LBrace | RBrace => return None,
            _ => {}
        }
    }
    None
}

/// Keywords that can start a unary expression, so `(T)` before them is a cast.
fn starts_expression_keyword(k: TokenKind) -> bool {
    k.is_predefined_type()
        || matches!(
            k,
            KwThis | KwBase | KwNew | KwTypeof | KwDefault | KwChecked | KwUnchecked | KwTrue | KwFalse
                | KwNull | KwSizeof | KwDelegate
        )
}

/// The `)` matching each `(` (as `matching_paren` finds it), for every
/// token at once: one pass with a stack, so a pass that asks for every
/// `(` stays linear however deeply the parentheses nest.
fn paren_closers(tokens: &[Token]) -> Vec<Option<usize>> {
    let mut closers = vec![None; tokens.len()];
    let mut open = Vec::new();
    for (j, t) in tokens.iter().enumerate() {
        match t.kind {
            LParen | CastOpen | LambdaOpen => open.push(j),
            RParen => {
                if let Some(o) = open.pop() {
                    closers[o] = Some(j);
                }
            }
            // A statement or block boundary: the parentheses still open
            // are unmatched.
            Semi | LBrace | RBrace => open.clear(),
            _ => {}
        }
    }
    closers
}

fn parens(tokens: &mut [Token]) {
    // The `)` of each cast found so far: `(A)(B)x` casts twice.
    let mut cast_closers = Vec::new();
    let closers = paren_closers(tokens);
    for i in 0..tokens.len() {
        if tokens[i].kind != LParen {
            continue;
        }
        let Some(close) = closers[i] else { continue };
        // A cast or lambda `(` never follows something that ends an operand
        // or a keyword that takes its own parenthesis (`if (`, `typeof (`),
        // nor a method name (`int F(int n) => ...` is not a lambda).
        let prev = (0..i).rev().find(|&p| tokens[p].kind != Removed);
        // `operator +(T a) => …` is a parameter list, not a lambda.
        let operator_params = prev.is_some_and(|p| {
            tokens[p].kind == KwOperator
                || (0..p).rev().find(|&q| tokens[q].kind != Removed).is_some_and(|q| tokens[q].kind == KwOperator)
        });
        if operator_params {
            continue;
        }
        let expression_position = match prev.map(|p| tokens[p].kind) {
            None => true,
            Some(RParen) if cast_closers.last() == Some(&(i - 1)) => true,
            Some(p) => {
                if matches!(p, Ident | RParen | RBracket | GenericGt) || p.is_literal() {
                    false
                } else if p.is_keyword() {
                    matches!(p, KwReturn | KwThrow | KwIn | KwCase | KwElse | KwDo)
                } else {
                    !matches!(p, Partial | Async | Where)
                }
            }
        };
        if !expression_position {
            continue;
        }
        if kind(tokens, close + 1) == Some(FatArrow) {
            tokens[i].kind = LambdaOpen;
            continue;
        }
        let mut marks = Vec::new();
        if scan_type(tokens, i + 1, &mut marks) != Some(close) {
            continue;
        }
        let predefined = tokens[i + 1].kind.is_predefined_type();
        let next = kind(tokens, close + 1);
        let cast = predefined
            || match next {
                None => false,
                Some(k) => {
                    matches!(k, Ident | LParen | CastOpen | LambdaOpen | Bang | Tilde)
                        || k.is_literal()
                        || starts_expression_keyword(k)
                }
            };
        if cast {
            tokens[i].kind = CastOpen;
            cast_closers.push(close);
        }
    }
}

fn contextual(tokens: &mut [Token], src: &str) {
    let text = |t: &Token| src.get(t.span.start as usize..t.span.end as usize).unwrap_or("");
    for i in 0..tokens.len() {
        if tokens[i].kind == KwUsing && declares_after(tokens, i + 1) {
            tokens[i].kind = UsingDecl;
            continue;
        }
        if tokens[i].kind == LBracket
            && kind(tokens, i + 1) == Some(Ident)
            && kind(tokens, i + 2) == Some(Colon)
            && matches!(tokens.get(i + 1).map(text), Some("assembly" | "module"))
        {
            tokens[i].kind = GlobalAttrOpen;
            continue;
        }
        // A `..` that ends its range: what follows cannot begin an operand.
        if tokens[i].kind == DotDot
            && matches!(kind(tokens, i + 1), Some(RBracket | RParen | Comma | Semi | RBrace | Colon) | None)
        {
            tokens[i].kind = RangeEnd;
            continue;
        }
        if tokens[i].kind != Ident {
            continue;
        }
        let next = kind(tokens, i + 1);
        let next2 = kind(tokens, i + 2);
        match text(&tokens[i]) {
            "partial" => {
                let record_follows = next == Some(Ident) && tokens.get(i + 1).map(text) == Some("record");
                if record_follows || matches!(next, Some(KwClass | KwStruct | KwInterface | KwVoid | KwEnum)) {
                    tokens[i].kind = Partial;
                }
            }
            "async" => {
                let modifier_follows = match next {
                    Some(KwVoid | KwStatic | KwPublic | KwPrivate | KwProtected | KwInternal | KwOverride
                        | KwVirtual | KwSealed | KwAbstract | KwUnsafe | KwExtern | KwNew) => true,
                    Some(k) if k.is_predefined_type() => true,
                    Some(Ident) => matches!(next2, Some(Ident | GenericLt | Dot | NullableQ | LBracket)),
                    _ => false,
                };
                if modifier_follows {
                    tokens[i].kind = Async;
                }
            }
            // `record R(…)`, `record R : B`, `record R { … }`, `record class R`
            // where a type declaration can start (C# 9).
            "record" => {
                let at_declaration = i == 0
                    || matches!(tokens[i - 1].kind, LBrace | RBrace | Semi | RBracket)
                    || is_modifier(tokens[i - 1].kind);
                let head = match next {
                    Some(Ident) => matches!(next2, Some(LParen | LBrace | Colon | GenericLt | Semi | Where) | None)
                        || (next2 == Some(Ident) && tokens.get(i + 2).map(text) == Some("where")),
                    Some(KwClass | KwStruct) => next2 == Some(Ident),
                    _ => false,
                };
                if at_declaration && head {
                    tokens[i].kind = Record;
                }
            }
            // `e with { X = 1 }`: after what ends an operand.
            "with" => {
                let prev = i.checked_sub(1).map(|p| tokens[p].kind);
                let after_operand = matches!(
                    prev,
                    Some(Ident | RParen | RBracket | RBrace | KwThis | KwBase | KwNull | KwTrue | KwFalse | GenericGt
                        | IntLit | RealLit | CharLit | StringLit | VerbatimStringLit | InterpEnd)
                );
                if after_operand && next == Some(LBrace) {
                    tokens[i].kind = With;
                }
            }
            "where" => {
                let prev = i.checked_sub(1).map(|p| tokens[p].kind);
                // After a declaration's head, or after the last constraint of
                // another clause (`where T : class where U : struct`).
                let after_constraint = matches!(prev, Some(KwClass | KwStruct | KwNew | RParen | GenericGt | Ident));
                if after_constraint && next == Some(Ident) && next2 == Some(Colon) {
                    tokens[i].kind = Where;
                }
            }
            _ => {}
        }
    }
}

/// Whether a type starts at `i` and a name follows it: what a declaration
/// after `using` looks like. The type is a dotted name with type arguments
/// (already `GenericLt`/`GenericGt`), `?` and array ranks, or a predefined type.
fn declares_after(tokens: &[Token], mut i: usize) -> bool {
    match kind(tokens, i) {
        Some(k) if k.is_predefined_type() => i += 1,
        Some(Ident) => {
            i += 1;
            while kind(tokens, i) == Some(Dot) && kind(tokens, i + 1) == Some(Ident) {
                i += 2;
            }
        }
        _ => return false,
    }
    loop {
        match kind(tokens, i) {
            Some(GenericLt) => {
                let mut depth = 0;
                while let Some(k) = kind(tokens, i) {
                    match k {
                        GenericLt => depth += 1,
                        GenericGt => depth -= 1,
                        _ => {}
                    }
                    i += 1;
                    if depth == 0 {
                        break;
                    }
                }
                while kind(tokens, i) == Some(Dot) && kind(tokens, i + 1) == Some(Ident) {
                    i += 2;
                }
            }
            Some(NullableQ) => i += 1,
            Some(LBracket) => {
                i += 1;
                while kind(tokens, i) == Some(Comma) {
                    i += 1;
                }
                if kind(tokens, i) != Some(RBracket) {
                    return false;
                }
                i += 1;
            }
            _ => break,
        }
    }
    kind(tokens, i) == Some(Ident)
}
