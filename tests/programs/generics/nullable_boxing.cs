// Boxing nullables: a null int? boxes to a null reference, a non-null one to a plain boxed int (GetType is System.Int32); interfaces and object methods on boxes.
using System;

class Program
{
    static bool IsNullRef(object o) { return o == null; }
    static string Describe(object o) { return o == null ? "null" : o.GetType() + ":" + o; }

    static void Main()
    {
        int? n = null;
        int? five = 5;
        object on = n;
        object o5 = five;
        Console.WriteLine(on == null); // expect: True
        Console.WriteLine(IsNullRef(n)); // expect: True
        Console.WriteLine(IsNullRef(five)); // expect: False
        Console.WriteLine(Describe(o5)); // expect: System.Int32:5
        Console.WriteLine(Describe(n)); // expect: null
        Console.WriteLine(five.GetType()); // expect: System.Int32
        Console.WriteLine(o5 is int); // expect: True
        Console.WriteLine(o5 is int?); // expect: True
        Console.WriteLine(on is int?); // expect: False
        Console.WriteLine(o5.Equals(5)); // expect: True
        object plain = 5;
        Console.WriteLine(plain.Equals(o5)); // expect: True
        IComparable ic = five;
        Console.WriteLine(ic.CompareTo(3)); // expect: 1
        IComparable icn = n;
        Console.WriteLine(icn == null); // expect: True
        double? d = 1.25;
        object od = d;
        Console.WriteLine(Describe(od)); // expect: System.Double:1.25
        object[] arr = { n, five, (long?)7, (char?)null };
        int nulls = 0;
        foreach (object x in arr) if (x == null) nulls++;
        Console.WriteLine(nulls + " " + arr[2].GetType().Name); // expect: 2 Int64
        DayOfWeek? day = DayOfWeek.Tuesday;
        object oday = day;
        Console.WriteLine(Describe(oday)); // expect: System.DayOfWeek:Tuesday
    }
}
