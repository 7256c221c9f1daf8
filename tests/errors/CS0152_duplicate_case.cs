// The same case label value may not appear twice in one switch.
using System;

class Program
{
    static void Main()
    {
        int n = 2;
        switch (n)
        {
            case 1:
                Console.WriteLine("one");
                break;
            case 1: // error CS0152
                Console.WriteLine("uno");
                break;
        }
    }
}
