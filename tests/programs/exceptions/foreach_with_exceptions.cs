// Exceptions inside a foreach body over an array: caught per element, and a throw out of the loop ends it.
using System;

class Program
{
    static void Main()
    {
        string[] inputs = { "1", "two", "3", "" };
        int sum = 0;
        foreach (string s in inputs)
        {
            try
            {
                sum += int.Parse(s);
            }
            catch (FormatException)
            {
                Console.WriteLine("skipping '" + s + "'");
            }
        }
        Console.WriteLine("sum " + sum);
        // expect: skipping 'two'
        // expect: skipping ''
        // expect: sum 4
        try
        {
            foreach (string s in inputs)
            {
                Console.WriteLine("parse " + s);
                int.Parse(s);
            }
        }
        catch (FormatException)
        {
            Console.WriteLine("stopped");
        }
        // expect: parse 1
        // expect: parse two
        // expect: stopped
    }
}
