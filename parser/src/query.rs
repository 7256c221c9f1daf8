//! Query expressions (C# spec §12.20) by their syntactic translation
//! (§12.20.3): the builder rewrites `from x in e where p select v` into
//! `e.Where(x => p).Select(x => v)` as it parses, so a query reaches the
//! binder as ordinary method calls and lambdas, and any type with the
//! right methods (§12.20.4, the query pattern) can be queried.
//!
//! Range variables after the first live in a transparent identifier
//! (§12.20.3.8): where the spec makes an anonymous object `new { x, y }`,
//! this translation makes a tuple `(x, y)`, and each lambda over several
//! range variables takes the tuple as one parameter and deconstructs it
//! into locals named after them: `<>t => { var ((x, y), z) = <>t; return
//! body; }`. The user's expressions see plain variables, so they bind,
//! capture and infer as they would anywhere.

use lexer::Span;

use crate::ast::*;
use crate::builder::B;

/// `from T x in e` (also a `from` clause after the first).
#[derive(Clone, Copy)]
pub struct QueryFrom<'a> {
    pub ty: Option<&'a TypeSyntax<'a>>,
    pub name: Ident<'a>,
    pub expr: &'a Expr<'a>,
    pub span: Span,
}

pub enum QueryClause<'a> {
    From(QueryFrom<'a>),
    Let(Ident<'a>, &'a Expr<'a>),
    Where(&'a Expr<'a>),
    /// `join T y in e on k1 equals k2 into g`.
    Join { from: QueryFrom<'a>, outer_key: &'a Expr<'a>, inner_key: &'a Expr<'a>, into: Option<Ident<'a>> },
    /// The keys, each with whether it is descending.
    OrderBy(Vec<(&'a Expr<'a>, bool)>),
}

pub enum QueryEnd<'a> {
    Select(&'a Expr<'a>),
    /// `group v by k`.
    Group(&'a Expr<'a>, &'a Expr<'a>),
}

/// The clauses after the first `from`, the `select` or `group` that ends
/// them, and an `into` continuation.
pub struct QueryBody<'a> {
    pub clauses: Vec<(QueryClause<'a>, Span)>,
    pub end: QueryEnd<'a>,
    pub end_span: Span,
    pub continuation: Option<(Ident<'a>, Box<QueryBody<'a>>)>,
}

/// The range variables in scope: one, or a transparent identifier
/// pairing those of earlier clauses with a new one.
enum Shape<'a> {
    One(Ident<'a>),
    Pair(Box<Shape<'a>>, Box<Shape<'a>>),
}

impl<'a> Shape<'a> {
    fn names(&self) -> Vec<&'a str> {
        match self {
            Shape::One(x) => vec![x.text],
            Shape::Pair(a, b) => {
                let mut names = a.names();
                names.extend(b.names());
                names
            }
        }
    }
}

/// Every range variable a query body declares, continuations included.
fn range_variables<'a>(body: &QueryBody<'a>, out: &mut Vec<Ident<'a>>) {
    for (clause, _) in &body.clauses {
        match clause {
            QueryClause::From(f) => out.push(f.name),
            QueryClause::Let(name, _) => out.push(*name),
            QueryClause::Join { from, into, .. } => {
                out.push(from.name);
                out.extend(*into);
            }
            QueryClause::Where(_) | QueryClause::OrderBy(_) => {}
        }
    }
    if let Some((name, rest)) = &body.continuation {
        out.push(*name);
        range_variables(rest, out);
    }
}

/// The parameter name of a lambda over a transparent identifier; no C#
/// identifier can be spelled this way.
const TRANSPARENT: &str = "<>t";

impl<'a> B<'a> {
    pub fn query(&self, from: QueryFrom<'a>, body: QueryBody<'a>, span: Span) -> &'a Expr<'a> {
        let mut variables = vec![from.name];
        range_variables(&body, &mut variables);
        let source = self.range_source(from, span);
        let expr = self.query_body(source, Shape::One(from.name), body, span);
        self.expr(ExprKind::Query { expr, variables: self.slice(variables) }, span.start as usize, span.end as usize)
    }

    /// CS1930 when `name` is already a range variable of `shape`.
    fn check_new_variable(&self, shape: &Shape<'a>, name: Ident<'a>) {
        if shape.names().contains(&name.text) {
            self.error(lexer::Diagnostic::error("CS1930", name.span, format!("The range variable '{}' has already been declared", name.text)));
        }
    }

