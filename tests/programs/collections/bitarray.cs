// BitArray: its constructors, the indexer, Get/Set/SetAll, And/Or/Xor/Not and the shifts,
// Length growing (new bits cleared) and shrinking, CopyTo into int[], byte[] and bool[] (the
// last int or byte masked), Clone, the ICollection members, the enumerator's version checks,
// the exceptions .NET Core 3.1 throws, and a sieve of Eratosthenes.
// mono-differs: Mono words the exceptions in .NET Framework's style, masks the int[] copy after a shrink to a multiple of 32 and has a SyncRoot other than the array
using System;
using System.Collections;

class BitArrayTest
{
    static string Bits(BitArray b)
    {
        string s = "";
        for (int i = 0; i < b.Length; i++) s += b[i] ? "1" : "0";
        return s;
    }

    static string Ints(int[] a)
    {
        string s = "";
        for (int i = 0; i < a.Length; i++) s += (i > 0 ? "," : "") + a[i];
        return s;
    }

    static string Bytes(byte[] a)
    {
        string s = "";
        for (int i = 0; i < a.Length; i++) s += (i > 0 ? "," : "") + a[i];
        return s;
    }

    static string Bools(bool[] a)
    {
        string s = "";
        for (int i = 0; i < a.Length; i++) s += a[i] ? "T" : "F";
        return s;
    }

    static void Try(string what, Action action)
    {
        try
        {
            action();
            Console.WriteLine(what + ": no exception");
        }
        catch (Exception e)
        {
            // An ArgumentOutOfRangeException's "Actual value was N." line is joined on to keep one line a case.
            Console.WriteLine(what + ": " + e.GetType().Name + ": " + e.Message.Replace(Environment.NewLine, " / "));
        }
    }

    static void Sieve(int n)
    {
        BitArray composite = new BitArray(n + 1);
        composite[0] = true;
        composite[1] = true;
        for (int i = 2; i * i <= n; i++)
        {
            if (composite[i]) continue;
            for (int j = i * i; j <= n; j += i) composite.Set(j, true);
        }
        BitArray prime = ((BitArray)composite.Clone()).Not();
        string primes = "";
        int count = 0;
        for (int i = 0; i <= n; i++)
        {
            if (prime.Get(i))
            {
                primes += (count > 0 ? " " : "") + i;
                count++;
            }
        }
        Console.WriteLine(count + " primes to " + n + ": " + primes);
        int[] words = new int[(n + 32) / 32];
        prime.CopyTo(words, 0);
        Console.WriteLine("prime words: " + Ints(words));
    }

