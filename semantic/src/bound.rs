//! The bound tree: the program after binding, with every name resolved to
//! a symbol, every expression typed and every implicit conversion made
//! explicit. `ilgen` lowers it to CIL; `sharp dump bound` prints it.

use lexer::Span;

use crate::constant::ConstValue;
use crate::types::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct LocalId(pub u32);

/// A jump target: a `label:`, or a switch section (for `goto case`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct LabelId(pub u32);

/// One `case …: … default: …` group of a switch.
#[derive(Clone, Debug)]
pub struct BoundSwitchSection {
    /// The case constants, converted to the governing type; None for
    /// `default`.
    pub labels: Vec<Option<ConstValue>>,
    pub label: LabelId,
    pub body: Vec<BoundStmt>,
    /// The first label as written (`case 1:`), for CS0163.
    pub label_text: String,
    pub label_span: Span,
}

#[derive(Clone, Debug)]
pub struct LocalSym {
    pub name: String,
    pub ty: TyId,
    pub span: Span,
}

/// A method with a body, ready for emission.
#[derive(Debug)]
pub struct BoundMethod {
    pub method: MethodId,
    pub locals: Vec<LocalSym>,
    pub body: Vec<BoundStmt>,
}

/// What one compilation produces: the methods with bodies and the entry
/// point. The source types and their members are in `Symbols`.
#[derive(Debug, Default)]
pub struct BoundProgram {
    pub methods: Vec<BoundMethod>,
    pub entry_point: Option<MethodId>,
    pub attributes: Vec<BoundAttribute>,
}

pub use crate::types::AttrTarget;

/// A custom attribute (§22): its constructor and constant arguments,
/// each with the parameter type it is encoded as (II.23.3).
#[derive(Clone, Debug)]
pub struct BoundAttribute {
    pub target: AttrTarget,
    pub ctor: MethodId,
    pub args: Vec<(AttrArg, TyId)>,
    /// `Member = value` arguments, in source order (II.23.3's named arguments).
    pub named: Vec<NamedAttributeArg>,
}

/// A named attribute argument: a field or property of the attribute class, and its value.
#[derive(Clone, Debug)]
pub struct NamedAttributeArg {
    pub is_field: bool,
    pub name: String,
    pub value: AttrArg,
    pub ty: TyId,
}

/// An attribute argument's value: a constant, or a type (`typeof(T)`, stored by name).
#[derive(Clone, Debug)]
pub enum AttrArg {
    Const(ConstValue),
    Type(TyId),
    /// A one-dimensional array of `elem` (`new[] { 1, 2 }`, a `params` argument); None for
    /// a null array.
    Array { elem: TyId, items: Option<Vec<AttrArg>> },
    /// A value passed where the parameter is `object`: written with its own type's tag
    /// (II.23.3's boxed form), so the reader knows what it is.
    Boxed { ty: TyId, value: Box<AttrArg> },
}

impl AttrArg {
    pub fn as_const(&self) -> Option<&ConstValue> {
        match self {
            AttrArg::Const(c) => Some(c),
            AttrArg::Type(_) | AttrArg::Array { .. } | AttrArg::Boxed { .. } => None,
        }
    }
}

#[derive(Clone, Debug)]
pub enum BoundStmt {
    /// Evaluated for its side effects; a value it leaves is discarded.
    Expr(BoundExpr),
    Block(Vec<BoundStmt>),
    If {
        cond: BoundExpr,
        then: Box<BoundStmt>,
        else_: Option<Box<BoundStmt>>,
    },
    /// Every loop: `while` (test first), `do` (test last) and `for`
    /// (with `step` run before each re-test). `continue` goes to the step.
    Loop {
        test_first: bool,
        cond: Option<BoundExpr>,
        body: Box<BoundStmt>,
        step: Vec<BoundExpr>,
    },
    Break,
    Continue,
    /// The span is the statement's, for diagnostics about leaving the
    /// method (CS0177).
    Return(Option<BoundExpr>, Span),
    /// `break` leaves the switch; a value matching no label goes to the
    /// `default` section, or past the switch.
    Switch { value: BoundExpr, sections: Vec<BoundSwitchSection> },
    Label(LabelId),
    Goto(LabelId),
    /// `throw e;`, or `throw;` (rethrow) when None.
    Throw(Option<BoundExpr>),
    Try { body: Vec<BoundStmt>, catches: Vec<BoundCatch>, finally: Option<Vec<BoundStmt>> },
    /// `yield return e;` and `yield break;` in an iterator's body, before
    /// it becomes a state machine (`bind/iterators.rs`); never emitted.
    YieldReturn(BoundExpr),
    YieldBreak(lexer::Span),
}

/// One catch clause: the type caught (System.Object for `catch { }`),
/// the local that receives the exception, and the `when` filter.
#[derive(Clone, Debug)]
pub struct BoundCatch {
    pub ty: TyId,
    pub local: Option<LocalId>,
    pub filter: Option<BoundExpr>,
    pub body: Vec<BoundStmt>,
}

