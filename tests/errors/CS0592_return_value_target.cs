// [return:] and [assembly:] apply to the return value and the assembly, whose usage the
// attribute class must allow.
using System;

[assembly: OnlyParameters] // error CS0592
[assembly: Everywhere]

[AttributeUsage(AttributeTargets.Parameter)]
class OnlyParametersAttribute : Attribute
{
}

[AttributeUsage(AttributeTargets.All)]
class EverywhereAttribute : Attribute
{
}

class P
{
    [return: OnlyParameters] // error CS0592
    static int M([OnlyParameters] int x) { return x; }

    [return: Everywhere]
    static void Main() { M(1); }
}
