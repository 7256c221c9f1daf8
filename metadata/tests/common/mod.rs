//! Shared test helpers: a hand-built hello-world assembly and runners for the reference runtimes.
#![allow(dead_code)]

use metadata::opcodes::{Opcode as O, Operand, encode_instr};
use metadata::signature::*;
use metadata::*;
use std::path::{Path, PathBuf};
use std::process::Command;

/// What the hello assembly prints.
pub const HELLO_OUTPUT: &str = "Hello, world!\n15\nin try\nfinally\n";

/// Assembles instructions whose branches use absolute targets (`Operand::Branch`).
pub fn asm(instrs: &[(O, Operand)]) -> Vec<u8> {
    let mut out = Vec::new();
    for (op, operand) in instrs {
        encode_instr(*op, operand, &mut out).expect("test IL encodes");
    }
    out
}

/// `<Module>`, `Program : [mscorlib]System.Object` with Main (tiny body), Sum (fat: locals + a loop),
/// Guarded (try/finally) and .ctor. Assembly name `name`, module `name.exe`.
pub fn hello_builder(name: &str) -> AssemblyBuilder {
    let mut b = AssemblyBuilder::new(ModuleKind::Exe);
    let module_name = b.strings.add(&format!("{name}.exe"));
    let mvid = b.guids.add([0x5A; 16]);
    b.tables.module.push(ModuleRow {
        name: module_name,
        mvid,
        ..Default::default()
    });
    let mscorlib = b.add_mscorlib_ref();
    let object = b.add_type_ref(mscorlib, "System", "Object");
    let console = b.add_type_ref(mscorlib, "System", "Console");
    let wl_string = b.add_member_ref(
        console,
        "WriteLine",
        &encode_method_sig(&MethodSig::static_(TypeSig::Void, vec![TypeSig::String])).unwrap(),
    );
    let wl_int = b.add_member_ref(
        console,
        "WriteLine",
        &encode_method_sig(&MethodSig::static_(TypeSig::Void, vec![TypeSig::I4])).unwrap(),
    );
    let obj_ctor = b.add_member_ref(
        object,
        ".ctor",
        &encode_method_sig(&MethodSig::instance(TypeSig::Void, vec![])).unwrap(),
    );
    let name_idx = b.strings.add(name);
    b.tables.assembly.push(AssemblyRow {
        hash_alg_id: 0x8004,
        name: name_idx,
        ..Default::default()
    });

    let module_type = b.strings.add("<Module>");
    b.tables.type_def.push(TypeDefRow {
        name: module_type,
        field_list: 1,
        method_list: 1,
        ..Default::default()
    });
    let program = b.strings.add("Program");
    let ns = b.strings.add("Demo");
    b.tables.type_def.push(TypeDefRow {
        flags: 0x0010_0001, // public, beforefieldinit
        name: program,
        namespace: ns,
        extends: object,
        field_list: 1,
        method_list: 1,
    });

    let void_static = b
        .blobs
        .add(&encode_method_sig(&MethodSig::static_(TypeSig::Void, vec![])).unwrap());
    let int_int = b
        .blobs
        .add(&encode_method_sig(&MethodSig::static_(TypeSig::I4, vec![TypeSig::I4])).unwrap());
    let ctor_sig = b
        .blobs
        .add(&encode_method_sig(&MethodSig::instance(TypeSig::Void, vec![])).unwrap());
    let sum_tok = Token::new(TableId::MethodDef, 2);
    let guarded_tok = Token::new(TableId::MethodDef, 3);
    let ctor_tok = Token::new(TableId::MethodDef, 4);

    // Main
    let hello = b.user_strings.add("Hello, world!");
    let main_code = asm(&[
        (O::Ldstr, Operand::Token(hello.token())),
        (O::Call, Operand::Token(wl_string)),
        (O::LdcI45, Operand::None),
        (O::Call, Operand::Token(sum_tok)),
        (O::Call, Operand::Token(wl_int)),
        (O::Call, Operand::Token(guarded_tok)),
        (O::Newobj, Operand::Token(ctor_tok)),
        (O::Pop, Operand::None),
        (O::Ret, Operand::None),
    ]);
    // Sum(n): i = 0; s = 0; while (i <= n) { s += i; i++; } return s;
    let locals = b.add_stand_alone_sig(&encode_local_sig(&[TypeSig::I4, TypeSig::I4]).unwrap());
    let sum_code = asm(&[
        (O::LdcI40, Operand::None),    // 0
        (O::Stloc0, Operand::None),    // 1
        (O::LdcI40, Operand::None),    // 2
        (O::Stloc1, Operand::None),    // 3
        (O::BrS, Operand::Branch(14)), // 4
        (O::Ldloc1, Operand::None),    // 6: loop
        (O::Ldloc0, Operand::None),
        (O::Add, Operand::None),
        (O::Stloc1, Operand::None),
        (O::Ldloc0, Operand::None), // 10
        (O::LdcI41, Operand::None),
        (O::Add, Operand::None),
        (O::Stloc0, Operand::None),
        (O::Ldloc0, Operand::None), // 14: cond
        (O::Ldarg0, Operand::None),
        (O::BleS, Operand::Branch(6)), // 16
        (O::Ldloc1, Operand::None),    // 18
        (O::Ret, Operand::None),
    ]);
    // Guarded: try { WriteLine("in try"); leave end } finally { WriteLine("finally"); endfinally } end: ret
    let in_try = b.user_strings.add("in try");
    let fin = b.user_strings.add("finally");
    let guarded_code = asm(&[
        (O::Ldstr, Operand::Token(in_try.token())), // 0
        (O::Call, Operand::Token(wl_string)),       // 5
        (O::LeaveS, Operand::Branch(23)),           // 10
        (O::Ldstr, Operand::Token(fin.token())),    // 12
        (O::Call, Operand::Token(wl_string)),       // 17
        (O::Endfinally, Operand::None),             // 22
        (O::Ret, Operand::None),                    // 23
    ]);
    let ctor_code = asm(&[
        (O::Ldarg0, Operand::None),
        (O::Call, Operand::Token(obj_ctor)),
        (O::Ret, Operand::None),
    ]);

    let method = |b: &mut AssemblyBuilder, name: &str, flags: u16, sig, body: MethodBody| {
        let name = b.strings.add(name);
        b.tables.method_def.push(MethodDefRow {
            rva: 0,
            impl_flags: 0,
            flags,
            name,
            signature: sig,
            param_list: 1,
        });
        b.method_bodies.push(Some(body));
    };
    let body = |code: Vec<u8>, max_stack: u16| MethodBody {
        max_stack,
        code,
        ..Default::default()
    };
    method(&mut b, "Main", 0x0096, void_static, body(main_code, 1)); // public static hidebysig
    method(
        &mut b,
        "Sum",
        0x0096,
        int_int,
        MethodBody {
            max_stack: 2,
            init_locals: true,
            local_var_sig: locals,
            code: sum_code,
            eh_clauses: vec![],
        },
    );
    method(
        &mut b,
        "Guarded",
        0x0096,
        void_static,
        MethodBody {
            max_stack: 1,
            init_locals: false,
            local_var_sig: Token::NIL,
            code: guarded_code,
            eh_clauses: vec![EhClause {
                kind: EhKind::Finally,
                try_offset: 0,
                try_length: 12,
                handler_offset: 12,
                handler_length: 11,
            }],
        },
    );
    // public hidebysig specialname rtspecialname instance void .ctor()
    method(&mut b, ".ctor", 0x1886, ctor_sig, body(ctor_code, 8));
    // A named parameter for Sum, so Param rows are exercised.
    let n = b.strings.add("n");
    b.tables.param.push(ParamRow {
        flags: 0,
        sequence: 1,
        name: n,
    });
    for (i, m) in b.tables.method_def.iter_mut().enumerate() {
        m.param_list = if i <= 1 { 1 } else { 2 };
    }
    b.entry_point = Token::new(TableId::MethodDef, 1);
    b
}

