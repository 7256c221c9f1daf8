// Where over a list and an array is deferred like any Where: it sees elements added (or replaced) before it runs, and a list changed while it is enumerated throws InvalidOperationException.
using System;
using System.Collections.Generic;
using System.Linq;
class P {
    static void Main() {
        var list = new List<int> { 1, 2, 3, 4 };
        var evens = list.Where(x => x % 2 == 0);
        list.Add(6);
        Console.WriteLine(string.Join(",", evens));
        try { foreach (var x in list.Where(x => x > 1)) list.Add(x); }
        catch (InvalidOperationException e) { Console.WriteLine(e.Message); }
        int[] arr = { 5, 6, 7 };
        var big = arr.Where(x => x > 5);
        arr[0] = 9;
        Console.WriteLine(string.Join(",", big));
    }
}
// expect: 2,4,6
// expect: Collection was modified; enumeration operation may not execute.
// expect: 9,6,7
