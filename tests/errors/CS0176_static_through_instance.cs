// Accessing a static member through an instance reference.
class Config
{
    public static int Level = 3;
}

class Program
{
    static void Main()
    {
        Config c = new Config();
        System.Console.WriteLine(c.Level); // error CS0176
    }
}
