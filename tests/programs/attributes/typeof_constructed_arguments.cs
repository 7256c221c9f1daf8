// typeof of arrays and generic instances as attribute arguments: the blob names them in
// reflection's notation (`System.Collections.Generic.List`1[[System.Int32, …]]`, `Pair[]`),
// and the runtime finds the same Type objects typeof gives. Type.GetElementType and
// GetArrayRank take them apart.
using System;
using System.Collections.Generic;

[AttributeUsage(AttributeTargets.All, AllowMultiple = true)]
class UsesAttribute : Attribute
{
    public Type Type;
    public object Boxed;
    public Type[] More;
    public UsesAttribute(Type type) { Type = type; }
    public Type Named { get; set; }
}

class Box<T> { public class Inner { } }
struct Pair { public int A, B; }

[Uses(typeof(int[]))]
[Uses(typeof(List<int>), Named = typeof(Dictionary<string, int[]>))]
[Uses(typeof(Box<Pair>), Boxed = typeof(Pair[,]))]
[Uses(typeof(Box<string>.Inner[]), More = new[] { typeof(Box<>), typeof(KeyValuePair<int, Pair>), typeof(string[][]) })]
class Program
{
    static void Main()
    {
        foreach (UsesAttribute u in typeof(Program).GetCustomAttributes(typeof(UsesAttribute), false))
        {
            Console.Write(u.Type);
            if (u.Named != null) Console.Write(" named " + u.Named);
            if (u.Boxed != null) Console.Write(" boxed " + u.Boxed);
            if (u.More != null) foreach (Type t in u.More) Console.Write(" more " + t);
            Console.WriteLine();
        }
        var all = (UsesAttribute[])typeof(Program).GetCustomAttributes(typeof(UsesAttribute), false);
        bool same = false;
        foreach (var u in all) if (u.Type == typeof(List<int>)) same = true;
        Console.WriteLine(same);
        foreach (var u in all) if (u.Type == typeof(int[])) Console.WriteLine(u.Type.IsArray + " " + u.Type.GetElementType());
        foreach (var u in all) if (u.Boxed is Type) Console.WriteLine(((Type)u.Boxed).GetArrayRank() + " " + ((Type)u.Boxed).GetElementType());
        Console.WriteLine(typeof(object[]).GetElementType() + " " + (typeof(Program).GetElementType() == null));
        try { typeof(Program).GetArrayRank(); } catch (ArgumentException e) { Console.WriteLine(e.Message); }
    }
}
// expect: System.Int32[]
// expect: System.Collections.Generic.List`1[System.Int32] named System.Collections.Generic.Dictionary`2[System.String,System.Int32[]]
// expect: Box`1[Pair] boxed Pair[,]
// expect: Box`1+Inner[System.String][] more Box`1[T] more System.Collections.Generic.KeyValuePair`2[System.Int32,Pair] more System.String[][]
// expect: True
// expect: True System.Int32
// expect: 2 Pair
// expect: System.Object True
// expect: Must be an array type.
