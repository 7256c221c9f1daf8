//! Method bodies: the bound tree as CIL (ECMA-335 Partition III).
//!
//! Expressions are emitted for their value or for their effect only
//! (`used`), so `x = 5;` is `ldc; stloc` with nothing left to pop.
//! Conditions are emitted as branches (`branch_if`) rather than values,
//! as Roslyn does, so `if (a < b)` is one `bge` instead of `clt; brfalse`.
//!
//! `BodyEmitter`'s methods are split by construct: `expr`, `conversion`,
//! `call`, `place` (assignments), `array` and `stmt`.

use metadata::{MethodBody, Opcode, Token};
use semantic::*;

use crate::il::{IlBuilder, Label};
use crate::{EmitError, Emitter};

mod array;
mod call;
mod conversion;
mod expr;
mod place;
mod stmt;

struct BodyEmitter<'e, 'c> {
    e: &'e mut Emitter<'c>,
    /// The method being emitted.
    method: MethodId,
    il: IlBuilder,
    /// The declared locals, then temporaries the emitter adds; `true`
    /// marks a managed pointer to the type (a struct receiver).
    locals: Vec<(TyId, bool)>,
    /// (break, continue) labels of the enclosing loops and switches (a
    /// switch has no continue label), with the handler depth each was
    /// entered at: jumping out of a protected region needs `leave`.
    loops: Vec<(Label, Option<Label>, u32)>,
    /// How many try/catch/finally regions enclose the current code.
    handler_depth: u32,
    /// A `return` inside a protected region stores its value here and
    /// leaves to `return_label`, where the one `ret` is (III.3.56).
    return_temp: Option<u16>,
    return_label: Option<Label>,
    /// Exception clauses by label, resolved to offsets after layout;
    /// inner clauses are pushed before the ones enclosing them.
    eh: Vec<PendingClause>,
    /// The IL label of each bound label (`label:` and switch sections).
    labels: rustc_hash::FxHashMap<LabelId, Label>,
    returns_value: bool,
    /// Sequence points: where each statement's code starts.
    points: Vec<(Label, lexer::Span)>,
}

/// A method's CIL and its sequence points: (IL offset, source span),
/// offsets strictly increasing.
pub struct EmittedBody {
    pub body: MethodBody,
    pub points: Vec<(u32, lexer::Span)>,
}

pub fn emit_body(e: &mut Emitter<'_>, m: &BoundMethod) -> Result<EmittedBody, EmitError> {
    let syms = e.syms;
    let returns_value = !syms.is_special(syms.method(m.method).ret, SpecialType::Void);
    let mut b = BodyEmitter {
        e,
        method: m.method,
        il: IlBuilder::new(),
        locals: m.locals.iter().map(|l| (l.ty, false)).collect(),
        loops: Vec::new(),
        labels: Default::default(),
        returns_value,
        handler_depth: 0,
        return_temp: None,
        return_label: None,
        eh: Vec::new(),
        points: Vec::new(),
    };
    for s in &m.body {
        b.stmt(s)?;
    }
    if let Some(l) = b.return_label {
        // The shared exit for returns from protected regions.
        if b.il.reachable && !b.returns_value {
            b.il.simple(Opcode::Ret, 0, 0);
        }
        b.il.mark(l);
        b.il.set_depth(0);
        if let Some(t) = b.return_temp {
            b.il.ldloc(t);
            b.il.simple(Opcode::Ret, 1, 0);
        } else {
            b.il.simple(Opcode::Ret, 0, 0);
        }
    }
    if b.il.reachable {
        if b.returns_value {
            return Err(EmitError(format!(
                "end of {} is reachable",
                syms.method_display(m.method)
            )));
        }
        b.il.simple(Opcode::Ret, 0, 0);
    }
    let max_stack = b.il.max_depth.max(0) as u16;
    let (code, label_at) = std::mem::take(&mut b.il).finish().map_err(EmitError)?;
    let at = |l: Label| label_at[l.0 as usize].ok_or_else(|| EmitError("exception clause at an unmarked label".into()));
    let mut eh_clauses = Vec::new();
    for c in &b.eh {
        let (try_start, try_end, handler_start, handler_end) = (at(c.try_start)?, at(c.try_end)?, at(c.handler_start)?, at(c.handler_end)?);
        let kind = match c.kind {
            ClauseKind::Catch(t) => metadata::EhKind::Catch(t),
            ClauseKind::Filter(l) => metadata::EhKind::Filter(at(l)?),
            ClauseKind::Finally => metadata::EhKind::Finally,
        };
        eh_clauses.push(metadata::EhClause {
            kind,
            try_offset: try_start,
            try_length: try_end - try_start,
            handler_offset: handler_start,
            handler_length: handler_end - handler_start,
        });
    }
    let local_var_sig = if b.locals.is_empty() {
        Token::NIL
    } else {
        let mut sigs = Vec::new();
        for &(t, by_ref) in &b.locals.clone() {
            let sig = b.e.type_sig(t)?;
            sigs.push(if by_ref {
                metadata::TypeSig::ByRef(Box::new(sig))
            } else {
                sig
            });
        }
        let blob = metadata::encode_local_sig(&sigs).map_err(|e| EmitError(e.to_string()))?;
        b.e.b.add_stand_alone_sig(&blob)
    };
    // A statement that emitted no code shares its offset with the next:
    // the later (inner) point wins.
    let mut points: Vec<(u32, lexer::Span)> = Vec::new();
    for &(l, span) in &b.points {
        let Some(off) = label_at[l.0 as usize] else { continue };
        match points.last_mut() {
            Some(last) if last.0 == off => last.1 = span,
            Some(last) if last.0 > off => {}
            _ => points.push((off, span)),
        }
    }
    Ok(EmittedBody {
        body: MethodBody {
            max_stack,
            init_locals: true,
            local_var_sig,
            code,
            eh_clauses,
        },
        points,
    })
}

