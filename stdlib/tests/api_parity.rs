//! The contract with the reference runtimes: every public method of the core library (as Sharp
//! compiles it) must exist with the same signature in Mono's mscorlib, or a program Sharp
//! compiles would fail there with MissingMethodException. The test disassembles the embedded
//! image with `monodis`, writes a C# program that looks each method up by reflection, compiles
//! it with `mcs` and runs it on `mono`. Without those tools it says "skipped".

use std::process::Command;

/// ilasm's primitive names as C# keywords.
fn csharp_type(il: &str) -> String {
    let mut t = il.trim();
    for prefix in ["[opt] ", "class ", "valuetype ", "[out] "] {
        t = t.strip_prefix(prefix).unwrap_or(t);
    }
    // `System.Collections.Generic.IEnumerable`1<int32>` is C#'s
    // `IEnumerable<int>`: arities dropped, primitives renamed at any depth.
    let generic = t.replace("`1<", "<").replace("`2<", "<").replace("`3<", "<").replace("class ", "").replace("valuetype ", "");
    let mut renamed = String::new();
    let mut word = String::new();
    for ch in generic.chars() {
        if "<>,[]&".contains(ch) {
            renamed.push_str(primitive(word.trim()));
            word.clear();
            renamed.push(ch);
        } else {
            word.push(ch);
        }
    }
    renamed.push_str(primitive(word.trim()));
    match renamed.strip_suffix('&') {
        Some(t) => format!("typeof({t}).MakeByRefType()"),
        None => format!("typeof({renamed})"),
    }
}

/// C#'s keyword for an ilasm primitive type name.
fn primitive(il: &str) -> &str {
    match il {
        "int8" => "sbyte",
        "unsigned int8" | "uint8" => "byte",
        "int16" => "short",
        "unsigned int16" | "uint16" => "ushort",
        "int32" => "int",
        "unsigned int32" | "uint32" => "uint",
        "int64" => "long",
        "unsigned int64" | "uint64" => "ulong",
        "float32" => "float",
        "float64" => "double",
        "native int" => "IntPtr",
        other => other,
    }
}

/// (type, method, C# parameter type expressions) of every public method of a public type.
fn public_methods(il: &str) -> Vec<(String, String, Vec<String>)> {
    let lines: Vec<&str> = il.lines().collect();
    let mut ns = String::new();
    // The classes being read, innermost last: (reflection name, public).
    let mut classes: Vec<(String, bool)> = Vec::new();
    let (mut class, mut class_public) = (String::new(), false);
    let mut out = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let l = line.trim();
        if let Some(n) = l.strip_prefix(".namespace ") {
            ns = n.trim().to_string();
        } else if let Some(c) = l.strip_prefix(".class ") {
            // `… List`1<T>`, `… IEnumerable`1<+ T>`: the name is the last word before `<`.
            let head = c.split('<').next().unwrap_or(c);
            let words: Vec<&str> = head.split_whitespace().collect();
            let name = words.last().copied().unwrap_or("");
            let nested = words.contains(&"nested");
            let public = words.contains(&"public") && (!nested || classes.last().is_some_and(|c| c.1));
            let full = match classes.last() {
                // Reflection names a nested type `Outer+Inner`.
                Some((outer, _)) if nested => format!("{outer}+{name}"),
                _ if ns.is_empty() => name.to_string(),
                _ => format!("{ns}.{name}"),
            };
            classes.push((full.clone(), public));
            (class, class_public) = (full, public);
        } else if l.starts_with("} // end of class") {
            classes.pop();
            if let Some((c, p)) = classes.last() {
                (class, class_public) = (c.clone(), *p);
            }
        } else if let Some(flags) = l.strip_prefix(".method ") {
            if !class_public || !flags.split_whitespace().any(|w| w == "public") {
                continue;
            }
            let Some(sig) = lines.get(i + 1).map(|s| s.trim()) else {
                continue;
            };
            let Some(open) = sig.find(" (") else { continue };
            let Some(close) = sig.rfind(')') else {
                continue;
            };
            let name = sig[..open]
                .rsplit(' ')
                .next()
                .unwrap_or("")
                .trim_matches('\'');
            // A generic method `M<T>`: reflection names it `M`.
            let name = name.split('<').next().unwrap_or(name);
            let params = sig[open + 2..close]
                .split(',')
                .map(str::trim)
                .filter(|p| !p.is_empty())
                // Drop the parameter name: the type is everything before the last space.
                .map(|p| csharp_type(p.rsplit_once(' ').map_or(p, |(t, _)| t)))
                .collect();
            out.push((class.clone(), name.to_string(), params));
        }
    }
    out
}

