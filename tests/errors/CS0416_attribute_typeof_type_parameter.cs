// typeof in an attribute argument cannot name a type parameter, nor a type built from one:
// the blob records a closed type.
using System;
using System.Collections.Generic;

class TypeAttribute : Attribute
{
    public TypeAttribute(Type t) { }
}

class Holder<T>
{
    [Type(typeof(T))] // error CS0416
    public int A;

    [Type(typeof(List<T>))] // error CS0416
    public int B;

    [Type(typeof(List<int>))]
    public int C;

    [Type(typeof(List<>))]
    public int D;
}

class P
{
    static void Main() { }
}
