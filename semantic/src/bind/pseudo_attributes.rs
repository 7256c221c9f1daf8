//! Pseudo-attributes that become metadata flags or columns, not CustomAttribute rows
//! (ECMA-335 II.21.2.1, "Pseudo custom attributes"): `[Serializable]` is the type's
//! Serializable flag, `[NonSerialized]` the field's NotSerialized flag, `[In]`, `[Out]` and
//! `[Optional]` the parameter's flags, and `[assembly: AssemblyVersion]` and
//! `[assembly: AssemblyCulture]` the Assembly row's version and culture. They are bound like
//! any attribute (so their arguments and usage are checked), then taken out of the list
//! here, as csc does; the runtime reads the flags, not the attributes.

use lexer::{Diagnostic, Span};

use crate::bound::*;
use crate::constant::ConstValue;
use crate::types::*;

/// The flag each flag-only pseudo-attribute sets on its row (II.23.1.15 TypeAttributes,
/// II.23.1.5 FieldAttributes, II.23.1.13 ParamAttributes).
const FLAGS: [(&str, u32); 5] = [
    ("System.SerializableAttribute", 0x2000),
    ("System.NonSerializedAttribute", 0x80),
    ("System.Runtime.InteropServices.InAttribute", 0x1),
    ("System.Runtime.InteropServices.OutAttribute", 0x2),
    ("System.Runtime.InteropServices.OptionalAttribute", 0x10),
];

/// Records the pseudo-attributes in `syms.pseudo_flags` and `syms.assembly_identity` and
/// removes them from `attrs` and their `spans`. A malformed version is CS7034.
pub(super) fn take_pseudo_attributes(syms: &mut Symbols, attrs: &mut Vec<BoundAttribute>, spans: &mut Vec<(Span, String)>, diags: &mut Vec<Diagnostic>) {
    let mut i = 0;
    while i < attrs.len() {
        let a = &attrs[i];
        let class = syms.def(syms.method(a.ctor).owner).full_name();
        let text = match a.args.first() {
            Some((AttrArg::Const(ConstValue::String(s)), _)) => Some(String::from_utf16_lossy(s)),
            _ => None,
        };
        if let Some(&(_, flag)) = FLAGS.iter().find(|(name, _)| *name == class) {
            *syms.pseudo_flags.entry(a.target).or_default() |= flag;
        } else if class == "System.Reflection.AssemblyVersionAttribute" && a.target == AttrTarget::Assembly {
            match text.as_deref().and_then(|t| parse_version(t, std::time::SystemTime::now())) {
                Some(v) => syms.assembly_identity.version = v,
                None => diags.push(Diagnostic::error(
                    "CS7034",
                    spans[i].0,
                    "The specified version string does not conform to the required format - major[.minor[.build[.revision]]]",
                )),
            }
        } else if class == "System.Reflection.AssemblyCultureAttribute" && a.target == AttrTarget::Assembly {
            syms.assembly_identity.culture = text.unwrap_or_default();
        } else {
            i += 1;
            continue;
        }
        attrs.remove(i);
        spans.remove(i);
    }
}

/// `major[.minor[.build[.revision]]]`, each part below 65535; `*` as the build stands for
/// the days since 2000-01-01 and the revision for half the seconds since midnight, and as
/// the revision for the latter alone (the scheme .NET's compilers share).
fn parse_version(text: &str, now: std::time::SystemTime) -> Option<[u16; 4]> {
    let parts: Vec<&str> = text.split('.').collect();
    if parts.len() > 4 || parts.iter().any(|p| p.is_empty()) {
        return None;
    }
    let since_2000 = now.duration_since(std::time::UNIX_EPOCH).ok()?.as_secs().checked_sub(946_684_800)?;
    let (days, seconds) = (since_2000 / 86_400, since_2000 % 86_400);
    let mut version = [0u16; 4];
    for (i, part) in parts.iter().enumerate() {
        if *part == "*" {
            // Only the build or the revision, and nothing after it.
            if i < 2 || i + 1 != parts.len() {
                return None;
            }
            if i == 2 {
                version[2] = days as u16;
            }
            version[3] = (seconds / 2) as u16;
            break;
        }
        let n: u32 = part.parse().ok().filter(|_| part.bytes().all(|b| b.is_ascii_digit()))?;
        if n >= 65535 {
            return None;
        }
        version[i] = n as u16;
    }
    Some(version)
}

#[cfg(test)]
mod tests {
    use super::parse_version;
    use std::time::{Duration, UNIX_EPOCH};

    #[test]
    fn versions() {
        // 2000-01-11 00:01:40 UTC: day 10, second 100.
        let now = UNIX_EPOCH + Duration::from_secs(946_684_800 + 10 * 86_400 + 100);
        assert_eq!(parse_version("1.2.3.4", now), Some([1, 2, 3, 4]));
        assert_eq!(parse_version("7", now), Some([7, 0, 0, 0]));
        assert_eq!(parse_version("1.0.*", now), Some([1, 0, 10, 50]));
        assert_eq!(parse_version("1.0.3.*", now), Some([1, 0, 3, 50]));
        for bad in ["", "1.", "1.2.3.4.5", "1.*", "1.0.*.4", "x", "1.65535", "-1", "+1"] {
            assert_eq!(parse_version(bad, now), None, "{bad}");
        }
    }
}