impl BodyEmitter<'_, '_> {
    fn syms(&self) -> &Symbols {
        self.e.syms
    }

    fn temp(&mut self, ty: TyId) -> u16 {
        self.locals.push((ty, false));
        (self.locals.len() - 1) as u16
    }

    fn is_unsigned(&self, ty: TyId) -> bool {
        matches!(
            self.syms().primitive_of(ty),
            Some(
                SpecialType::Byte
                    | SpecialType::UInt16
                    | SpecialType::UInt32
                    | SpecialType::UInt64
                    | SpecialType::Char
            )
        )
    }

    fn is_float(&self, ty: TyId) -> bool {
        matches!(
            self.syms().primitive_of(ty),
            Some(SpecialType::Single | SpecialType::Double)
        )
    }
}

/// The conditional branch taken when `op` holds, or when it does not
/// (`negated`). Negating an ordered float comparison needs the unordered
/// form, since a NaN operand makes both `a < b` and `a >= b` false.
fn compare_branch(op: BinOp, negated: bool, unsigned: bool, float: bool) -> Opcode {
    use Opcode::*;
    let (op, un) = if negated {
        let flipped = match op {
            BinOp::Eq => BinOp::Ne,
            BinOp::Ne => BinOp::Eq,
            BinOp::Lt => BinOp::Ge,
            BinOp::Le => BinOp::Gt,
            BinOp::Gt => BinOp::Le,
            _ => BinOp::Lt,
        };
        (flipped, unsigned || float)
    } else {
        (op, unsigned)
    };
    match (op, un) {
        (BinOp::Eq, _) => BeqS,
        (BinOp::Ne, _) => BneUnS,
        (BinOp::Lt, false) => BltS,
        (BinOp::Lt, true) => BltUnS,
        (BinOp::Le, false) => BleS,
        (BinOp::Le, true) => BleUnS,
        (BinOp::Gt, false) => BgtS,
        (BinOp::Gt, true) => BgtUnS,
        (_, false) => BgeS,
        (_, true) => BgeUnS,
    }
}

/// What a compound assignment computes (see `BoundExprKind::CompoundAssign`).
struct Compound {
    op: BinOp,
    operand_ty: TyId,
    narrow: bool,
    postfix: bool,
    checked: bool,
}

/// An exception clause whose offsets are labels until layout.
struct PendingClause {
    kind: ClauseKind,
    try_start: Label,
    try_end: Label,
    handler_start: Label,
    handler_end: Label,
}

enum ClauseKind {
    Catch(Token),
    /// The label where the filter code starts.
    Filter(Label),
    Finally,
}

/// The runtime-provided methods of an array type (ECMA-335 II.14.2).
#[derive(Clone, Copy)]
pub enum ArrayMethod {
    Ctor,
    Get,
    Set,
    Address,
}
