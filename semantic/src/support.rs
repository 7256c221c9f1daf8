//! Types the compiler adds to the assembly it builds, as Roslyn embeds
//! attributes its output needs when the references lack them. Each is C#
//! source, parsed and compiled with the program when the program needs
//! it and neither it nor the references declare the type:
//!
//! - `IsExternalInit`, which marks `init` accessors in metadata (C# 9).
//!   Neither .NET Core 3.1 nor Mono defines it; an internal copy in the
//!   program's assembly serves, as the C# 9 specification allows.
//! - `System.Index` and `System.Range` (C# 8), the values of `^i` and
//!   `a..b`. Mono has them in mscorlib, .NET Core 3.1 only in
//!   System.Runtime, which Mono lacks: no one reference names them on
//!   both, so a program that uses them carries its own.

use bumpalo::Bump;
use lexer::FileId;
use parser::ast;

use crate::types::Symbols;

/// Where the spans of compiler-supplied source point: no file of the
/// program's (they are correct by construction and never reported).
pub const SUPPORT_FILE: FileId = FileId(u32::MAX);

const IS_EXTERNAL_INIT: &str = "namespace System.Runtime.CompilerServices { internal static class IsExternalInit { } }";

/// System.Index and System.Range with .NET's members and behaviour. An
/// index from the end stores its value complemented, as .NET's does.
const INDEX_AND_RANGE: &str = r#"
namespace System
{
    internal readonly struct Index : IEquatable<Index>
    {
        private readonly int _value;

        public Index(int value, bool fromEnd = false)
        {
            if (value < 0)
                throw new ArgumentOutOfRangeException("value", "Non-negative number required.");
            _value = fromEnd ? ~value : value;
        }

        public static Index Start => new Index(0, false);
        public static Index End => new Index(0, true);
        public static Index FromStart(int value) => new Index(value, false);
        public static Index FromEnd(int value) => new Index(value, true);

        public int Value => _value < 0 ? ~_value : _value;
        public bool IsFromEnd => _value < 0;

        public int GetOffset(int length) => _value < 0 ? length + _value + 1 : _value;

        public override bool Equals(object value) => value is Index && _value == ((Index)value)._value;
        public bool Equals(Index other) => _value == other._value;
        public override int GetHashCode() => _value;

        public static implicit operator Index(int value) => FromStart(value);

        public override string ToString() => IsFromEnd ? "^" + ((uint)Value).ToString() : ((uint)Value).ToString();
    }

    internal readonly struct Range : IEquatable<Range>
    {
        public Index Start { get; }
        public Index End { get; }

        public Range(Index start, Index end)
        {
            Start = start;
            End = end;
        }

        public static Range StartAt(Index start) => new Range(start, Index.End);
        public static Range EndAt(Index end) => new Range(Index.Start, end);
        public static Range All => new Range(Index.Start, Index.End);

        public override bool Equals(object value) => value is Range && Equals((Range)value);
        public bool Equals(Range other) => other.Start.Equals(Start) && other.End.Equals(End);
        public override int GetHashCode() => Start.GetHashCode() * 31 + End.GetHashCode();

        public override string ToString() => Start.ToString() + ".." + End.ToString();

        public (int Offset, int Length) GetOffsetAndLength(int length)
        {
            int start = Start.GetOffset(length);
            int end = End.GetOffset(length);
            if ((uint)end > (uint)length || (uint)start > (uint)end)
                throw new ArgumentOutOfRangeException("length");
            return (start, end - start);
        }
    }
}
"#;

/// The compilation units of the support types `units` need and neither
/// they nor the references (already in `syms`) declare.
pub fn support_units<'a>(syms: &Symbols, units: &[&ast::CompilationUnit<'_>], arena: &'a Bump) -> Vec<&'a ast::CompilationUnit<'a>> {
    let mut needs = Needs::default();
    for u in units {
        needs.members(u.members, "");
    }
    needs.ranges = units.iter().any(|u| u.uses_ranges);
    let mut out = Vec::new();
    if needs.ranges && !needs.declares_index_or_range && syms.lookup_type("System.Index").is_none() {
        let (unit, _) = parser::parse(arena, SUPPORT_FILE, INDEX_AND_RANGE);
        out.push(unit);
    }
    if needs.init_accessors && !needs.declares_is_external_init && syms.lookup_type("System.Runtime.CompilerServices.IsExternalInit").is_none() {
        let (unit, _) = parser::parse(arena, SUPPORT_FILE, IS_EXTERNAL_INIT);
        out.push(unit);
    }
    out
}

/// What the program's declarations ask of the support types.
#[derive(Default)]
struct Needs {
    /// An `init` accessor, or a record (whose positional properties have them).
    init_accessors: bool,
    /// The program declares its own `IsExternalInit`, as programs written
    /// for .NET Core 3.1 do.
    declares_is_external_init: bool,
    /// `^i` or `a..b` somewhere.
    ranges: bool,
    /// The program declares its own System.Index or System.Range.
    declares_index_or_range: bool,
}

impl Needs {
    fn members(&mut self, members: &[ast::NamespaceMember<'_>], namespace: &str) {
        for m in members {
            match m {
                ast::NamespaceMember::Namespace(n) => {
                    let name: Vec<&str> = n.name.parts.iter().map(|p| p.text).collect();
                    let inner = if namespace.is_empty() { name.join(".") } else { format!("{namespace}.{}", name.join(".")) };
                    self.members(n.members, &inner);
                }
                ast::NamespaceMember::Type(t) => {
                    self.declares_index_or_range |= namespace == "System" && matches!(t.name.text, "Index" | "Range");
                    self.type_decl(t);
                }
                ast::NamespaceMember::Statement(_) => {}
            }
        }
    }

    fn type_decl(&mut self, t: &ast::TypeDecl<'_>) {
        self.init_accessors |= t.record.is_some();
        self.declares_is_external_init |= t.name.text == "IsExternalInit";
        for m in t.members {
            match m {
                ast::MemberDecl::Property(p) => self.accessors(p.accessors),
                ast::MemberDecl::Indexer(i) => self.accessors(i.accessors),
                ast::MemberDecl::NestedType(n) => self.type_decl(n),
                _ => {}
            }
        }
    }

    fn accessors(&mut self, accessors: &[ast::Accessor<'_>]) {
        self.init_accessors |= accessors.iter().any(|a| a.kind == ast::AccessorKind::Init);
    }
}
