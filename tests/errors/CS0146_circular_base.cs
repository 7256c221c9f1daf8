// A class whose base chain leads back to itself is reported once, and the
// compiler goes on (a nested-type lookup through the cycle used to hang).
class A : C // error CS0146
{
}

class C : A
{
}

class Self : Self // error CS0146
{
}

class Program
{
    static void Main()
    {
        A.Nested x = null; // error CS0246
    }
}
