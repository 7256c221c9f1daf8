using System;

class Numbers
{
    public Numbers Where(Func<int, bool> keep) { return this; }
}

class Program
{
    static void Main()
    {
        var source = new Numbers();
        var small = from n in source
                    where n < 10
                    select n * 2; // error CS1936
        Console.WriteLine(small);
    }
}
