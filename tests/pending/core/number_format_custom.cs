// Custom numeric format strings: "0.00", "#,##0", "000.#", "#.##", "0%".
using System;

class Program
{
    static void Main()
    {
        Console.WriteLine(3.14159.ToString("0.00")); // expect: 3.14
        Console.WriteLine(0.5.ToString("0.00")); // expect: 0.50
        Console.WriteLine(1234567.ToString("#,##0")); // expect: 1,234,567
        Console.WriteLine(12.ToString("#,##0")); // expect: 12
        Console.WriteLine(0.ToString("#,##0")); // expect: 0
        Console.WriteLine(5.26.ToString("000.#")); // expect: 005.3
        Console.WriteLine(5.0.ToString("000.#")); // expect: 005
        Console.WriteLine(0.1.ToString("#.##")); // expect: .1
        Console.WriteLine(42.ToString("00000")); // expect: 00042
        Console.WriteLine((-7.5).ToString("0.0")); // expect: -7.5
        Console.WriteLine(1234.5.ToString("#,##0.00")); // expect: 1,234.50
        Console.WriteLine(7.ToString("'#'0")); // expect: #7
    }
}
