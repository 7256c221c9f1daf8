// User-defined conversions reach through a type parameter's class
// constraint (§10.5.3), and an explicit conversion may pair an operator
// with a standard explicit conversion on either side (§10.5.5). A nested
// type's type parameter hides an outer one of the same name.
using System;

class Celsius
{
    public double Degrees;
    public Celsius(double d) { Degrees = d; }
    public static implicit operator Kelvin(Celsius c) { return new Kelvin(c.Degrees + 273.15); }
}

class Kelvin
{
    public double Value;
    public Kelvin(double v) { Value = v; }
    public static explicit operator Celsius(Kelvin k) { return new Celsius(k.Value - 273.15); }
}

class Precise : Celsius
{
    public Precise(double d) : base(d) { }
}

struct Meters
{
    public long Value;
    public Meters(long v) { Value = v; }
    public static implicit operator long(Meters m) { return m.Value; }
}

class Outer<T>
{
    public class Inner<T>
    {
        public T Item;
        public Inner(T item) { Item = item; }
    }
}

class Program
{
    static Kelvin ToKelvin<T>(T t) where T : Celsius
    {
        Kelvin k = t;
        return k;
    }

    static T FromKelvin<T>(Kelvin k) where T : Celsius
    {
        return (T)k;
    }

    static void Main()
    {
        Console.WriteLine(ToKelvin(new Precise(26.85)).Value.ToString("F2"));
        Console.WriteLine(FromKelvin<Celsius>(new Kelvin(300)).Degrees.ToString("F2"));
        try
        {
            FromKelvin<Precise>(new Kelvin(300));
        }
        catch (InvalidCastException)
        {
            Console.WriteLine("not a Precise");
        }
        int small = (int)new Meters(42);
        short smaller = (short)new Meters(7);
        Console.WriteLine(small + smaller);
        var inner = new Outer<long>.Inner<string>("inner T");
        Console.WriteLine(inner.Item);
    }
}
// expect: 300.00
// expect: 26.85
// expect: not a Precise
// expect: 49
// expect: inner T
