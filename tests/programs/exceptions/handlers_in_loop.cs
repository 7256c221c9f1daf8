// A try/catch inside a loop: each iteration can throw and be caught independently; the loop keeps going.
using System;

class Program
{
    static void Main()
    {
        int[] divisors = { 2, 0, 5, 0, 1 };
        int ok = 0, failed = 0;
        for (int i = 0; i < divisors.Length; i++)
        {
            try
            {
                int q = 100 / divisors[i];
                Console.WriteLine("100/" + divisors[i] + "=" + q);
                ok++;
            }
            catch (DivideByZeroException)
            {
                Console.WriteLine("skip " + i);
                failed++;
            }
            finally
            {
                Console.WriteLine("end " + i);
            }
        }
        Console.WriteLine(ok + " ok, " + failed + " failed");
        // expect: 100/2=50
        // expect: end 0
        // expect: skip 1
        // expect: end 1
        // expect: 100/5=20
        // expect: end 2
        // expect: skip 3
        // expect: end 3
        // expect: 100/1=100
        // expect: end 4
        // expect: 3 ok, 2 failed
    }
}
