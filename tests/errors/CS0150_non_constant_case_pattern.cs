// A constant pattern needs a constant: a local variable in a case label is not one.
using System;

class Program
{
    const int Limit = 10;

    static void Main()
    {
        object value = 10;
        int target = 10;
        switch (value)
        {
            case Limit:
                Console.WriteLine("limit");
                break;
            case target: // error CS0150
                Console.WriteLine("target");
                break;
        }
    }
}
