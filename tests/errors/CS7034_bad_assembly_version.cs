// AssemblyVersion must be major[.minor[.build[.revision]]], each part below 65535, with `*`
// only as the build or the revision.
using System.Reflection;

[assembly: AssemblyVersion("1.2.*.4")] // error CS7034

class P
{
    static void Main() { }
}
