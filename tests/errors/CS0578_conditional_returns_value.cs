// [Conditional] methods must return void: their calls may disappear.
using System.Diagnostics;

class P
{
    [Conditional("DEBUG")] // error CS0578
    static int Count() { return 1; }

    static void Main() { }
}
