// An assembly attribute whose class does not exist.
using System.Reflection;

[assembly: AssemblyTitle("fine")]
[assembly: AssemblyNickname("no such attribute")] // error CS0246

class P
{
    static void Main() { }
}