/// A fresh directory for one test (CoreCLR keys assemblies by file name, docs/assembly-file.md §0).
pub fn test_dir(test: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("sharp-metadata-{}-{test}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).expect("temp dir is writable");
    d
}

pub fn on_path(tool: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|p| p.join(tool))
        .find(|p| p.is_file())
}

/// Whether a missing runtime must fail the test (CI sets SHARP_REQUIRE_RUNTIMES=1).
pub fn require_runtimes() -> bool {
    std::env::var("SHARP_REQUIRE_RUNTIMES").is_ok_and(|v| v == "1")
}

pub fn skip(tool: &str) {
    assert!(
        !require_runtimes(),
        "{tool} not found and SHARP_REQUIRE_RUNTIMES=1"
    );
    eprintln!("skipped: {tool} not found");
}

pub struct Out {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

pub fn run(cmd: &Path, args: &[&Path]) -> Out {
    let o = Command::new(cmd)
        .args(args)
        .output()
        .expect("runtime starts");
    Out {
        code: o.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&o.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&o.stderr).into_owned(),
    }
}

/// peverify must print nothing and exit 0 (docs/assembly-file.md §0).
pub fn check_peverify(exe: &Path) {
    let Some(pv) = on_path("peverify") else {
        return skip("peverify");
    };
    let o = run(&pv, &[exe]);
    assert!(
        o.code == 0 && o.stdout.trim().is_empty(),
        "peverify {}:\n{}{}",
        exe.display(),
        o.stdout,
        o.stderr
    );
}

pub fn check_mono(exe: &Path, expected: &str) {
    let Some(mono) = on_path("mono") else {
        return skip("mono");
    };
    let o = run(&mono, &[exe]);
    assert_eq!(o.code, 0, "mono {}: {}", exe.display(), o.stderr);
    assert_eq!(o.stdout, expected, "mono output of {}", exe.display());
}

/// Runs on CoreCLR 3.1, found as the end-to-end suite finds it (`$DOTNET`, or the
/// `dotnetcore2` wheel in `$CORECLR_VENV`), when it is installed.
pub fn check_coreclr(exe: &Path, expected: &str) {
    let Some(output) = tests::Runtimes::discover().run_coreclr(exe, &[]) else {
        return skip("coreclr");
    };
    let o = output.expect("the dotnet host starts");
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(0), "coreclr {}: {stderr}", exe.display());
    assert_eq!(String::from_utf8_lossy(&o.stdout), expected, "coreclr output of {}", exe.display());
}
