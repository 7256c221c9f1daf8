using System;
record Item(string Name, int Count) // error CS8866
{
    public string Count => "many";
}
class Program { static void Main() { Console.WriteLine(new Item("a", 1)); } }
