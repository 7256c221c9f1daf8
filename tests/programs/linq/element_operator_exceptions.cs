// The InvalidOperationException messages of First/Last/Single/Min/Max/Average/Aggregate on bad input, and that the OrDefault forms still throw when Single sees several elements.
using System;
using System.Collections.Generic;
using System.Linq;

class Program
{
    static void Try(string label, Func<object> f)
    {
        try
        {
            Console.WriteLine(label + " -> " + f());
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine(label + " !! " + e.Message);
        }
    }

    static IEnumerable<int> Iter(params int[] xs)
    {
        foreach (var x in xs) yield return x;
    }

    static void Main()
    {
        var empty = new List<int>();
        var three = new List<int> { 1, 2, 3 };

        Try("First empty", () => empty.First()); // expect: First empty !! Sequence contains no elements
        Try("Last empty", () => empty.Last()); // expect: Last empty !! Sequence contains no elements
        Try("Single empty", () => empty.Single()); // expect: Single empty !! Sequence contains no elements
        Try("Single three", () => three.Single()); // expect: Single three !! Sequence contains more than one element
        Try("SingleOrDefault three", () => three.SingleOrDefault()); // expect: SingleOrDefault three !! Sequence contains more than one element
        Try("SingleOrDefault empty", () => empty.SingleOrDefault()); // expect: SingleOrDefault empty -> 0

        Try("First match", () => three.First(n => n > 5)); // expect: First match !! Sequence contains no matching element
        Try("Last match", () => three.Last(n => n > 5)); // expect: Last match !! Sequence contains no matching element
        Try("Single match none", () => three.Single(n => n > 5)); // expect: Single match none !! Sequence contains no matching element
        Try("Single match two", () => three.Single(n => n > 1)); // expect: Single match two !! Sequence contains more than one matching element
        Try("SingleOrDefault two", () => three.SingleOrDefault(n => n > 1)); // expect: SingleOrDefault two !! Sequence contains more than one matching element
        Try("Single match one", () => three.Single(n => n > 2)); // expect: Single match one -> 3

        // Same messages from a lazy iterator.
        Try("iter First", () => Iter().First()); // expect: iter First !! Sequence contains no elements
        Try("iter Last match", () => Iter(4, 6).Last(n => n % 2 == 1)); // expect: iter Last match !! Sequence contains no matching element
        Try("iter Single", () => Iter(4, 6).Single()); // expect: iter Single !! Sequence contains more than one element

        // Aggregates over empty non-nullable sequences.
        Try("Min", () => empty.Min()); // expect: Min !! Sequence contains no elements
        Try("Max sel", () => new string[0].Max(s => s.Length)); // expect: Max sel !! Sequence contains no elements
        Try("Average", () => empty.Average()); // expect: Average !! Sequence contains no elements
        Try("Aggregate", () => empty.Aggregate((a, b) => a + b)); // expect: Aggregate !! Sequence contains no elements
        Try("Sum", () => empty.Sum()); // expect: Sum -> 0
        Try("Max of refs", () => new string[0].Max() == null); // expect: Max of refs -> True

        // The exception surfaces only when the query is run.
        var q = three.Where(n => n > 10);
        Console.WriteLine("built"); // expect: built
        Try("deferred", () => q.First()); // expect: deferred !! Sequence contains no elements

        try
        {
            empty.First();
        }
        catch (Exception e)
        {
            Console.WriteLine(e.GetType().FullName); // expect: System.InvalidOperationException
        }
    }
}
