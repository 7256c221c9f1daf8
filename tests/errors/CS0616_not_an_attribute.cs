// Only classes derived from System.Attribute are attributes.
class Plain
{
}

[Plain] // error CS0616
class P
{
    static void Main() { }
}
