// An exception raised inside methods the VM inlined still shows their
// frames and lines, and so does a method marked NoInlining.
using System;
using System.Runtime.CompilerServices;

class Box<T>
{
    readonly T[] items;
    public Box(int n) { items = new T[n]; }
    public T At(int i) => items[i];
}

class Program
{
    static int Third(Box<int> b) => b.At(3);

    [MethodImpl(MethodImplOptions.NoInlining)]
    static int Guarded(Box<int> b) => Third(b) + 1;

    static void Main()
    {
        Console.WriteLine("start");
        Console.WriteLine(Guarded(new Box<int>(2)));
    }
}
// expect: start
// throws: System.IndexOutOfRangeException
// trace: at Box`1.At(Int32 i) in inlined_frames_in_trace.cs:line 10
// trace: at Program.Third(Box`1 b) in inlined_frames_in_trace.cs:line 15
// trace: at Program.Guarded(Box`1 b) in inlined_frames_in_trace.cs:line 18
// trace: at Program.Main() in inlined_frames_in_trace.cs:line 23
