// One part of a partial class; b.cs holds the other part and Main.
using System;

partial class Inventory
{
    private int[] counts = new int[3];
    private static string[] names = { "apples", "pears", "plums" };

    public void Add(int item, int n) { counts[item] += n; Log("add " + names[item]); }
}
