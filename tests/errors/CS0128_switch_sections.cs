// All sections of a switch block share one declaration space, so a local may be declared only once.
using System;

class Program
{
    static void Main()
    {
        int n = 1;
        switch (n)
        {
            case 1:
                int v = 1;
                Console.WriteLine(v);
                break;
            case 2:
                int v = 2; // error CS0128
                Console.WriteLine(v);
                break;
        }
    }
}
