// An attribute applied where its AttributeUsage does not allow it.
using System;

[AttributeUsage(AttributeTargets.Method)]
class OnlyMethodsAttribute : Attribute
{
}

[OnlyMethods] // error CS0592
class P
{
    [OnlyMethods]
    static void Main() { }

    [Obsolete]
    int fieldsMayBeObsolete;

    [Serializable] // error CS0592
    int Property { get; set; }
}
