//! The disassembler: hello.exe as ilasm text, and (when `ilasm` is installed) that text assembled again
//! and run.

mod common;
use common::*;
use metadata::*;

#[test]
fn hello_disassembles_and_reassembles() {
    let dir = test_dir("dis");
    let exe = dir.join("hello.exe");
    let bytes = hello_builder("hello").write().unwrap();
    std::fs::write(&exe, &bytes).unwrap();
    let text = disassemble(&Image::parse(bytes).unwrap()).unwrap();
    for needle in [
        ".assembly extern mscorlib",
        ".publickeytoken = (B7 7A 5C 56 19 34 E0 89 )",
        ".ver 4:0:0:0",
        ".assembly hello",
        ".module 'hello.exe'",
        ".class public auto ansi beforefieldinit Demo.Program",
        "extends [mscorlib]System.Object",
        ".entrypoint",
        "IL_0000: ldstr \"Hello, world!\"",
        "IL_0005: call void [mscorlib]System.Console::WriteLine(string)",
        ".locals init (int32 V_0, int32 V_1)",
        "IL_0004: br.s IL_000e",
        "IL_0010: ble.s IL_0006",
        ".try IL_0000 to IL_000c finally handler IL_000c to IL_0017",
        "instance void .ctor() cil managed",
        "call instance void [mscorlib]System.Object::.ctor()",
        "int32 Sum(int32 n)",
    ] {
        assert!(text.contains(needle), "missing {needle:?} in:\n{text}");
    }

    let Some(ilasm) = on_path("ilasm") else {
        return skip("ilasm");
    };
    let il = dir.join("hello.il");
    std::fs::write(&il, &text).unwrap();
    let out_dir = dir.join("re");
    std::fs::create_dir_all(&out_dir).unwrap();
    let re = out_dir.join("hello.exe");
    let o = std::process::Command::new(ilasm)
        .arg(&il)
        .arg(format!("-output:{}", re.display()))
        .output()
        .unwrap();
    assert!(
        o.status.success(),
        "ilasm failed:\n{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    );
    check_peverify(&re);
    check_mono(&re, HELLO_OUTPUT);
    // The reassembled file reads back with the same method bodies.
    let again = Image::parse(std::fs::read(&re).unwrap()).unwrap();
    assert_eq!(
        again.method_body(2).unwrap().unwrap().code,
        Image::parse(std::fs::read(&exe).unwrap())
            .unwrap()
            .method_body(2)
            .unwrap()
            .unwrap()
            .code
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn string_literals_escape() {
    use metadata::heaps::UserStringHeapBuilder;
    let mut b = hello_builder("esc");
    let quote = b.user_strings.add("a\"b\\c\n");
    let uni = b.user_strings.add("é\u{1F600}");
    let _ = (quote, uni, UserStringHeapBuilder::new());
    // Main's first ldstr now points at the escaped strings.
    let body = b.method_bodies[0].as_mut().unwrap();
    body.code[1..5].copy_from_slice(&quote.token().0.to_le_bytes());
    let text = disassemble(&Image::parse(b.write().unwrap()).unwrap()).unwrap();
    assert!(text.contains(r#"ldstr "a\"b\\c\n""#), "{text}");
}

/// A C# program touching many metadata features, compiled by mcs, disassembled by us, reassembled by
/// ilasm: both files must print the same thing on Mono.
const FEATURES_CS: &str = r#"
using System;
using System.Collections.Generic;
public interface IShape { double Area { get; } }
public enum Color : long { Red = 1, Green = 2, Blue = 0x100000000 }
public struct Point { public int X, Y; public const string Label = "p\u00e9\"t"; public Point(int x, int y) { X = x; Y = y; } }
public class Circle : IShape {
    double r;
    public Circle(double r) { this.r = r; }
    public double Area { get { return Math.PI * r * r; } }
    public override string ToString() { return "Circle(" + r + ")"; }
}
public delegate int Op(int a, int b);
public class Box<T> where T : class {
    public T Value; public Box(T v) { Value = v; }
    public U Map<U>(Func<T, U> f) { return f(Value); }
    public class Inner { public override string ToString() { return "inner"; } }
}
public static class Program {
    static readonly int[] Table = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 };
    static double Half = 0.5;
    public static event EventHandler Fired;
    static int Apply(Op op, int a, int b) { return op(a, b); }
    static IEnumerable<int> Evens(int n) { for (int i = 0; i < n; i += 2) yield return i; }
    public static int Main(string[] args) {
        var list = new List<IShape> { new Circle(1), new Circle(2.5) };
        foreach (var s in list) Console.WriteLine(s + " " + s.Area.ToString("F3"));
        Console.WriteLine(Table[9] + Table.Length);
        Console.WriteLine(Color.Blue + " " + (long)Color.Blue);
        var p = new Point(3, 4);
        Console.WriteLine(p.X * p.Y + " " + Point.Label.Length);
        Console.WriteLine(Apply((a, b) => a * b + 1, 6, 7));
        Console.WriteLine(new Box<string>("hey").Map(v => v.Length * Half));
        Console.WriteLine(new Box<object>.Inner());
        foreach (var e in Evens(7)) Console.Write(e + ",");
        Console.WriteLine();
        Fired += (o, e) => Console.WriteLine("fired");
        Fired(null, EventArgs.Empty);
        int[,] grid = new int[2, 3]; grid[1, 2] = 5; Console.WriteLine(grid[1, 2] + grid.Length);
        try { object o = null; o.ToString(); }
        catch (NullReferenceException) { Console.WriteLine("caught"); }
        finally { Console.WriteLine("finally"); }
        switch (args.Length) { case 0: Console.WriteLine("none"); break; case 1: Console.WriteLine("one"); break; default: Console.WriteLine("many"); break; }
        string tricky = "tab\there\r\nq'uote \u0001\ud83d\ude00";
        Console.WriteLine(tricky.Length);
        Console.WriteLine(1e300 * 10 + " " + float.NaN + " " + 0.1f + " " + -0.0 + " " + long.MinValue + " " + (sbyte)-5);
        return 3;
    }
}
"#;

#[test]
fn mcs_output_round_trips_through_ilasm() {
    let (Some(mcs), Some(ilasm), Some(mono)) = (on_path("mcs"), on_path("ilasm"), on_path("mono"))
    else {
        return skip("mcs/ilasm/mono");
    };
    let dir = test_dir("mcs");
    let cs = dir.join("features.cs");
    std::fs::write(&cs, FEATURES_CS).unwrap();
    let exe = dir.join("features.exe");
    let o = std::process::Command::new(mcs)
        .arg(&cs)
        .arg(format!("-out:{}", exe.display()))
        .output()
        .unwrap();
    assert!(
        o.status.success(),
        "mcs: {}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    );
    let original = run(&mono, &[&exe]);
    assert_eq!(original.code, 3, "{}", original.stderr);

    let text = disassemble(&Image::parse(std::fs::read(&exe).unwrap()).unwrap()).unwrap();
    let il = dir.join("features.il");
    std::fs::write(&il, &text).unwrap();
    let re_dir = dir.join("re");
    std::fs::create_dir_all(&re_dir).unwrap();
    let re = re_dir.join("features.exe");
    let o = std::process::Command::new(ilasm)
        .arg(&il)
        .arg(format!("-output:{}", re.display()))
        .output()
        .unwrap();
    assert!(
        o.status.success(),
        "ilasm {}:\n{}{}",
        il.display(),
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    );
    let again = run(&mono, &[&re]);
    assert_eq!(again.stdout, original.stdout);
    assert_eq!(again.code, 3);
    check_peverify(&re);
    let _ = std::fs::remove_dir_all(&dir);
}
