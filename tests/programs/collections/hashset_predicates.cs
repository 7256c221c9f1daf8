// HashSet<T> comparisons: IsSubsetOf, IsSupersetOf, IsProperSubsetOf, IsProperSupersetOf, Overlaps, SetEquals.
using System;
using System.Collections.Generic;

class Program
{
    static void Main()
    {
        var small = new HashSet<int> { 1, 2 };
        var big = new HashSet<int> { 1, 2, 3 };
        var other = new HashSet<int> { 7, 8 };
        var empty = new HashSet<int>();
        Console.WriteLine(small.IsSubsetOf(big) + " " + big.IsSubsetOf(small)); // expect: True False
        Console.WriteLine(big.IsSupersetOf(small) + " " + small.IsSupersetOf(big)); // expect: True False
        Console.WriteLine(small.IsProperSubsetOf(big) + " " + big.IsProperSupersetOf(small)); // expect: True True
        Console.WriteLine(big.IsSubsetOf(big) + " " + big.IsProperSubsetOf(big)); // expect: True False
        Console.WriteLine(small.Overlaps(big) + " " + small.Overlaps(other)); // expect: True False
        Console.WriteLine(empty.IsSubsetOf(other) + " " + other.IsSupersetOf(empty) + " " + empty.Overlaps(big)); // expect: True True False
        Console.WriteLine(small.SetEquals(new int[] { 2, 1, 2, 1 })); // expect: True
        Console.WriteLine(small.SetEquals(new int[] { 1 })); // expect: False
        Console.WriteLine(small.SetEquals(new HashSet<int> { 2, 1 })); // expect: True
        Console.WriteLine(small.IsSubsetOf(new List<int> { 3, 2, 1, 1 })); // expect: True
        Console.WriteLine(small.IsProperSubsetOf(new List<int> { 2, 1, 2 })); // expect: False
        Console.WriteLine(big.IsSupersetOf(new int[] { 3, 3, 1 })); // expect: True
        Console.WriteLine(big.Overlaps(new int[] { 9, 10, 3 })); // expect: True
        Console.WriteLine(empty.SetEquals(new int[0]) + " " + empty.IsProperSubsetOf(small)); // expect: True True
        var letters = new HashSet<char>("listen".ToCharArray());
        Console.WriteLine(letters.SetEquals("silent".ToCharArray())); // expect: True
        Console.WriteLine(letters.SetEquals("enlists".ToCharArray())); // expect: True
        Console.WriteLine(letters.SetEquals("tinsel!".ToCharArray())); // expect: False
    }
}
