// Attribute targets (§22.3): a section may name what it applies to — the assembly, the
// module, a return value, a parameter, an auto-property's or event's hidden field, an event's
// accessors — and pseudo-attributes become flags ([Serializable], [NonSerialized], [In],
// [Out], [Optional]) or the assembly's version. Reflection gives [Serializable] back.
using System;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

[assembly: AssemblyTitle("Attribute targets")]
[assembly: AssemblyDescription("every place an attribute may stand")]
[assembly: AssemblyVersion("1.2.3.4")]
[assembly: AssemblyFileVersion("1.2.3.4")]
[assembly: ComVisible(false)]
[assembly: Guid("6b1a3b4e-1f0a-4c8e-9a55-3f1c2d4e5f60")]
[assembly: InternalsVisibleTo("Friend")]
[assembly: Note("on the assembly")]
[module: Note("on the module")]

[AttributeUsage(AttributeTargets.All, AllowMultiple = true)]
class NoteAttribute : Attribute
{
    public readonly string Text;
    public NoteAttribute(string text) { Text = text; }
    public override string ToString() { return "Note(" + Text + ")"; }
}

[AttributeUsage(AttributeTargets.ReturnValue)]
class ResultAttribute : Attribute { }

[AttributeUsage(AttributeTargets.Parameter)]
class ArgAttribute : Attribute { }

[return: Result]
delegate int Transform([Arg] int x);

[Serializable]
[Note("a serializable class")]
class Account
{
    [NonSerialized] public int Cache;
    public string Owner = "ann";

    [field: Note("backing field")]
    public int Balance { get; set; }

    public int Limit { [return: Result] get { return 100; } [param: Arg] set { } }

    [method: Note("both accessors")]
    [field: Note("the delegate field")]
    public event Action Changed;

    [Note("a custom event")]
    public event Action Closed { add { } remove { } }

    [return: Result]
    public int Deposit([Arg] int amount, [param: Note("second")] int times)
    {
        Balance += amount * times;
        if (Changed != null) Changed();
        return Balance;
    }

    public static bool TryParse([In] string s, [Out] out int value, [Optional] int fallback)
    {
        return int.TryParse(s, out value);
    }

    public static Account operator +([Arg] Account a, int amount)
    {
        a.Deposit(amount, 1);
        return a;
    }

    [type: Note("a nested type")]
    public class Statement { }
}

[Serializable]
class SavingsAccount : Account { }

enum Kind { [Note("an enum member")] Current, Savings }

class Program
{
    static void Show(Type t, bool inherit)
    {
        object[] all = t.GetCustomAttributes(inherit);
        Console.Write(t.Name + (inherit ? " (inherited):" : ":"));
        foreach (object a in all) Console.Write(" " + a);
        Console.WriteLine();
    }

    static void Main()
    {
        var a = new Account();
        int changes = 0;
        a.Changed += () => changes++;
        Console.WriteLine(a.Deposit(10, 3));
        a = a + 5;
        Console.WriteLine(a.Balance + " after " + changes + " changes");
        int v;
        Console.WriteLine(Account.TryParse("42", out v, 0) + " " + v);
        Transform twice = x => x * 2;
        Console.WriteLine(twice(21));
        Console.WriteLine(Kind.Savings);
        Show(typeof(Account), false);
        Show(typeof(SavingsAccount), false);
        Show(typeof(SavingsAccount), true);
        Show(typeof(Account.Statement), false);
        Console.WriteLine(typeof(Account).IsDefined(typeof(SerializableAttribute), false));
        Console.WriteLine(typeof(Program).IsDefined(typeof(SerializableAttribute), false));
        Console.WriteLine(typeof(Account).GetCustomAttributes(typeof(SerializableAttribute), false).Length);
    }
}
// expect: 30
// expect: 35 after 2 changes
// expect: True 42
// expect: 42
// expect: Savings
// expect: Account: Note(a serializable class) System.SerializableAttribute
// expect: SavingsAccount: System.SerializableAttribute
// expect: SavingsAccount (inherited): System.SerializableAttribute Note(a serializable class)
// expect: Statement: Note(a nested type)
// expect: True
// expect: False
// expect: 1
