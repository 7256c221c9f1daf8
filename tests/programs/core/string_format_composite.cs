// string.Format composite formatting: indexes, alignment {0,-5}, format strings {1:N2}, repeated arguments.
using System;

class Program
{
    static void Main()
    {
        Console.WriteLine(string.Format("{0} and {1}", "cats", "dogs")); // expect: cats and dogs
        Console.WriteLine(string.Format("[{0,-5}][{1,5}]", "ab", 12)); // expect: [ab   ][   12]
        Console.WriteLine(string.Format("{0:N2}", 1234.5678)); // expect: 1,234.57
        Console.WriteLine(string.Format("{1}{0}{1}", "-", "=")); // expect: =-=
        Console.WriteLine(string.Format("{0,8:F3}|", Math.PI)); // expect:    3.142|
        Console.WriteLine(string.Format("{0:X2}{1:X2}{2:X2}", 255, 16, 1)); // expect: FF1001
        Console.WriteLine(string.Format("{0} {1} {2} {3}", true, 'c', 1.5, -3L)); // expect: True c 1.5 -3
        Console.WriteLine(string.Format("{0}", (object)null) + "|"); // expect: |
        Console.WriteLine(string.Format("no args")); // expect: no args
        Console.WriteLine(string.Format("{0,-6:D3}|", 7)); // expect: 007   |
    }
}
