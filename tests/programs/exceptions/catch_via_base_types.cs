// ArithmeticException catches DivideByZeroException and OverflowException; SystemException catches runtime errors.
using System;

class Program
{
    static void Main()
    {
        int zero = 0, min = int.MinValue, m1 = -1;
        try { Console.WriteLine(1 / zero); }
        catch (ArithmeticException e) { Console.WriteLine("arith: " + e.GetType().Name); } // expect: arith: DivideByZeroException
        try { Console.WriteLine(min / m1); }
        catch (ArithmeticException e) { Console.WriteLine("arith: " + e.GetType().Name); } // expect: arith: OverflowException
        try { Console.WriteLine(checked(min - 1)); }
        catch (ArithmeticException e) { Console.WriteLine("arith: " + e.GetType().Name); } // expect: arith: OverflowException
        int[] a = new int[1];
        try { Console.WriteLine(a[5]); }
        catch (SystemException e) { Console.WriteLine("system: " + e.GetType().Name); } // expect: system: IndexOutOfRangeException
        object o = null;
        try { Console.WriteLine(o.GetHashCode()); }
        catch (SystemException e) { Console.WriteLine("system: " + e.GetType().Name); } // expect: system: NullReferenceException
        try { int.Parse("q"); }
        catch (SystemException e) { Console.WriteLine("system: " + e.GetType().Name); } // expect: system: FormatException
        Console.WriteLine(new DivideByZeroException() is ArithmeticException); // expect: True
        Console.WriteLine(new ArgumentNullException() is ArgumentException); // expect: True
        Console.WriteLine(new FormatException() is ArithmeticException); // expect: False
    }
}
