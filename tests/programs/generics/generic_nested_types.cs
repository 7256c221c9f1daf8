// Nested generic types Outer<T>.Inner<U>: construction, members that use both T and U, and typeof names.
using System;

class Outer<T>
{
    public T OuterValue;
    public Outer(T v) { OuterValue = v; }

    public class Inner<U>
    {
        public T A;
        public U B;
        public Inner(T a, U b) { A = a; B = b; }
        public string Show() { return "Inner(" + A + ", " + B + ")"; }
        public Outer<U> Flip() { return new Outer<U>(B); }
    }

    public Inner<string> MakeInner(string s) { return new Inner<string>(OuterValue, s); }
    public Inner<V> Make<V>(V v) { return new Inner<V>(OuterValue, v); }
}

class Program
{
    static void Main()
    {
        Outer<int>.Inner<string> x = new Outer<int>.Inner<string>(1, "one");
        Console.WriteLine(x.Show()); // expect: Inner(1, one)
        Console.WriteLine(x.A + 1); // expect: 2
        Console.WriteLine(x.B.Length); // expect: 3
        Outer<string> o = x.Flip();
        Console.WriteLine(o.OuterValue); // expect: one
        Outer<string>.Inner<string> y = o.MakeInner("two");
        Console.WriteLine(y.Show()); // expect: Inner(one, two)
        Outer<string>.Inner<double> z = o.Make(0.25);
        Console.WriteLine(z.Show()); // expect: Inner(one, 0.25)
        Outer<int>.Inner<Outer<int>.Inner<bool>> deep =
            new Outer<int>.Inner<Outer<int>.Inner<bool>>(7, new Outer<int>.Inner<bool>(8, true));
        Console.WriteLine(deep.B.Show()); // expect: Inner(8, True)
        Console.WriteLine(deep.A + deep.B.A); // expect: 15
        Console.WriteLine(typeof(Outer<int>.Inner<string>)); // expect: Outer`1+Inner`1[System.Int32,System.String]
        Console.WriteLine(x.GetType().Name); // expect: Inner`1
        Console.WriteLine(z.GetType()); // expect: Outer`1+Inner`1[System.String,System.Double]
    }
}
