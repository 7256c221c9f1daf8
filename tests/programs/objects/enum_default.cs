// The default value of an enum is 0, even when 0 is not a named member; enum fields and arrays start at 0.
using System;

enum Mode { Off, On }
enum NoZero { One = 1, Two = 2 }

class Holder
{
    public Mode M;
    public NoZero N;
}

class Program
{
    static void Main()
    {
        Holder h = new Holder();
        Console.WriteLine(h.M);                 // expect: Off
        Console.WriteLine(h.N);                 // expect: 0
        Console.WriteLine(default(NoZero));     // expect: 0
        NoZero[] arr = new NoZero[2];
        Console.WriteLine((int)arr[1]);         // expect: 0
        Mode m = 0;
        Console.WriteLine(m == Mode.Off);       // expect: True
        Console.WriteLine(new Mode());          // expect: Off
    }
}
