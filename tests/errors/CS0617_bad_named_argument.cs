// Named attribute arguments must be public, writable, non-static fields or properties.
using System;

class InfoAttribute : Attribute
{
    public readonly int Fixed;
    public static int Shared;
    public int ReadOnly { get { return 0; } }
    public int Fine { get; set; }
}

[Info(Fixed = 1)] // error CS0617
[Info(Shared = 2)] // error CS0617
[Info(ReadOnly = 3)] // error CS0617
class P
{
    [Info(Fine = 4)]
    static void Main() { }
}
