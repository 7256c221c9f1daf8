// Convert.ToInt32 from strings and doubles (banker's rounding), Convert.ToDouble, Convert.ToString with a base.
using System;

class Program
{
    static void Main()
    {
        Console.WriteLine(Convert.ToInt32("42")); // expect: 42
        Console.WriteLine(Convert.ToInt32(3.5)); // expect: 4
        Console.WriteLine(Convert.ToInt32(2.5)); // expect: 2
        Console.WriteLine(Convert.ToInt32(-2.5)); // expect: -2
        Console.WriteLine(Convert.ToInt32(2.51)); // expect: 3
        Console.WriteLine(Convert.ToInt32(true)); // expect: 1
        Console.WriteLine(Convert.ToInt32('A')); // expect: 65
        Console.WriteLine(Convert.ToDouble("1.25") * 4); // expect: 5
        Console.WriteLine(Convert.ToDouble(7)); // expect: 7
        Console.WriteLine(Convert.ToInt64(1e10)); // expect: 10000000000
        Console.WriteLine(Convert.ToString(255, 2)); // expect: 11111111
        Console.WriteLine(Convert.ToString(255, 16)); // expect: ff
        Console.WriteLine(Convert.ToString(-1, 2).Length); // expect: 32
        Console.WriteLine(Convert.ToString(8, 8)); // expect: 10
        Console.WriteLine(Convert.ToBoolean("True")); // expect: True
        Console.WriteLine(Convert.ToChar(97)); // expect: a
        Console.WriteLine(Convert.ToString(12.5)); // expect: 12.5
    }
}
