// A #region left open at the end of the file (reported there).
class P
{
#region Main
    static void Main() { }
} // error CS1038