//! End to end: build hello.exe with the AssemblyBuilder, read it back, and run it on the reference runtimes.

mod common;
use common::*;
use metadata::*;

#[test]
fn hello_exe_writes_reads_verifies_and_runs() {
    let dir = test_dir("hello");
    let exe = dir.join("hello.exe");
    let bytes = hello_builder("hello").write().expect("hello writes");
    std::fs::write(&exe, &bytes).unwrap();

    let img = Image::parse(bytes).expect("hello parses");
    assert_eq!(img.assembly_name().unwrap(), "hello");
    assert_eq!(img.entry_point, Token::new(TableId::MethodDef, 1));
    assert_eq!(img.kind, ModuleKind::Exe);
    assert_eq!(img.runtime_version, "v4.0.30319");
    assert_eq!(img.type_def_full_name(2).unwrap(), "Demo.Program");
    assert_eq!(img.type_ref_full_name(2).unwrap(), "System.Console");
    assert_eq!(img.type_methods(2), 1..5);
    assert_eq!(img.type_methods(1), 1..1);
    assert_eq!(img.method_owner(3), 2);
    assert_eq!(img.method_params(2), 1..2);
    assert_eq!(img.method_params(4), 2..2);
    let main = img.method_body(1).unwrap().unwrap();
    assert_eq!(main.max_stack, 8); // tiny
    let instrs = decode_il(&main.code).unwrap();
    assert_eq!(instrs[0].opcode, Opcode::Ldstr);
    let Operand::Token(t) = instrs[0].operand else {
        panic!("ldstr operand")
    };
    assert_eq!(
        String::from_utf16(&img.user_string(UserStringIdx(t.row())).unwrap()).unwrap(),
        "Hello, world!"
    );
    let sum = img.method_body(2).unwrap().unwrap();
    assert!(sum.init_locals);
    assert_eq!(sum.local_var_sig, Token::new(TableId::StandAloneSig, 1));
    let guarded = img.method_body(3).unwrap().unwrap();
    assert_eq!(guarded.eh_clauses.len(), 1);

    check_peverify(&exe);
    check_mono(&exe, HELLO_OUTPUT);
    check_coreclr(&exe, HELLO_OUTPUT);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn dll_writes_and_verifies() {
    let dir = test_dir("lib");
    let mut b = hello_builder("lib");
    b.kind = ModuleKind::Dll;
    b.entry_point = Token::NIL;
    let m = b.strings.add("lib.dll");
    b.tables.module[0].name = m;
    let path = dir.join("lib.dll");
    let bytes = b.write().unwrap();
    std::fs::write(&path, &bytes).unwrap();
    let img = Image::parse(bytes).unwrap();
    assert_eq!(img.kind, ModuleKind::Dll);
    assert!(img.entry_point.is_nil());
    check_peverify(&path);
    let _ = std::fs::remove_dir_all(&dir);
}
