// Nested blocks: each scope's locals, reuse of a name in sibling blocks.
using System;

class Program
{
    static void Main()
    {
        int outer = 1;
        {
            int inner = outer + 1;
            {
                int deepest = inner * 10;
                Console.WriteLine(deepest); // expect: 20
                outer = deepest;
            }
            Console.WriteLine(inner); // expect: 2
        }
        {
            int inner = 99;
            Console.WriteLine(inner); // expect: 99
        }
        Console.WriteLine(outer); // expect: 20
        for (int i = 0; i < 2; i++)
        {
            int fresh = 0;
            fresh += i;
            Console.WriteLine(fresh);
        }
        // expect: 0
        // expect: 1
        for (int i = 5; i < 6; i++) { Console.WriteLine(i); } // expect: 5
        {
            {
                {
                    Console.WriteLine("deep"); // expect: deep
                }
            }
        }
    }
}
