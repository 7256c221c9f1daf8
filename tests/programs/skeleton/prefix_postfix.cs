using System;

class Program
{
    static void Main()
    {
        int i = 5;
        Console.WriteLine(i++); // expect: 5
        Console.WriteLine(i); // expect: 6
        Console.WriteLine(++i); // expect: 7
        Console.WriteLine(i--); // expect: 7
        Console.WriteLine(--i); // expect: 5
        int a = i++ + i++;
        Console.WriteLine(a); // expect: 11
        Console.WriteLine(i); // expect: 7
        int b = ++i * 2 + i--;
        Console.WriteLine(b); // expect: 24
        Console.WriteLine(i); // expect: 7
        long l = -1;
        l++;
        Console.WriteLine(l); // expect: 0
        Console.WriteLine(--l); // expect: -1
        Console.WriteLine(l--); // expect: -1
        Console.WriteLine(l); // expect: -2
        int j = 0;
        j = j++;
        Console.WriteLine(j); // expect: 0
        j = ++j;
        Console.WriteLine(j); // expect: 1
    }
}