    fn query_body(&self, mut source: &'a Expr<'a>, mut shape: Shape<'a>, body: QueryBody<'a>, span: Span) -> &'a Expr<'a> {
        let count = body.clauses.len();
        // `from … from y in e select v` and `… join … select v`: the select
        // is the last call's result selector (§12.20.3.4, §12.20.3.5).
        let mut fused = false;
        for (i, (clause, at)) in body.clauses.into_iter().enumerate() {
            let final_select = match body.end {
                QueryEnd::Select(v) if i + 1 == count => Some(v),
                _ => None,
            };
            match clause {
                QueryClause::From(f) => {
                    self.check_new_variable(&shape, f.name);
                    let collection = self.query_lambda(&shape, self.range_source(f, span), span);
                    let result = final_select.unwrap_or_else(|| self.pair(&shape, f.name, span));
                    let selector = self.query_lambda2(&shape, f.name, result, span);
                    source = self.call(source, "SelectMany", &[], vec![collection, selector], span, at);
                    fused = final_select.is_some();
                    shape = Shape::Pair(Box::new(shape), Box::new(Shape::One(f.name)));
                }
                QueryClause::Let(name, e) => {
                    self.check_new_variable(&shape, name);
                    let value = self.tuple(self.shape_value(&shape, span), e, span);
                    source = self.call(source, "Select", &[], vec![self.query_lambda(&shape, value, span)], span, at);
                    shape = Shape::Pair(Box::new(shape), Box::new(Shape::One(name)));
                }
                QueryClause::Where(e) => {
                    source = self.call(source, "Where", &[], vec![self.query_lambda(&shape, e, span)], span, at);
                }
                QueryClause::Join { from, outer_key, inner_key, into } => {
                    let inner = self.range_source(from, span);
                    let outer_key = self.query_lambda(&shape, outer_key, span);
                    let inner_key = self.query_lambda(&Shape::One(from.name), inner_key, span);
                    self.check_new_variable(&shape, from.name);
                    let added = into.unwrap_or(from.name);
                    if into.is_some() {
                        self.check_new_variable(&shape, added);
                    }
                    let result = final_select.unwrap_or_else(|| self.pair(&shape, added, span));
                    let selector = self.query_lambda2(&shape, added, result, span);
                    let method = if into.is_some() { "GroupJoin" } else { "Join" };
                    source = self.call(source, method, &[], vec![inner, outer_key, inner_key, selector], span, at);
                    fused = final_select.is_some();
                    shape = Shape::Pair(Box::new(shape), Box::new(Shape::One(added)));
                }
                QueryClause::OrderBy(keys) => {
                    for (k, (key, descending)) in keys.into_iter().enumerate() {
                        let method = match (k, descending) {
                            (0, false) => "OrderBy",
                            (0, true) => "OrderByDescending",
                            (_, false) => "ThenBy",
                            (_, true) => "ThenByDescending",
                        };
                        source = self.call(source, method, &[], vec![self.query_lambda(&shape, key, span)], span, at);
                    }
                }
            }
        }
        if !fused {
            source = match body.end {
                QueryEnd::Select(v) => {
                    // `select x` of the only range variable after other
                    // clauses adds nothing; right after `from` it is kept,
                    // so the query is never its source (§12.20.3.3).
                    if count > 0 && self.is_range_variable(&shape, v) {
                        source
                    } else {
                        self.call(source, "Select", &[], vec![self.query_lambda(&shape, v, span)], span, body.end_span)
                    }
                }
                QueryEnd::Group(v, k) => {
                    let key = self.query_lambda(&shape, k, span);
                    if self.is_range_variable(&shape, v) {
                        self.call(source, "GroupBy", &[], vec![key], span, body.end_span)
                    } else {
                        let element = self.query_lambda(&shape, v, span);
                        self.call(source, "GroupBy", &[], vec![key, element], span, body.end_span)
                    }
                }
            };
        }
        match body.continuation {
            // `… into y body` is `from y in (…) body` (§12.20.3.2).
            Some((name, rest)) => self.query_body(source, Shape::One(name), *rest, span),
            None => source,
        }
    }

    /// `e`, or `e.Cast<T>()` for an explicitly typed range variable (§12.20.3.2).
    fn range_source(&self, from: QueryFrom<'a>, span: Span) -> &'a Expr<'a> {
        match from.ty {
            Some(t) => self.call(from.expr, "Cast", self.slice(vec![t]), Vec::new(), span, from.span),
            None => from.expr,
        }
    }

