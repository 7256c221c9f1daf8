// int.Parse raises FormatException for bad text and OverflowException for out-of-range numbers.
using System;

class Program
{
    static void Try(string s)
    {
        try
        {
            Console.WriteLine(int.Parse(s));
        }
        catch (FormatException e)
        {
            Console.WriteLine("format: " + e.Message);
        }
        catch (OverflowException e)
        {
            Console.WriteLine("overflow: " + e.Message);
        }
    }

    static void Main()
    {
        Try("123"); // expect: 123
        Try("abc"); // expect: format: Input string was not in a correct format.
        Try(""); // expect: format: Input string was not in a correct format.
        Try("12x"); // expect: format: Input string was not in a correct format.
        Try("99999999999"); // expect: overflow: Value was either too large or too small for an Int32.
        Try("-2147483649"); // expect: overflow: Value was either too large or too small for an Int32.
        Try("-2147483648"); // expect: -2147483648
    }
}
