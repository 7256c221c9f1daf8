// An [Obsolete(message, true)] member may not be used at all.
using System;

class Api
{
    [Obsolete("removed in version 2", true)]
    public static void Gone() { }
}

class P
{
    static void Main()
    {
        Api.Gone(); // error CS0619
    }
}
