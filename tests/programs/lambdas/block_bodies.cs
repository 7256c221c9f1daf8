// Block-bodied lambdas: locals of their own, loops, early returns, try/catch, and void bodies.
using System;
using System.Collections.Generic;

class Program
{
    static void Main()
    {
        Func<int, int> factorial = n =>
        {
            int result = 1;
            for (int i = 2; i <= n; i++) result *= i;
            return result;
        };
        Console.WriteLine(factorial(5)); // expect: 120

        Func<int, string> classify = n =>
        {
            if (n < 0) return "negative";
            if (n == 0) return "zero";
            switch (n % 2)
            {
                case 0: return "even";
                default: return "odd";
            }
        };
        Console.WriteLine(classify(-3) + " " + classify(0) + " " + classify(4) + " " + classify(7)); // expect: negative zero even odd

        Func<string, int> parse = s =>
        {
            try
            {
                return int.Parse(s);
            }
            catch (FormatException)
            {
                return -1;
            }
        };
        Console.WriteLine(parse("12") + parse("zz")); // expect: 11

        Func<int[], int> max = items =>
        {
            int best = items[0];
            foreach (int v in items)
            {
                if (v > best) best = v;
            }
            return best;
        };
        Console.WriteLine(max(new int[] { 3, 9, 2, 7 })); // expect: 9

        Func<int, List<int>> digits = n =>
        {
            List<int> list = new List<int>();
            do
            {
                list.Insert(0, n % 10);
                n /= 10;
            } while (n > 0);
            return list;
        };
        List<int> ds = digits(4096);
        Console.WriteLine(ds.Count + " " + ds[0] + " " + ds[3]); // expect: 4 4 6

        Action<int> countdown = n =>
        {
            string s = "";
            while (n > 0)
            {
                s += n + " ";
                n--;
                if (n == 1) continue;
            }
            Console.WriteLine(s + "go");
        };
        countdown(3); // expect: 3 2 1 go

        Action<string> early = s =>
        {
            if (s == null)
            {
                Console.WriteLine("nothing");
                return;
            }
            Console.WriteLine("got " + s);
        };
        early(null); // expect: nothing
        early("text"); // expect: got text

        Func<int, int, int> gcd = (a, b) =>
        {
            while (b != 0)
            {
                int t = a % b;
                a = b;
                b = t;
            }
            return a;
        };
        Console.WriteLine(gcd(84, 36)); // expect: 12
    }
}
