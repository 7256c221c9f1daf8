// nameof of instance members from static contexts (a const field initializer, a static method, Type.InstanceMember), a local named in its own initializer, and nameof as a constant in case labels, an is pattern and a switch expression arm.
// hand-checked: C# 8/9 feature mcs 6.8 cannot compile; output reasoned from the spec (the first four lines match mcs 6.8 with the is/switch-expression lines removed)
using System;
using System.Collections.Generic;

class Account
{
    public const string OwnerField = nameof(Owner);
    public string Owner { get; set; } = "kim";
    public int Balance = 25;

    public class Audit { public int Count; }

    public string Field(string name)
    {
        switch (name)
        {
            case nameof(Owner): return Owner;
            case nameof(Balance): return Balance.ToString();
            default: return "?";
        }
    }

    public static string Names() => nameof(Audit.Count) + "," + nameof(Owner);
}

class Program
{
    int instanceField;

    static void Main()
    {
        Console.WriteLine(Account.OwnerField + " " + Account.Names());
        Console.WriteLine(nameof(instanceField) + " " + nameof(String.Length) + " " + nameof(Dictionary<string, int>.Keys));
        string label = nameof(label);
        Console.WriteLine(label);
        var a = new Account();
        Console.WriteLine(a.Field("Owner") + " " + a.Field("Balance") + " " + a.Field("x"));
        string key = "Balance";
        Console.WriteLine(key is nameof(Account.Balance));
        Console.WriteLine(key switch { nameof(Account.Owner) => 1, nameof(Account.Balance) => 2, _ => 0 });
    }
}
// expect: Owner Count,Owner
// expect: instanceField Length Keys
// expect: label
// expect: kim 25 ?
// expect: True
// expect: 2
