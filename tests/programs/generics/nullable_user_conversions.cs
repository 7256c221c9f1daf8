// User-defined conversions meet nullable types (§10.5.3–10.5.5): an
// operator of T applies to a T? source, one that takes or gives exactly
// the nullable type is preferred, and a generic struct's operator from its
// type argument takes a nullable argument as it is.
// mcs-differs: mcs lifts the explicit conversion of a null Code? to null instead of calling the operator
using System;

struct Wrapper<T>
{
    public T Inner;
    public static implicit operator Wrapper<T>(T value) { Wrapper<T> w; w.Inner = value; return w; }
}

struct Reading
{
    public int Value;
    public Reading(int v) { Value = v; }
    public static int Converted;
    public static implicit operator int(Reading? r) { Converted++; return r.HasValue ? r.Value.Value : -1; }
}

class Label
{
    public string Text;
    public Label(string t) { Text = t; }
}

struct Code
{
    public int N;
    public static explicit operator Label(Code c) { return new Label("code " + c.N); }
}

class Program
{
    static void Main()
    {
        Wrapper<int?> w = (int?)null;
        Wrapper<int?> v = (int?)5;
        Console.WriteLine(w.Inner.HasValue + " " + v.Inner);

        int none = default(Reading?);
        int some = new Reading?(new Reading(42));
        Console.WriteLine(none + " " + some + " " + Reading.Converted);

        Code? c = new Code { N = 7 };
        Label l = (Label)c;
        Console.WriteLine(l.Text);
        try
        {
            Code? missing = null;
            Label m = (Label)missing;
            Console.WriteLine(m.Text);
        }
        catch (InvalidOperationException)
        {
            Console.WriteLine("no value");
        }
    }
}
// expect: False 5
// expect: -1 42 2
// expect: code 7
// expect: no value
