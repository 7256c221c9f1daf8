// [Flags] enums: combining with |, testing with &, ToString of combinations, zero, and undefined bits.
using System;

[Flags]
enum Perm { None = 0, Read = 1, Write = 2, Exec = 4, All = Read | Write | Exec }

enum Plain { A = 1, B = 2 }

class Program
{
    static void Main()
    {
        Perm p = Perm.Read | Perm.Write;
        Console.WriteLine(p);                          // expect: Read, Write
        Console.WriteLine((int)p);                     // expect: 3
        Console.WriteLine((p & Perm.Write) != 0);      // expect: True
        Console.WriteLine((p & Perm.Exec) == Perm.None); // expect: True
        Console.WriteLine(p | Perm.Exec);              // expect: All
        Console.WriteLine(Perm.None);                  // expect: None
        Console.WriteLine((Perm)8);                    // expect: 8
        Console.WriteLine((Perm)9);                    // expect: 9
        p &= ~Perm.Read;
        Console.WriteLine(p);                          // expect: Write
        Console.WriteLine(p.HasFlag(Perm.Write));      // expect: True
        Console.WriteLine((Plain)3);                   // expect: 3
    }
}
