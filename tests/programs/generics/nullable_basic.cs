// Nullable value types (int?, double?, char?): HasValue, Value, GetValueOrDefault, comparisons with null and printing a null nullable.
using System;

class Program
{
    static void Main()
    {
        int? a = 5;
        int? b = null;
        Console.WriteLine(a.HasValue); // expect: True
        Console.WriteLine(b.HasValue); // expect: False
        Console.WriteLine(a.Value); // expect: 5
        Console.WriteLine(a); // expect: 5
        Console.WriteLine(b); // expect:
        Console.WriteLine("[" + b + "]"); // expect: []
        Console.WriteLine(b.ToString().Length); // expect: 0
        Console.WriteLine(a.GetValueOrDefault()); // expect: 5
        Console.WriteLine(b.GetValueOrDefault()); // expect: 0
        Console.WriteLine(b.GetValueOrDefault(-1)); // expect: -1
        Console.WriteLine(a.GetValueOrDefault(-1)); // expect: 5
        Console.WriteLine(a == null); // expect: False
        Console.WriteLine(b == null); // expect: True
        Console.WriteLine(b != null); // expect: False
        Console.WriteLine(a == 5); // expect: True
        b = 7;
        Console.WriteLine(b.HasValue + " " + b.Value); // expect: True 7
        b = null;
        Console.WriteLine(b.HasValue); // expect: False
        double? d = 2.5;
        Console.WriteLine(d.Value * 2); // expect: 5
        char? c = null;
        Console.WriteLine(c.GetValueOrDefault('?')); // expect: ?
        int? def = default(int?);
        Console.WriteLine(def.HasValue); // expect: False
        int? fromNew = new int?();
        Console.WriteLine(fromNew == null); // expect: True
        int? fromCtor = new int?(9);
        Console.WriteLine(fromCtor.Value); // expect: 9
        int?[] arr = new int?[3];
        arr[1] = 4;
        Console.WriteLine(arr[0].HasValue + " " + arr[1].Value); // expect: False 4
        Console.WriteLine(a.Equals(5) + " " + b.Equals(null) + " " + a.Equals(null)); // expect: True True False
    }
}
