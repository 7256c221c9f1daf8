// Prefix and postfix ++/-- on locals, static fields and array elements.
using System;

class Program
{
    static int counter;
    static long total = 10;

    static void Main()
    {
        int i = 5;
        Console.WriteLine(i++); // expect: 5
        Console.WriteLine(i); // expect: 6
        Console.WriteLine(++i); // expect: 7
        Console.WriteLine(i--); // expect: 7
        Console.WriteLine(--i); // expect: 5
        Console.WriteLine(counter++ + counter++); // expect: 1
        Console.WriteLine(++counter * 10); // expect: 30
        total--;
        Console.WriteLine(--total); // expect: 8
        int[] a = { 10, 20, 30 };
        int j = 0;
        a[j++]++;
        Console.WriteLine(a[0] + " " + j); // expect: 11 1
        Console.WriteLine(++a[j]); // expect: 21
        Console.WriteLine(a[2]--); // expect: 30
        Console.WriteLine(a[2]); // expect: 29
        double d = 1.5;
        d++;
        Console.WriteLine(d); // expect: 2.5
        char c = 'x';
        c++;
        Console.WriteLine(c); // expect: y
        int k = 1;
        k = k++ + ++k;
        Console.WriteLine(k); // expect: 4
    }
}
