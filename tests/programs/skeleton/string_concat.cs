using System;

class Program
{
    static string Name() { return "Sharp"; }

    static void Main()
    {
        int i = 42;
        long l = 10000000000;
        bool b = true;
        string s = "x";
        Console.WriteLine("int " + i); // expect: int 42
        Console.WriteLine(i + " int"); // expect: 42 int
        Console.WriteLine("long " + l); // expect: long 10000000000
        Console.WriteLine("bool " + b); // expect: bool True
        Console.WriteLine(false + "!"); // expect: False!
        Console.WriteLine(s + s + s); // expect: xxx
        Console.WriteLine("neg " + -5); // expect: neg -5
        // Left to right: the ints are added before the string appears.
        Console.WriteLine(1 + 2 + "3" + 4 + 5); // expect: 3345
        Console.WriteLine("a" + (1 + 2)); // expect: a3
        Console.WriteLine("chain " + i + " " + l + " " + b + " " + s); // expect: chain 42 10000000000 True x
        Console.WriteLine("Hello, " + Name() + "!"); // expect: Hello, Sharp!
        Console.WriteLine("" + ""); // expect:
        string acc = "";
        for (int k = 0; k < 5; k++) acc = acc + k;
        Console.WriteLine(acc); // expect: 01234
        Console.WriteLine("min " + -2147483648); // expect: min -2147483648
        Console.WriteLine("cmp " + (i > 40)); // expect: cmp True
        Console.WriteLine("back\\slash \"quoted\""); // expect: back\slash "quoted"
    }
}
