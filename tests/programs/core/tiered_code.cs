// Methods without loops start as quick code and are compiled optimised after some calls; the
// quick code then forwards to the optimised code. Calls made before, during and after that
// switch, through every kind of reference to the method (a direct call, a virtual slot, an
// interface, a delegate made early, recursion), must give the same results, and exceptions
// thrown from either tier must unwind the same way.
using System;

interface IShape { double Area(); }

abstract class Shape : IShape
{
    public abstract double Area();
}

class Square : Shape
{
    public double Side;
    public Square(double s) { Side = s; }
    public override double Area() { return Side * Side; }
}

class Circle : Shape
{
    public double R;
    public Circle(double r) { R = r; }
    public override double Area() { return 3 * R * R; }
}

class Program
{
    static int calls;

    static int Step(int x)
    {
        calls++;
        if (x == 77) throw new InvalidOperationException("step " + x + " after " + calls + " calls");
        return x % 2 == 0 ? x / 2 : 3 * x + 1;
    }

    static long Fib(int n) { return n < 2 ? n : Fib(n - 1) + Fib(n - 2); }

    static void Main()
    {
        Func<int, int> early = Step;
        Shape[] shapes = { new Square(2), new Circle(1), new Square(3) };
        IShape[] viaInterface = { shapes[2], shapes[1], shapes[0] };
        double areas = 0;
        long steps = 0;
        for (int i = 1; i <= 200; i++)
        {
            areas += shapes[i % 3].Area() + viaInterface[i % 3].Area();
            try
            {
                steps += Step(i) + early(i + 1);
            }
            catch (InvalidOperationException e)
            {
                Console.WriteLine("caught: " + e.Message);
            }
        }
        Console.WriteLine(areas);
        Console.WriteLine(steps);
        Console.WriteLine(Fib(25));
        Console.WriteLine(calls);
    }
}
// expect: caught: step 77 after 152 calls
// expect: caught: step 77 after 153 calls
// expect: 2131
// expect: 70359
// expect: 75025
// expect: 399
