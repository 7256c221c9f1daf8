// Exceptions from LINQ operators: OverflowException from Sum over int and long (checked even though Select would wrap), ArgumentNullException's ParamName for null sources and delegates, ArgumentOutOfRangeException's ParamName from ElementAt, Range and Repeat.
using System;
using System.Collections.Generic;
using System.Linq;

class Program
{
    static void Try(string label, Action a)
    {
        try
        {
            a();
            Console.WriteLine(label + ": ok");
        }
        catch (ArgumentNullException e)
        {
            Console.WriteLine(label + ": null " + e.ParamName);
        }
        catch (ArgumentOutOfRangeException e)
        {
            Console.WriteLine(label + ": range " + e.ParamName);
        }
        catch (OverflowException e)
        {
            Console.WriteLine(label + ": " + e.Message);
        }
    }

    static void Main()
    {
        var big = new[] { int.MaxValue, 1 };
        Try("sum int", () => big.Sum()); // expect: sum int: Arithmetic operation resulted in an overflow.
        Try("sum selector", () => new[] { "a", "b" }.Sum(s => int.MaxValue)); // expect: sum selector: Arithmetic operation resulted in an overflow.
        Try("sum long", () => new[] { long.MaxValue, 1L }.Sum()); // expect: sum long: Arithmetic operation resulted in an overflow.
        Try("sum as long", () => Console.WriteLine(big.Sum(n => (long)n))); // expect: 2147483648
        // expect: sum as long: ok
        Try("select wraps", () => Console.WriteLine(big.Select(n => n + 1).First())); // expect: -2147483648
        // expect: select wraps: ok
        Try("aggregate wraps", () => Console.WriteLine(big.Aggregate((a, b) => a + b))); // expect: -2147483648
        // expect: aggregate wraps: ok
        Try("nullable sum", () => new int?[] { int.MaxValue, null, 1 }.Sum()); // expect: nullable sum: Arithmetic operation resulted in an overflow.

        List<int> missing = null;
        Try("where null source", () => missing.Where(n => n > 0)); // expect: where null source: null source
        Try("count null", () => missing.Count()); // expect: count null: null source
        Func<int, bool> noPred = null;
        Try("where null pred", () => big.Where(noPred)); // expect: where null pred: null predicate
        Func<int, string> noSel = null;
        Try("select null", () => big.Select(noSel)); // expect: select null: null selector
        Try("orderby null", () => big.OrderBy((Func<int, int>)null)); // expect: orderby null: null keySelector
        Try("concat null", () => big.Concat(null)); // expect: concat null: null second
        Try("zip null", () => big.Zip((int[])null, (a, b) => a + b)); // expect: zip null: null second
        Try("aggregate null", () => big.Aggregate((Func<int, int, int>)null)); // expect: aggregate null: null func
        Try("todict null", () => big.ToDictionary((Func<int, int>)null)); // expect: todict null: null keySelector
        Try("any null", () => big.Any(null)); // expect: any null: null predicate
        Try("first null", () => missing.First()); // expect: first null: null source

        Try("elementat", () => big.ElementAt(5)); // expect: elementat: range index
        Try("elementat lazy", () => big.Where(n => true).ElementAt(-1)); // expect: elementat lazy: range index
        Try("range", () => Enumerable.Range(0, -1)); // expect: range: range count
        Try("repeat", () => Enumerable.Repeat("x", -2)); // expect: repeat: range count
        Try("range ok", () => Enumerable.Range(int.MaxValue, 1)); // expect: range ok: ok
        Try("range too far", () => Enumerable.Range(int.MaxValue, 2)); // expect: range too far: range count
    }
}
