//! Types the compiler adds to the assembly it builds, as Roslyn embeds
//! attributes its output needs when the references lack them. The
//! runtimes Sharp targets (.NET Core 3.1, Mono) do not define
//! `IsExternalInit`, which marks `init` accessors in metadata (C# 9); an
//! internal copy in the program's own assembly serves, as the C# 9
//! specification allows. Each is C# source, parsed and compiled with the
//! program when the program needs it.

use bumpalo::Bump;
use lexer::FileId;
use parser::ast;

use crate::types::Symbols;

/// Where the spans of compiler-supplied source point: no file of the
/// program's (they are correct by construction and never reported).
pub const SUPPORT_FILE: FileId = FileId(u32::MAX);

const IS_EXTERNAL_INIT: &str = "namespace System.Runtime.CompilerServices { internal static class IsExternalInit { } }";

/// The compilation units of the support types `units` need and neither
/// they nor the references (already in `syms`) declare.
pub fn support_units<'a>(syms: &Symbols, units: &[&ast::CompilationUnit<'_>], arena: &'a Bump) -> Vec<&'a ast::CompilationUnit<'a>> {
    let mut needs = Needs::default();
    for u in units {
        needs.members(u.members);
    }
    let mut out = Vec::new();
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
}

impl Needs {
    fn members(&mut self, members: &[ast::NamespaceMember<'_>]) {
        for m in members {
            match m {
                ast::NamespaceMember::Namespace(n) => self.members(n.members),
                ast::NamespaceMember::Type(t) => self.type_decl(t),
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