    static void Main()
    {
        Sieve(100);

        BitArray zeros = new BitArray(5);
        BitArray ones = new BitArray(5, true);
        BitArray fromBools = new BitArray(new bool[] { true, false, true, true, false });
        BitArray fromBytes = new BitArray(new byte[] { 0x81, 0x03 });
        BitArray fromInts = new BitArray(new int[] { 5, -1 });
        BitArray copy = new BitArray(fromBools);
        Console.WriteLine(Bits(zeros) + " " + Bits(ones) + " " + Bits(fromBools) + " " + Bits(fromBytes));
        Console.WriteLine(fromInts.Length + " " + fromInts[0] + fromInts[1] + fromInts[2] + fromInts[63] + " " + Bits(copy));
        Console.WriteLine(new BitArray(0).Length + " " + new BitArray(new byte[0]).Count);

        // The copy is independent of its source.
        copy[1] = true;
        Console.WriteLine(Bits(fromBools) + " " + Bits(copy));

        BitArray a = new BitArray(new bool[] { true, true, false, false });
        BitArray b = new BitArray(new bool[] { true, false, true, false });
        Console.WriteLine("and " + Bits(((BitArray)a.Clone()).And(b)));
        Console.WriteLine("or  " + Bits(((BitArray)a.Clone()).Or(b)));
        Console.WriteLine("xor " + Bits(((BitArray)a.Clone()).Xor(b)));
        Console.WriteLine("not " + Bits(((BitArray)a.Clone()).Not()));
        BitArray chained = (BitArray)a.Clone();
        Console.WriteLine(chained.And(b) == chained);
        Console.WriteLine(Bits(a) + " " + Bits(b));

        BitArray all = new BitArray(6);
        all.SetAll(true);
        all.Set(2, false);
        Console.WriteLine(Bits(all));
        all.SetAll(false);
        Console.WriteLine(Bits(all));

        BitArray shifted = new BitArray(new bool[] { true, false, true, true, false, false, false, true });
        Console.WriteLine("<<2 " + Bits(((BitArray)shifted.Clone()).LeftShift(2)));
        Console.WriteLine(">>3 " + Bits(((BitArray)shifted.Clone()).RightShift(3)));
        Console.WriteLine(">>9 " + Bits(((BitArray)shifted.Clone()).RightShift(9)));
        BitArray wide = new BitArray(new int[] { -1, 5 });
        wide.RightShift(3);
        int[] wideInts = new int[2];
        wide.CopyTo(wideInts, 0);
        Console.WriteLine("wide >>3 " + Ints(wideInts));
        wide.LeftShift(35);
        wide.CopyTo(wideInts, 0);
        Console.WriteLine("wide <<35 " + Ints(wideInts));

        // Not and SetAll(true) set the spare bits of the last int; CopyTo masks them.
        BitArray ten = new BitArray(10, true);
        int[] tenInts = new int[3];
        ten.CopyTo(tenInts, 1);
        byte[] tenBytes = new byte[3];
        ten.CopyTo(tenBytes, 0);
        bool[] tenBools = new bool[12];
        ten.Not().Set(4, true);
        ten.CopyTo(tenBools, 1);
        Console.WriteLine(Ints(tenInts) + " " + Bytes(tenBytes) + " " + Bools(tenBools));
        byte[] eightBytes = new byte[8];
        fromInts.CopyTo(eightBytes, 0);
        Console.WriteLine(Bytes(eightBytes));

        // Growing clears the new bits, the spare ones of the old last int included.
        BitArray growing = new BitArray(3, true);
        growing.Length = 40;
        int[] growInts = new int[2];
        growing.CopyTo(growInts, 0);
        Console.WriteLine(growing.Length + " " + Ints(growInts));
        growing.Length = 2;
        growing.Length = 4;
        Console.WriteLine(Bits(growing));
        // Shrinking to a multiple of 32 keeps the int[], and CopyTo(int[]) copies it whole.
        BitArray shrunk = new BitArray(new int[] { 7, 9 });
        shrunk.Length = 32;
        int[] shrunkInts = new int[2];
        shrunk.CopyTo(shrunkInts, 0);
        Console.WriteLine(shrunk.Count + " " + Ints(shrunkInts));

        ICollection collection = fromBools;
        Console.WriteLine(collection.Count + " " + fromBools.IsReadOnly + " " + collection.IsSynchronized + " " + (collection.SyncRoot == fromBools));
        ICloneable cloneable = fromBools;
        BitArray cloned = (BitArray)cloneable.Clone();
        cloned[0] = false;
        Console.WriteLine(Bits(fromBools) + " " + Bits(cloned));

        string seen = "";
        foreach (bool bit in fromBytes) seen += bit ? "1" : "0";
        Console.WriteLine(seen);
        IEnumerator e = fromBools.GetEnumerator();
        Try("Current before MoveNext", () => Console.WriteLine(e.Current));
        e.MoveNext();
        e.MoveNext();
        IEnumerator e2 = (IEnumerator)((ICloneable)e).Clone();
        e2.MoveNext();
        Console.WriteLine(e.Current + " " + e2.Current);
        e.Reset();
        e.MoveNext();
        Console.WriteLine(e.Current);
        while (e.MoveNext()) { }
        Try("Current after the end", () => Console.WriteLine(e.Current));
        IEnumerator changed = fromBools.GetEnumerator();
        changed.MoveNext();
        fromBools[4] = true;
        Console.WriteLine(changed.Current);
        Try("MoveNext after Set", () => changed.MoveNext());
        Try("Reset after Set", () => changed.Reset());
        Try("foreach with Length", () => { foreach (bool bit in fromBools) fromBools.Length = 5; });
        Try("foreach with Not", () => { foreach (bool bit in fromBools) fromBools.Not(); });
        Try("foreach with LeftShift(0)", () => { foreach (bool bit in fromBools) fromBools.LeftShift(0); });
        Try("foreach reading", () => { foreach (bool bit in fromBools) fromBools.CopyTo(new int[1], 0); });

        Try("new BitArray(-1, true)", () => new BitArray(-1, true));
        Try("new BitArray((bool[])null)", () => new BitArray((bool[])null));
        Try("new BitArray((byte[])null)", () => new BitArray((byte[])null));
        Try("new BitArray((int[])null)", () => new BitArray((int[])null));
        Try("new BitArray((BitArray)null)", () => new BitArray((BitArray)null));
        Try("[5]", () => Console.WriteLine(zeros[5]));
        Try("Get(-1)", () => zeros.Get(-1));
        Try("Set(5)", () => zeros.Set(5, true));
        Try("And null", () => zeros.And(null));
        Try("Or longer", () => zeros.Or(new BitArray(6)));
        Try("Xor shorter", () => zeros.Xor(new BitArray(4)));
        Try("Length = -1", () => zeros.Length = -1);
        Try("LeftShift(-1)", () => zeros.LeftShift(-1));
        Try("RightShift(-2)", () => zeros.RightShift(-2));
        Try("CopyTo null", () => zeros.CopyTo(null, 0));
        Try("CopyTo index -1", () => zeros.CopyTo(new int[1], -1));
        Try("CopyTo long[]", () => zeros.CopyTo(new long[1], 0));
        Try("CopyTo int[,]", () => zeros.CopyTo(new int[1, 1], 0));
        Try("CopyTo short byte[]", () => new BitArray(9).CopyTo(new byte[2], 1));
        Try("CopyTo short bool[]", () => zeros.CopyTo(new bool[5], 1));
        Try("CopyTo short int[]", () => new BitArray(33).CopyTo(new int[1], 0));
    }
}

