// A second use of an attribute whose AttributeUsage does not allow several.
using System;

class TagAttribute : Attribute
{
}

[Tag]
[Tag] // error CS0579
class P
{
    [Obsolete, Obsolete] // error CS0579
    static void Main() { }
}