    /// `target.name<type_args>(args)`, made for the clause at `clause`.
    fn call(
        &self,
        target: &'a Expr<'a>,
        name: &'static str,
        type_args: &'a [&'a TypeSyntax<'a>],
        args: Vec<&'a Expr<'a>>,
        span: Span,
        clause: Span,
    ) -> &'a Expr<'a> {
        let (l, r) = (span.start as usize, span.end as usize);
        let name = Ident { text: name, span: clause };
        let callee = self.expr(ExprKind::MemberAccess { target, name, type_args }, l, r);
        let args: Vec<Argument<'a>> = args.into_iter().map(|a| self.arg(None, ArgModifier::None, a, a.span.start as usize, a.span.end as usize)).collect();
        let call = self.expr(ExprKind::Invocation { callee, args: self.slice(args) }, l, r);
        self.expr(ExprKind::QueryCall { call, clause }, l, r)
    }

    fn name(&self, text: &'a str, span: Span) -> &'a Expr<'a> {
        self.expr(ExprKind::Name { name: Ident { text, span }, type_args: &[] }, span.start as usize, span.end as usize)
    }

    fn tuple(&self, a: &'a Expr<'a>, b: &'a Expr<'a>, span: Span) -> &'a Expr<'a> {
        let args = vec![
            self.arg(None, ArgModifier::None, a, a.span.start as usize, a.span.end as usize),
            self.arg(None, ArgModifier::None, b, b.span.start as usize, b.span.end as usize),
        ];
        self.expr(ExprKind::Tuple(self.slice(args)), span.start as usize, span.end as usize)
    }

    /// The value holding every range variable of `shape`.
    fn shape_value(&self, shape: &Shape<'a>, span: Span) -> &'a Expr<'a> {
        match shape {
            Shape::One(x) => self.name(x.text, x.span),
            Shape::Pair(..) => self.name(TRANSPARENT, span),
        }
    }

    /// The transparent identifier of `shape` and the new variable `y`.
    fn pair(&self, shape: &Shape<'a>, y: Ident<'a>, span: Span) -> &'a Expr<'a> {
        self.tuple(self.shape_value(shape, span), self.name(y.text, y.span), span)
    }

    fn is_range_variable(&self, shape: &Shape<'a>, e: &Expr<'a>) -> bool {
        matches!((shape, &e.kind), (Shape::One(x), ExprKind::Name { name, type_args: [] }) if name.text == x.text)
    }

    /// `x => body`, or `<>t => { var (…) = <>t; return body; }`.
    fn query_lambda(&self, shape: &Shape<'a>, body: &'a Expr<'a>, span: Span) -> &'a Expr<'a> {
        self.lambda_over(shape, None, body, span)
    }

    /// `(x, y) => body`, the first parameter over `shape`.
    fn query_lambda2(&self, shape: &Shape<'a>, y: Ident<'a>, body: &'a Expr<'a>, span: Span) -> &'a Expr<'a> {
        self.lambda_over(shape, Some(y), body, span)
    }

    fn lambda_over(&self, shape: &Shape<'a>, second: Option<Ident<'a>>, body: &'a Expr<'a>, span: Span) -> &'a Expr<'a> {
        let (l, r) = (body.span.start as usize, body.span.end as usize);
        let first = match shape {
            Shape::One(x) => *x,
            Shape::Pair(..) => Ident { text: TRANSPARENT, span },
        };
        let mut params = vec![self.implicit_param(first)];
        if let Some(y) = second {
            params.push(self.implicit_param(y));
        }
        let body = match shape {
            Shape::One(_) => Body::Expr(body),
            Shape::Pair(..) => {
                let target = self.deconstruction_target(shape, span);
                let assign = self.expr(ExprKind::Assign { op: None, target, value: self.name(TRANSPARENT, span) }, l, r);
                let stmts = vec![self.stmt(StmtKind::Expr(assign), l, r), self.stmt(StmtKind::Return(Some(body)), l, r)];
                Body::Block(self.alloc(Block { stmts: self.slice(stmts), span: body.span }))
            }
        };
        let lambda = LambdaExpr { params: self.slice(params), body, no_param_list: false, anonymous_method: false, from_query: true, span: self.sp(l, r) };
        self.expr(ExprKind::Lambda(self.alloc(lambda)), l, r)
    }

    /// `((var x, var y), var z)`: a declaration of each range variable.
    fn deconstruction_target(&self, shape: &Shape<'a>, span: Span) -> &'a Expr<'a> {
        match shape {
            Shape::One(x) => {
                let var = self.alloc(TypeSyntax { kind: TypeSyntaxKind::Named(self.slice(vec![NamePart { name: Ident { text: "var", span: x.span }, type_args: &[] }])), span: x.span });
                self.expr(ExprKind::Declaration { ty: var, name: *x }, x.span.start as usize, x.span.end as usize)
            }
            Shape::Pair(a, b) => self.tuple(self.deconstruction_target(a, span), self.deconstruction_target(b, span), span),
        }
    }
}
