//! A walk over every expression of a bound tree, for the lowerings that
//! rewrite variables after binding (an iterator's temporaries become
//! fields of its class, `bind/iterators.rs`).

use crate::bound::*;

/// Calls `f` on every expression of `stmts`, children before their parent; `f` may replace
/// the expression it is given.
pub fn exprs_mut(stmts: &mut [BoundStmt], f: &mut dyn FnMut(&mut BoundExpr)) {
    for s in stmts {
        stmt_mut(s, f);
    }
}

fn stmt_mut(s: &mut BoundStmt, f: &mut dyn FnMut(&mut BoundExpr)) {
    match s {
        BoundStmt::Expr(e) | BoundStmt::YieldReturn(e) => expr_mut(e, f),
        BoundStmt::Block(b) => exprs_mut(b, f),
        BoundStmt::If { cond, then, else_ } => {
            expr_mut(cond, f);
            stmt_mut(then, f);
            if let Some(e) = else_ {
                stmt_mut(e, f);
            }
        }
        BoundStmt::Loop { cond, body, step, .. } => {
            if let Some(c) = cond {
                expr_mut(c, f);
            }
            stmt_mut(body, f);
            step.iter_mut().for_each(|e| expr_mut(e, f));
        }
        BoundStmt::Return(Some(e), _) | BoundStmt::Throw(Some(e)) => expr_mut(e, f),
        BoundStmt::Switch { value, sections } => {
            expr_mut(value, f);
            sections.iter_mut().for_each(|s| exprs_mut(&mut s.body, f));
        }
        BoundStmt::Try { body, catches, finally } => {
            exprs_mut(body, f);
            for c in catches {
                if let Some(flt) = &mut c.filter {
                    expr_mut(flt, f);
                }
                exprs_mut(&mut c.body, f);
            }
            if let Some(fin) = finally {
                exprs_mut(fin, f);
            }
        }
        BoundStmt::Return(None, _)
        | BoundStmt::Throw(None)
        | BoundStmt::Break
        | BoundStmt::Continue
        | BoundStmt::Label(_)
        | BoundStmt::Goto(_)
        | BoundStmt::YieldBreak(_) => {}
    }
}

fn expr_mut(e: &mut BoundExpr, f: &mut dyn FnMut(&mut BoundExpr)) {
    use BoundExprKind as K;
    match &mut e.kind {
        K::Field { receiver: r, .. }
        | K::MethodGroup { receiver: r, .. }
        | K::NewDelegate { receiver: r, .. }
        | K::EventAccess { receiver: r, .. } => {
            if let Some(r) = r {
                expr_mut(r, f);
            }
        }
        K::Call { receiver, args, .. } => {
            if let Some(r) = receiver {
                expr_mut(r, f);
            }
            args.iter_mut().for_each(|a| expr_mut(a, f));
        }
        K::ArrayElement { array: a, index: b }
        | K::Binary { left: a, right: b, .. }
        | K::LogicalAnd(a, b)
        | K::LogicalOr(a, b)
        | K::Coalesce(a, b)
        | K::Assign { target: a, value: b }
        | K::CompoundAssign { target: a, value: b, .. } => {
            expr_mut(a, f);
            expr_mut(b, f);
        }
        K::MdElement { array, indices } => {
            expr_mut(array, f);
            indices.iter_mut().for_each(|i| expr_mut(i, f));
        }
        K::NewObject { args: es, .. }
        | K::TupleLiteral { elements: es, .. }
        | K::NewMdArray { sizes: es }
        | K::ArrayLiteral { elements: es, .. }
        | K::StringConcat(es) => {
            es.iter_mut().for_each(|x| expr_mut(x, f))
        }
        K::ArrayLength(x)
        | K::NewArray { size: x, .. }
        | K::Unary { operand: x, .. }
        | K::Convert { operand: x, .. }
        | K::Box(x)
        | K::Unbox(x)
        | K::ThrowExpr(x)
        | K::AsType(x)
        | K::IsInst(x)
        | K::CastClass(x)
        | K::AddressOf { operand: x, .. }
        | K::Deref(x) => expr_mut(x, f),
        K::Conditional { cond, then, else_ } => {
            expr_mut(cond, f);
            expr_mut(then, f);
            expr_mut(else_, f);
        }
        K::Sequence { side, value } => {
            side.iter_mut().for_each(|x| expr_mut(x, f));
            expr_mut(value, f);
        }
        K::Const(_)
        | K::Local(_)
        | K::Param(_)
        | K::This
        | K::BaseRef
        | K::TypeToken(_)
        | K::OpenTypeToken(_)
        | K::DefaultValue
        | K::UnboundLambda(_)
        | K::UnboundNew(_)
        | K::DefaultLiteral => {}
        K::UnconvertedSwitch { side, arms, .. } => {
            side.iter_mut().for_each(|x| expr_mut(x, f));
            for (t, r) in arms {
                expr_mut(t, f);
                expr_mut(r, f);
            }
        }
    }
    f(e);
}

/// Calls `f` on every statement of `stmts` and of the statements nested in them, parents
/// first (not into the bodies of other methods: a bound tree holds none).
pub fn stmts(stmts: &[BoundStmt], f: &mut dyn FnMut(&BoundStmt)) {
    for s in stmts {
        f(s);
        match s {
            BoundStmt::Block(b) => self::stmts(b, f),
            BoundStmt::If { then, else_, .. } => {
                self::stmts(std::slice::from_ref(then), f);
                if let Some(e) = else_ {
                    self::stmts(std::slice::from_ref(e), f);
                }
            }
            BoundStmt::Loop { body, .. } => self::stmts(std::slice::from_ref(body), f),
            BoundStmt::Switch { sections, .. } => sections.iter().for_each(|s| self::stmts(&s.body, f)),
            BoundStmt::Try { body, catches, finally } => {
                self::stmts(body, f);
                catches.iter().for_each(|c| self::stmts(&c.body, f));
                if let Some(fin) = finally {
                    self::stmts(fin, f);
                }
            }
            _ => {}
        }
    }
}
