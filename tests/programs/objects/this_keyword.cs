// this: disambiguating fields from parameters, passing this as an argument, returning this for chaining.
using System;

class Builder
{
    private string text = "";
    private int count;

    public Builder Add(string text)
    {
        this.text = this.text + text;
        this.count++;
        return this;
    }

    public int Count { get { return count; } }
    public override string ToString() { return text; }
    public bool Same(Builder other) { return other == this; }
    public void Report() { Printer.Print(this); }
}

static class Printer
{
    public static void Print(Builder b) { Console.WriteLine("[" + b + "]"); }
}

class Program
{
    static void Main()
    {
        Builder b = new Builder();
        Builder r = b.Add("a").Add("b").Add("c");
        Console.WriteLine(b.ToString());  // expect: abc
        Console.WriteLine(b.Count);       // expect: 3
        Console.WriteLine(r.Same(b));     // expect: True
        Console.WriteLine(b.Same(new Builder())); // expect: False
        b.Report();                       // expect: [abc]
    }
}
