using System;
record Thing(int Id)
{
    protected Type EqualityContract => typeof(Thing); // error CS8872
}
class Program { static void Main() { Console.WriteLine(new Thing(1)); } }
