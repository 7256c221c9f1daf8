// Checked +, -, * raise OverflowException on int, long and uint overflow; unchecked wraps.
using System;

class Program
{
    static void Main()
    {
        int big = int.MaxValue;
        int small = int.MinValue;
        try { Console.WriteLine(checked(big + 1)); }
        catch (OverflowException) { Console.WriteLine("int +"); } // expect: int +
        try { Console.WriteLine(checked(small - 1)); }
        catch (OverflowException) { Console.WriteLine("int -"); } // expect: int -
        try { Console.WriteLine(checked(big * 2)); }
        catch (OverflowException) { Console.WriteLine("int *"); } // expect: int *
        long lbig = long.MaxValue;
        try { Console.WriteLine(checked(lbig + 1)); }
        catch (OverflowException) { Console.WriteLine("long +"); } // expect: long +
        uint u = 0;
        try { Console.WriteLine(checked(u - 1)); }
        catch (OverflowException) { Console.WriteLine("uint -"); } // expect: uint -
        Console.WriteLine(unchecked(big + 1)); // expect: -2147483648
        checked
        {
            try
            {
                int x = big;
                x += 1;
                Console.WriteLine(x);
            }
            catch (OverflowException)
            {
                Console.WriteLine("compound in checked block"); // expect: compound in checked block
            }
        }
    }
}
