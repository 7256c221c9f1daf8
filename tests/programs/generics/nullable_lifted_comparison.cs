// Lifted comparison and equality operators on nullables: ==/!= treat null as a value, relational operators are false whenever an operand is null.
using System;

class Program
{
    static void Main()
    {
        int? a = 1, b = 2, n = null, m = null;
        Console.WriteLine(a < b); // expect: True
        Console.WriteLine(a > b); // expect: False
        Console.WriteLine(a <= 1); // expect: True
        Console.WriteLine(a < n); // expect: False
        Console.WriteLine(a > n); // expect: False
        Console.WriteLine(a >= n); // expect: False
        Console.WriteLine(n <= m); // expect: False
        Console.WriteLine(n == m); // expect: True
        Console.WriteLine(n != m); // expect: False
        Console.WriteLine(a == n); // expect: False
        Console.WriteLine(a != n); // expect: True
        Console.WriteLine(a == 1); // expect: True
        Console.WriteLine(1 == a); // expect: True
        Console.WriteLine(n == 0); // expect: False
        Console.WriteLine(!(a < n) && !(a >= n)); // expect: True
        double? d = double.NaN;
        Console.WriteLine(d == d); // expect: False
        Console.WriteLine(d.Equals(d)); // expect: True
        long? l = 1;
        Console.WriteLine(a == l); // expect: True
        Console.WriteLine(l > a); // expect: False
        int plain = 2;
        Console.WriteLine(plain == b); // expect: True
        Console.WriteLine(plain > n); // expect: False
        char? c = 'x';
        Console.WriteLine(c == 'x'); // expect: True
        Console.WriteLine(c < 'a'); // expect: False
    }
}