#[test]
fn public_api_exists_in_monos_mscorlib() {
    let have = |tool: &str| {
        Command::new("which")
            .arg(tool)
            .output()
            .is_ok_and(|o| o.status.success())
    };
    for tool in ["monodis", "mcs", "mono"] {
        if !have(tool) {
            println!("skipped: {tool} not found");
            return;
        }
    }
    let dir = std::env::temp_dir().join(format!("sharp-api-parity-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("create temp dir");
    let dll = dir.join("corlib.dll");
    std::fs::write(&dll, stdlib::CORLIB).expect("write corlib");
    let il = Command::new("monodis")
        .arg(&dll)
        .output()
        .expect("run monodis");
    let methods = public_methods(&String::from_utf8_lossy(&il.stdout));
    assert!(
        methods.len() > 300,
        "monodis output not understood ({} methods)",
        methods.len()
    );
    let mut src = String::from(
        "using System; using System.Reflection;
class C {
    static int bad;
    static void K(string t, string n, Type[] ps) {
        // Where .NET Framework keeps it: mscorlib, else System, System.Core or System.Numerics.
        Type ty = typeof(object).Assembly.GetType(t);
        if (ty == null) ty = Type.GetType(t + \", System, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089\");
        if (ty == null) ty = Type.GetType(t + \", System.Core, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089\");
        if (ty == null) ty = Type.GetType(t + \", System.Numerics, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089\");
        BindingFlags f = BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly;
        bool ok;
        // Conversion operators differ by return type only: several match, so one exists.
        try { ok = ty != null && (n == \".ctor\" ? ty.GetConstructor(ps) != null : ty.GetMethod(n, f, null, ps, null) != null); }
        catch (AmbiguousMatchException) { ok = true; }
        if (!ok) { Console.WriteLine(t + \"::\" + n + \"(\" + string.Join(\",\", (object[])ps) + \")\"); bad++; }
    }
    static void Main() {
",
    );
    for (class, name, params) in &methods {
        // A generic parameter (`!0`, `!!0`) has no typeof in this check,
        // and a variant generic type's header (`IEnumerable`1<+ T>`) is
        // not parsed here: those are compared by the generics tests.
        if params.iter().any(|p| p.contains('!')) || class.contains('>') {
            continue;
        }
        src.push_str(&format!(
            "K(\"{class}\", \"{name}\", new Type[] {{ {} }});\n",
            params.join(", ")
        ));
    }
    src.push_str("Environment.Exit(bad == 0 ? 0 : 1); } }\n");
    let cs = dir.join("check.cs");
    let exe = dir.join("check.exe");
    std::fs::write(&cs, src).expect("write check.cs");
    let built = Command::new("mcs")
        .arg(format!("-out:{}", exe.display()))
        // Signatures name types of these assemblies (HashSet<T>, BigInteger…).
        .arg("-r:System.Core")
        .arg("-r:System.Numerics")
        .arg(&cs)
        .output()
        .expect("run mcs");
    assert!(
        built.status.success(),
        "mcs: {}{}",
        String::from_utf8_lossy(&built.stdout),
        String::from_utf8_lossy(&built.stderr)
    );
    let run = Command::new("mono").arg(&exe).output().expect("run mono");
    let _ = std::fs::remove_dir_all(&dir);
    assert!(
        run.status.success(),
        "public methods missing from Mono's mscorlib:\n{}{}",
        String::from_utf8_lossy(&run.stdout),
        String::from_utf8_lossy(&run.stderr)
    );
}

#[test]
fn il_types_map_to_csharp() {
    assert_eq!(csharp_type("unsigned int8"), "typeof(byte)");
    assert_eq!(csharp_type("[out] int32&"), "typeof(int).MakeByRefType()");
    assert_eq!(csharp_type("class System.Array"), "typeof(System.Array)");
    assert_eq!(csharp_type("char[]"), "typeof(char[])");
    assert_eq!(
        csharp_type("class System.Collections.Generic.IEnumerable`1<valuetype System.Nullable`1<int32>>"),
        "typeof(System.Collections.Generic.IEnumerable<System.Nullable<int>>)"
    );
}
