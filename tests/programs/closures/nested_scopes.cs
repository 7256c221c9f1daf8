// Closures over nested block scopes: a lambda capturing variables from an outer block and inner blocks, with modifications made by the method or by the lambda seen by both afterwards.
using System;

class Program
{
    static void Main()
    {
        int outer = 1;
        Func<int> f1;
        Action bumpBoth;
        {
            int middle = 10;
            {
                int inner = 100;
                f1 = () => outer + middle + inner;
                bumpBoth = () => { outer += 1000; inner += 5000; middle++; };
                Console.WriteLine(f1());
                inner = 200;
                Console.WriteLine(f1());
                bumpBoth();
                Console.WriteLine(inner);
            }
            Console.WriteLine(middle);
            middle = 0;
        }
        outer = 2;
        Console.WriteLine(f1());
        bumpBoth();
        Console.WriteLine(outer);
        Console.WriteLine(f1());

        // sibling blocks: each block's variable is separate
        Func<string> left, right;
        string common = "c";
        {
            string s = "L";
            left = () => common + s;
        }
        {
            string s = "R";
            right = () => common + s;
        }
        common = "C";
        Console.WriteLine(left() + right());

        // a block inside an if and an else, sharing a method-level variable
        int hits = 0;
        Action[] acts = new Action[2];
        for (int i = 0; i < 2; i++)
        {
            if (i == 0)
            {
                int weight = 3;
                acts[i] = () => hits += weight;
            }
            else
            {
                int weight = 7;
                acts[i] = () => { hits += weight; weight *= 2; };
            }
        }
        acts[0](); acts[1](); acts[1]();
        Console.WriteLine(hits);

        // two lambdas in different scopes sharing the outer variable
        int shared = 0;
        Action inc;
        Func<int> read;
        {
            int step = 2;
            inc = () => shared += step;
        }
        {
            int scale = 10;
            read = () => shared * scale;
        }
        inc(); inc();
        shared++;
        Console.WriteLine(read());
        Console.WriteLine(shared);
    }
}
// expect: 111
// expect: 211
// expect: 5200
// expect: 11
// expect: 5202
// expect: 1002
// expect: 11203
// expect: CLCR
// expect: 24
// expect: 50
// expect: 5