#[derive(Clone, Debug)]
pub struct BoundExpr {
    pub kind: BoundExprKind,
    pub ty: TyId,
    pub span: Span,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    Div,
    Rem,
    Shl,
    Shr,
    And,
    Or,
    Xor,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

impl BinOp {
    pub fn is_comparison(self) -> bool {
        matches!(
            self,
            BinOp::Eq | BinOp::Ne | BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge
        )
    }

    /// The name of the user-defined operator method (ECMA-335 I.10.3.2).
    pub fn metadata_name(self) -> &'static str {
        match self {
            BinOp::Add => "op_Addition",
            BinOp::Sub => "op_Subtraction",
            BinOp::Mul => "op_Multiply",
            BinOp::Div => "op_Division",
            BinOp::Rem => "op_Modulus",
            BinOp::Shl => "op_LeftShift",
            BinOp::Shr => "op_RightShift",
            BinOp::And => "op_BitwiseAnd",
            BinOp::Or => "op_BitwiseOr",
            BinOp::Xor => "op_ExclusiveOr",
            BinOp::Eq => "op_Equality",
            BinOp::Ne => "op_Inequality",
            BinOp::Lt => "op_LessThan",
            BinOp::Le => "op_LessThanOrEqual",
            BinOp::Gt => "op_GreaterThan",
            BinOp::Ge => "op_GreaterThanOrEqual",
        }
    }

    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::Div => "/",
            BinOp::Rem => "%",
            BinOp::Shl => "<<",
            BinOp::Shr => ">>",
            BinOp::And => "&",
            BinOp::Or => "|",
            BinOp::Xor => "^",
            BinOp::Eq => "==",
            BinOp::Ne => "!=",
            BinOp::Lt => "<",
            BinOp::Le => "<=",
            BinOp::Gt => ">",
            BinOp::Ge => ">=",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnOp {
    Neg,
    /// Logical `!` on bool.
    Not,
    /// Bitwise `~` on integers.
    BitNot,
}

#[derive(Clone, Debug)]
pub enum BoundExprKind {
    Const(ConstValue),
    Local(LocalId),
    /// A parameter, by its CIL argument number (`this` is 0 in instance
    /// methods, so the first declared parameter is 1 there).
    Param(u16),
    This,
    Field {
        receiver: Option<Box<BoundExpr>>,
        field: FieldId,
    },
    ArrayElement {
        array: Box<BoundExpr>,
        index: Box<BoundExpr>,
    },
    ArrayLength(Box<BoundExpr>),
    /// An element of a rectangular array (`a[i, j]`), through the
    /// runtime-provided Get/Set/Address methods (ECMA-335 II.14.2).
    MdElement { array: Box<BoundExpr>, indices: Vec<BoundExpr> },
    Call {
        method: MethodId,
        receiver: Option<Box<BoundExpr>>,
        args: Vec<BoundExpr>,
    },
    NewObject {
        ctor: MethodId,
        args: Vec<BoundExpr>,
    },
    NewArray {
        elem: TyId,
        size: Box<BoundExpr>,
    },
    /// `new T[a, b]`: a rectangular array (the node's type) of these sizes.
    NewMdArray { sizes: Vec<BoundExpr> },
    /// An array initializer: the array (the node's type) with `dims`
    /// lengths, filled with `elements` in row-major order.
    ArrayLiteral { dims: Vec<u32>, elements: Vec<BoundExpr> },
    /// `operand_ty` is the type both operands were converted to (the
    /// operator's parameter type); the result type is the node's type.
    /// `checked`: arithmetic overflow throws (C# `checked` context).
    Binary {
        op: BinOp,
        operand_ty: TyId,
        checked: bool,
        left: Box<BoundExpr>,
        right: Box<BoundExpr>,
    },
    Unary {
        op: UnOp,
        checked: bool,
        operand: Box<BoundExpr>,
    },
    LogicalAnd(Box<BoundExpr>, Box<BoundExpr>),
    /// `a ?? b`: `a` unless null; `b` is evaluated only then.
    Coalesce(Box<BoundExpr>, Box<BoundExpr>),
    LogicalOr(Box<BoundExpr>, Box<BoundExpr>),
    Conditional {
        cond: Box<BoundExpr>,
        then: Box<BoundExpr>,
        else_: Box<BoundExpr>,
    },
    /// A numeric conversion to the node's type; `checked` throws on
    /// overflow (C# `checked` context).
    Convert {
        operand: Box<BoundExpr>,
        checked: bool,
    },
    Assign {
        target: Box<BoundExpr>,
        value: Box<BoundExpr>,
    },
    /// `target op= value`, and `++`/`--` (value 1). The target is
    /// evaluated once; `narrow` converts the result back to the target's
    /// type (C# spec §12.21.4: `byte b; b += 1`). `postfix` yields the
    /// old value.
    CompoundAssign {
        op: BinOp,
        operand_ty: TyId,
        target: Box<BoundExpr>,
        value: Box<BoundExpr>,
        narrow: bool,
        postfix: bool,
        checked: bool,
    },
    /// `a + b + ...` on strings, flattened; every operand is a string.
    StringConcat(Vec<BoundExpr>),
    /// A value copied into a new object of the node's type (`box`).
    Box(Box<BoundExpr>),
    /// The value inside a boxed object (`unbox.any`).
    Unbox(Box<BoundExpr>),
    /// `throw e` as an expression (`x ?? throw e`): never produces a
    /// value, so it converts to any type.
    ThrowExpr(Box<BoundExpr>),
    /// The runtime handle of a type (`ldtoken`), for `typeof`.
    TypeToken(TyId),
    /// `ldtoken` of a generic type's definition, unbound (`typeof(List<>)`).
    OpenTypeToken(DefId),
    /// The zeroed value of the node's (struct) type (`initobj`).
    DefaultValue,
    /// `side` evaluated for their effects, in order, then `value`.
    Sequence { side: Vec<BoundExpr>, value: Box<BoundExpr> },
    /// The operand seen as the node's type, a base class of its own: a
    /// reference conversion, which needs no code.
    AsType(Box<BoundExpr>),
    /// The reference if it has the node's type, else null (`isinst`).
    IsInst(Box<BoundExpr>),
    /// A reference checked to have the node's type (`castclass`).
    CastClass(Box<BoundExpr>),
    /// `ref x` / `out x` as an argument: the variable's address.
    AddressOf { operand: Box<BoundExpr>, is_out: bool },
    /// The variable a managed pointer points to: a `ref`/`out`
    /// parameter used by name.
    Deref(Box<BoundExpr>),
    /// `base`: `this`, typed as the base class; calls through it are
    /// non-virtual.
    BaseRef,
    /// A method group not yet converted (§12.8.4), of the target-typed
    /// pseudo-type: only a conversion to a delegate type (§10.8) gives it a
    /// value. `extension`: `x.M` with M an extension method, x its first
    /// argument.
    MethodGroup {
        receiver: Option<Box<BoundExpr>>,
        methods: Vec<MethodId>,
        type_args: Vec<TyId>,
        name: String,
        extension: bool,
    },
    /// A delegate of the node's type calling `method` on `receiver` (None for
    /// a static method; the first argument of an extension method). With
    /// `virtual_call` the method is looked up on the receiver at run time
    /// (`ldvirtftn`).
    NewDelegate { receiver: Option<Box<BoundExpr>>, method: MethodId, virtual_call: bool },
    /// An event of another type as the target of `+=`/`-=`, which call its
    /// add and remove methods (never evaluated as a value).
    EventAccess { receiver: Option<Box<BoundExpr>>, event: EventId },
    /// An anonymous function not yet converted to a delegate type, of the
    /// target-typed pseudo-type: the binder's number for its syntax.
    UnboundLambda(u32),
    /// A tuple literal `(1, "a")` (C# 7): `new ValueTuple<…>(elements)`,
    /// kept apart from other constructor calls because a literal converts
    /// element by element (`(long, object) t = (1, "a")`). Without `ctor`
    /// it is of the target-typed pseudo-type: an element has no type
    /// (`(1, null)`) until a conversion gives it one.
    TupleLiteral { ctor: Option<MethodId>, elements: Vec<BoundExpr> },
    /// A target-typed `new(args) { … }` (C# 9) not yet converted: the
    /// binder's number for its syntax. The conversion to a class or struct
    /// type binds it as `new T(args) { … }`.
    UnboundNew(u32),
    /// A switch expression whose arms have no common type, not yet
    /// converted: what computes the tested value, and each arm's test and
    /// result (`bind/switch_expression.rs`). A conditional `c ? a : b`
    /// without a natural type (C# 9) is one too (`conditional`), with the
    /// arms `(c, a)` and `(true, b)`.
    UnconvertedSwitch { side: Vec<BoundExpr>, arms: Vec<(BoundExpr, BoundExpr)>, conditional: bool },
    /// The `default` literal (C# 7.1) not yet converted: the conversion to
    /// `T` makes it `default(T)`.
    DefaultLiteral,
}

impl BoundExpr {
    pub fn constant(&self) -> Option<&ConstValue> {
        match &self.kind {
            BoundExprKind::Const(c) => Some(c),
            _ => None,
        }
    }

    /// A variable: something with a storage location.
    pub fn is_variable(&self) -> bool {
        matches!(
            self.kind,
            BoundExprKind::Local(_)
                | BoundExprKind::Param(_)
                | BoundExprKind::Field { .. }
                | BoundExprKind::ArrayElement { .. }
                | BoundExprKind::MdElement { .. }
                | BoundExprKind::Deref(_)
        )
    }
}
