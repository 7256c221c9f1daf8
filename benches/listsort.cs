// List<int>: n pseudo-random ints added (capacity growth), sorted with
// List<T>.Sort (introsort over int, through Comparer<int>.Default), then
// summed by index and by foreach (the struct enumerator). Prints the
// first, middle and last element and the sum.
using System;
using System.Collections.Generic;

static class ListSort
{
    static int Main(string[] args)
    {
        int n = args.Length > 0 ? int.Parse(args[0]) : 3000000;
        var list = new List<int>();
        uint seed = 42;
        for (int i = 0; i < n; i++)
        {
            seed = seed * 1664525 + 1013904223;
            list.Add((int)(seed >> 4) % 1000000);
        }
        list.Sort();
        long sum = 0;
        for (int i = 0; i < list.Count; i++)
            sum += list[i];
        long again = 0;
        foreach (int x in list)
            again += x;
        Console.WriteLine(list[0] + " " + list[n / 2] + " " + list[n - 1]);
        Console.WriteLine(sum + " " + (sum == again));
        return 0;
    }
}
