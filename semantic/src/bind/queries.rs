//! The calls a query expression was translated into (`parser/src/query.rs`,
//! C# spec §12.20.3) bind as any call, with two diagnostics of their own:
//! a source whose type has no method for a clause, as an instance member
//! or an extension that takes it, is CS1936 (CS1935 for a sequence without
//! `using System.Linq`, §12.20.4 "the query expression pattern"), and a
//! join whose keys give the call no type to infer is CS1941. A range
//! variable may not take the name of a local or parameter (CS1931).

use lexer::Span;
use parser::ast;

use super::Binder;
use super::expressions::Bound;
use super::lookup::Member;
use crate::bound::*;
use crate::types::*;

impl Binder<'_> {
    /// A translated query: CS1931 for a range variable named like a local
    /// or parameter of the function it is in (inside a lambda, names of
    /// the enclosing function may be reused, C# 8), then its calls.
    pub(super) fn bind_query(&mut self, expr: &ast::Expr<'_>, variables: &[ast::Ident<'_>]) -> BoundExpr {
        for v in variables {
            let taken = self.scopes.lookup(v.text).is_some() || self.sym().params.iter().any(|p| p.name == v.text);
            if taken {
                self.error("CS1931", v.span, format!("The range variable '{}' conflicts with a previous declaration of '{}'", v.text, v.text));
            }
        }
        self.bind_expr(expr)
    }

    pub(super) fn bind_query_call(&mut self, call: &ast::Expr<'_>, clause: Span, span: Span) -> BoundExpr {
        let ast::ExprKind::Invocation { callee, args } = &call.kind else { return self.bind_expr(call) };
        let ast::ExprKind::MemberAccess { target, name, type_args } = &callee.kind else { return self.bind_expr(call) };
        let receiver = self.bind_expr(target);
        if receiver.ty == Symbols::ERROR {
            return self.error_expr(span);
        }
        if !self.has_query_method(&receiver, name.text) {
            // The first clause's call reports at the source expression.
            let at = if matches!(target.kind, ast::ExprKind::QueryCall { .. }) { clause } else { target.span };
            let shown = self.syms.display(receiver.ty);
            let missing = format!("Could not find an implementation of the query pattern for source type '{shown}'.  '{}' not found.", name.text);
            if self.is_sequence(receiver.ty) {
                self.error("CS1935", at, format!("{missing}  Are you missing required assembly references or a using directive for 'System.Linq'?"));
            } else {
                self.error("CS1936", at, missing);
            }
            return self.error_expr(span);
        }
        let Some(type_args) = self.resolve_type_args(type_args) else { return self.error_expr(span) };
        let mark = self.diags.len();
        let method = self.bind_member_access(Bound::Value(receiver), name, &type_args, callee.span);
        let result = self.invoke_bound(method, callee, args, call.span);
        if matches!(name.text, "Join" | "GroupJoin") {
            // Keys of two types leave the call's TKey uninferable.
            if let Some(i) = self.diags[mark..].iter().position(|d| d.code == "CS0411") {
                self.diags.remove(mark + i);
                self.error(
                    "CS1941",
                    clause,
                    format!("The type of one of the expressions in the join clause is incorrect.  Type inference failed in the call to '{}'.", name.text),
                );
            }
        }
        result
    }

    /// Whether `receiver` has a method `name` for a query clause: an
    /// instance method, or an extension method whose `this` parameter
    /// could take it.
    fn has_query_method(&mut self, receiver: &BoundExpr, name: &str) -> bool {
        let def = match self.syms.kind(receiver.ty) {
            TyKind::Def(d) => Some(d),
            TyKind::Array(..) => self.syms.special_def(SpecialType::Array),
            _ => None,
        };
        if let Some(d) = def
            && matches!(self.lookup_member(d, name), Some(Member::Methods(_)))
        {
            return true;
        }
        self.extension_methods(name).into_iter().any(|m| self.extension_takes(m, receiver))
    }

    /// Whether extension method `m`'s first parameter could be `receiver`:
    /// a conversion to a closed type, or for `IEnumerable<TSource>` and
    /// its kin an implementation of that generic type.
    fn extension_takes(&mut self, m: MethodId, receiver: &BoundExpr) -> bool {
        let Some(first) = self.syms.method(m).params.first().map(|p| p.ty) else { return false };
        if self.syms.is_type_param(first) {
            return true;
        }
        if !self.syms.is_open(first) {
            return self.classify(receiver, first).is_some_and(|c| c.is_implicit());
        }
        let TyKind::Def(wanted) = self.syms.kind(first) else { return true };
        let wanted = self.syms.generic_def(wanted);
        self.implemented_generics(receiver.ty).contains(&wanted)
    }

    /// The generic definitions `ty` is or implements: its own, its base
    /// classes' and its interfaces' (an array's are `IList<T>` and its
    /// bases, as the runtime gives every vector).
    fn implemented_generics(&mut self, ty: TyId) -> Vec<DefId> {
        let mut types = Vec::new();
        if let TyKind::Array(elem, 1) = self.syms.kind(ty) {
            for name in ["System.Collections.Generic.IList`1", "System.Collections.Generic.IReadOnlyList`1"] {
                if let Some(d) = self.syms.lookup_type(name) {
                    types.push(self.syms.instantiate(d, &[elem]));
                }
            }
        }
        let mut current = Some(ty);
        while let Some(t) = current {
            types.push(t);
            current = match self.syms.kind(t) {
                TyKind::Def(d) => self.syms.def(d).base,
                _ => None,
            };
        }
        let mut all = types.clone();
        for t in types {
            crate::declare::all_interfaces(self.syms, t, &mut all);
        }
        all.into_iter()
            .filter_map(|t| match self.syms.kind(t) {
                TyKind::Def(d) => Some(self.syms.generic_def(d)),
                _ => None,
            })
            .collect()
    }

    /// An array, or a type implementing `IEnumerable<T>`: what System.Linq
    /// would query.
    fn is_sequence(&mut self, ty: TyId) -> bool {
        let Some(enumerable) = self.syms.lookup_type("System.Collections.Generic.IEnumerable`1") else { return false };
        self.implemented_generics(ty).contains(&enumerable)
    }
}
