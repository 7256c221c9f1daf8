using System;

class Program
{
    static string FizzBuzz(int i)
    {
        if (i % 15 == 0) return "FizzBuzz";
        if (i % 3 == 0) return "Fizz";
        if (i % 5 == 0) return "Buzz";
        return "" + i;
    }

    static void Main()
    {
        for (int i = 1; i <= 15; i++) Console.WriteLine(FizzBuzz(i));
        // expect: 1
        // expect: 2
        // expect: Fizz
        // expect: 4
        // expect: Buzz
        // expect: Fizz
        // expect: 7
        // expect: 8
        // expect: Fizz
        // expect: Buzz
        // expect: 11
        // expect: Fizz
        // expect: 13
        // expect: 14
        // expect: FizzBuzz
    }
}
