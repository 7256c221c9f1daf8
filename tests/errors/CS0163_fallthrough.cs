// Control cannot fall through from one case label ('case 1:') to another.
using System;

class Program
{
    static void Main()
    {
        int n = 1;
        switch (n)
        {
            case 1: // error CS0163
                Console.WriteLine("one");
            case 2:
                Console.WriteLine("two");
                break;
        }
    }
}
