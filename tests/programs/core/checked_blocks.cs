// checked and unchecked blocks: overflow is caught inside checked, wraps inside a nested unchecked.
using System;

class Program
{
    static void Main()
    {
        int big = int.MaxValue;
        checked
        {
            int ok = big - 1;
            Console.WriteLine(ok); // expect: 2147483646
            unchecked
            {
                Console.WriteLine(big + 1); // expect: -2147483648
            }
            try
            {
                int bad = big * 2;
                Console.WriteLine(bad);
            }
            catch (OverflowException)
            {
                Console.WriteLine("overflow"); // expect: overflow
            }
        }
        unchecked
        {
            long l = long.MaxValue;
            Console.WriteLine(l + 1); // expect: -9223372036854775808
        }
        byte b = 255;
        b++;
        Console.WriteLine(b); // expect: 0
    }
}