// expect: 25 primes to 100: 2 3 5 7 11 13 17 19 23 29 31 37 41 43 47 53 59 61 67 71 73 79 83 89 97
// expect: prime words: -1601558356,673221152,34112136,2
// expect: 00000 11111 10110 1000000111000000
// expect: 64 TrueFalseTrueTrue 10110
// expect: 0 0
// expect: 10110 11110
// expect: and 1000
// expect: or  1110
// expect: xor 0110
// expect: not 0011
// expect: True
// expect: 1100 1010
// expect: 110111
// expect: 000000
// expect: <<2 00101100
// expect: >>3 10001000
// expect: >>9 00000000
// expect: wide >>3 -1073741825,0
// expect: wide <<35 0,-8
// expect: 0,1023,0 255,3,0 FFFFFTFFFFFF
// expect: 5,0,0,0,255,255,255,255
// expect: 40 7,0
// expect: 1100
// expect: 32 7,9
// expect: 5 False False True
// expect: 10110 00110
// expect: 1000000111000000
// expect: Current before MoveNext: InvalidOperationException: Enumeration has not started. Call MoveNext.
// expect: False True
// expect: True
// expect: Current after the end: InvalidOperationException: Enumeration already finished.
// expect: True
// expect: MoveNext after Set: InvalidOperationException: Collection was modified after the enumerator was instantiated.
// expect: Reset after Set: InvalidOperationException: Collection was modified after the enumerator was instantiated.
// expect: foreach with Length: InvalidOperationException: Collection was modified after the enumerator was instantiated.
// expect: foreach with Not: InvalidOperationException: Collection was modified after the enumerator was instantiated.
// expect: foreach with LeftShift(0): InvalidOperationException: Collection was modified after the enumerator was instantiated.
// expect: foreach reading: no exception
// expect: new BitArray(-1, true): ArgumentOutOfRangeException: Non-negative number required. (Parameter 'length') / Actual value was -1.
// expect: new BitArray((bool[])null): ArgumentNullException: Value cannot be null. (Parameter 'values')
// expect: new BitArray((byte[])null): ArgumentNullException: Value cannot be null. (Parameter 'bytes')
// expect: new BitArray((int[])null): ArgumentNullException: Value cannot be null. (Parameter 'values')
// expect: new BitArray((BitArray)null): ArgumentNullException: Value cannot be null. (Parameter 'bits')
// expect: [5]: ArgumentOutOfRangeException: Index was out of range. Must be non-negative and less than the size of the collection. (Parameter 'index') / Actual value was 5.
// expect: Get(-1): ArgumentOutOfRangeException: Index was out of range. Must be non-negative and less than the size of the collection. (Parameter 'index') / Actual value was -1.
// expect: Set(5): ArgumentOutOfRangeException: Index was out of range. Must be non-negative and less than the size of the collection. (Parameter 'index') / Actual value was 5.
// expect: And null: ArgumentNullException: Value cannot be null. (Parameter 'value')
// expect: Or longer: ArgumentException: Array lengths must be the same.
// expect: Xor shorter: ArgumentException: Array lengths must be the same.
// expect: Length = -1: ArgumentOutOfRangeException: Non-negative number required. (Parameter 'value') / Actual value was -1.
// expect: LeftShift(-1): ArgumentOutOfRangeException: Non-negative number required. (Parameter 'count') / Actual value was -1.
// expect: RightShift(-2): ArgumentOutOfRangeException: Non-negative number required. (Parameter 'count') / Actual value was -2.
// expect: CopyTo null: ArgumentNullException: Value cannot be null. (Parameter 'array')
// expect: CopyTo index -1: ArgumentOutOfRangeException: Non-negative number required. (Parameter 'index') / Actual value was -1.
// expect: CopyTo long[]: ArgumentException: Only supported array types for CopyTo on BitArrays are Boolean[], Int32[] and Byte[]. (Parameter 'array')
// expect: CopyTo int[,]: ArgumentException: Only single dimensional arrays are supported for the requested action. (Parameter 'array')
// expect: CopyTo short byte[]: ArgumentException: Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.
// expect: CopyTo short bool[]: ArgumentException: Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.
// expect: CopyTo short int[]: IndexOutOfRangeException: Index was outside the bounds of the array.
