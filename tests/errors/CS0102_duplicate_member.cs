// Two members with the same name in one class (a field and a method).
class Thing
{
    public int Size;
    public int Size() { return 1; } // error CS0102
}

class Program
{
    static void Main() { System.Console.WriteLine(new Thing()); }
}
