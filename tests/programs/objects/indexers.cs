// Indexers: this[int] with get/set, compound assignment through an indexer, a get-only indexer.
using System;

class Bits
{
    private bool[] bits;
    public Bits(int n) { bits = new bool[n]; }
    public bool this[int i]
    {
        get { return i >= 0 && i < bits.Length && bits[i]; }
        set { if (i >= 0 && i < bits.Length) bits[i] = value; }
    }
    public int Length { get { return bits.Length; } }
}

class Squares
{
    public int this[int i] { get { return i * i; } }
}

class Scores
{
    private int[] data = new int[4];
    public int this[int i] { get { return data[i]; } set { data[i] = value; } }
}

class Program
{
    static void Main()
    {
        Bits b = new Bits(8);
        b[3] = true;
        b[100] = true;
        Console.WriteLine(b[3] + " " + b[4] + " " + b[100]); // expect: True False False
        Squares sq = new Squares();
        Console.WriteLine(sq[12]);                          // expect: 144
        Scores s = new Scores();
        s[1] = 10;
        s[1] += 5;
        s[2]++;
        Console.WriteLine(s[1] + " " + s[2]);               // expect: 15 1
    }
}
