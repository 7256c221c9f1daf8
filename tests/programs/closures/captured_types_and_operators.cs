// Captured locals of many types (long, double, char, bool, byte, enum, nullable, string, array, object) updated through closures with compound assignment, increments and conditional logic, then read back by the method.
using System;

enum Color { Red, Green, Blue }

class Program
{
    static void Main()
    {
        long big = 1;
        double ratio = 1.5;
        char ch = 'a';
        bool flag = false;
        byte small = 250;
        Color color = Color.Red;
        int? maybe = null;
        string text = "s";
        int[] arr = { 1, 2, 3 };
        object boxed = 1;

        Action mutate = () =>
        {
            big *= 1000000;
            ratio /= 2;
            ch++;
            flag = !flag;
            small += 3;
            color = color == Color.Blue ? Color.Red : color + 1;
            maybe = (maybe ?? 0) + 5;
            text += ch;
            arr[1] *= 10;
            boxed = (int)boxed + 1;
        };
        mutate();
        Console.WriteLine(big + " " + ratio + " " + ch + " " + flag + " " + small + " " + color + " " + maybe + " " + text + " " + arr[1] + " " + boxed);
        mutate();
        Console.WriteLine(big + " " + ratio + " " + ch + " " + flag + " " + small + " " + color + " " + maybe + " " + text + " " + arr[1] + " " + boxed);
        mutate();
        Console.WriteLine(big + " " + ratio + " " + ch + " " + flag + " " + small + " " + color + " " + maybe + " " + text + " " + arr[1] + " " + boxed);

        // prefix and postfix increments of a captured local used as values
        int i = 5;
        Func<int> post = () => i++;
        Func<int> pre = () => ++i;
        Func<int> dec = () => i--;
        Console.WriteLine(post() + " " + pre() + " " + dec() + " " + i);

        // captured variables in a conditional and a null-coalescing expression
        string name = null;
        Func<string> display = () => name ?? "(none)";
        Console.WriteLine(display());
        name = "set";
        Console.WriteLine(display());
        int? n = null;
        Func<bool> hasValue = () => n.HasValue && n.Value > 2;
        Console.WriteLine(hasValue());
        n = 3;
        Console.WriteLine(hasValue());

        // a captured local assigned by the method, then read back after the lambda assigns it
        int x;
        Action setX = () => x = 42;
        x = 1;
        setX();
        Console.WriteLine(x);

        // compound assignment with the captured variable on both sides inside a nested lambda
        int acc = 1;
        Action<int> times = k => { Func<int> cur = () => acc; acc = cur() * k + acc; };
        times(2); times(3);
        Console.WriteLine(acc);

        // a captured int used as a loop bound inside the lambda while the lambda changes it
        int limit = 3;
        Func<int> loop = () => { int c = 0; for (int j = 0; j < limit; j++) { c++; if (j == 0) limit++; } return c; };
        Console.WriteLine(loop() + " " + limit);
    }
}
// expect: 1000000 0.75 b True 253 Green 5 sb 20 2
// expect: 1000000000000 0.375 c False 0 Blue 10 sbc 200 3
// expect: 1000000000000000000 0.1875 d True 3 Red 15 sbcd 2000 4
// expect: 5 7 7 6
// expect: (none)
// expect: set
// expect: False
// expect: True
// expect: 42
// expect: 12
// expect: 4 4
