// Throwing a string (not an Exception) is an error.
class Program
{
    static void Main()
    {
        string s = "oops";
        throw s; // error CS0155
    }
}
