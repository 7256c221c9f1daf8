// `break` from a catch block leaves the loop after running the finally.
using System;

class Program
{
    static void Main()
    {
        int[] data = { 1, 2, 0, 4 };
        int i = 0;
        while (true)
        {
            try
            {
                Console.WriteLine(12 / data[i]);
            }
            catch (DivideByZeroException)
            {
                Console.WriteLine("zero at " + i);
                break;
            }
            finally
            {
                i++;
                Console.WriteLine("finally");
            }
        }
        Console.WriteLine("i = " + i);
        // expect: 12
        // expect: finally
        // expect: 6
        // expect: finally
        // expect: zero at 2
        // expect: finally
        // expect: i = 3
    }
}
