using System;
record Doc(string Title)
{
    private Doc(Doc original) { Title = original.Title; } // error CS8878
}
class Program { static void Main() { Console.WriteLine(new Doc("a")); } }
