// Generic sorting algorithms (insertion sort, merge sort, binary search) with where T : IComparable<T>, on several element types.
using System;

struct Person : IComparable<Person>
{
    public string Name;
    public int Age;
    public Person(string n, int a) { Name = n; Age = a; }
    public int CompareTo(Person o) { return Age != o.Age ? Age.CompareTo(o.Age) : string.CompareOrdinal(Name, o.Name); }
    public override string ToString() { return Name + "(" + Age + ")"; }
}

static class Sorter
{
    public static void InsertionSort<T>(T[] a) where T : IComparable<T>
    {
        for (int i = 1; i < a.Length; i++)
        {
            T key = a[i];
            int j = i - 1;
            while (j >= 0 && a[j].CompareTo(key) > 0) { a[j + 1] = a[j]; j--; }
            a[j + 1] = key;
        }
    }

    public static void MergeSort<T>(T[] a) where T : IComparable<T>
    {
        if (a.Length < 2) return;
        T[] tmp = new T[a.Length];
        Merge(a, tmp, 0, a.Length);
    }

    static void Merge<T>(T[] a, T[] tmp, int lo, int hi) where T : IComparable<T>
    {
        if (hi - lo < 2) return;
        int mid = (lo + hi) / 2;
        Merge(a, tmp, lo, mid);
        Merge(a, tmp, mid, hi);
        int i = lo, j = mid, k = lo;
        while (i < mid && j < hi) tmp[k++] = a[i].CompareTo(a[j]) <= 0 ? a[i++] : a[j++];
        while (i < mid) tmp[k++] = a[i++];
        while (j < hi) tmp[k++] = a[j++];
        for (k = lo; k < hi; k++) a[k] = tmp[k];
    }

    public static int BinarySearch<T>(T[] a, T x) where T : IComparable<T>
    {
        int lo = 0, hi = a.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) / 2;
            int c = a[mid].CompareTo(x);
            if (c == 0) return mid;
            if (c < 0) lo = mid + 1; else hi = mid - 1;
        }
        return -1;
    }

    public static string Show<T>(T[] a)
    {
        string s = "";
        for (int i = 0; i < a.Length; i++) s += (i == 0 ? "" : " ") + a[i];
        return s;
    }
}

class Program
{
    static void Main()
    {
        int[] nums = { 5, 3, 9, 1, 7, 3, 0 };
        Sorter.InsertionSort(nums);
        Console.WriteLine(Sorter.Show(nums)); // expect: 0 1 3 3 5 7 9
        Console.WriteLine(Sorter.BinarySearch(nums, 7)); // expect: 5
        Console.WriteLine(Sorter.BinarySearch(nums, 4)); // expect: -1
        string[] words = { "delta", "alpha", "charlie", "bravo" };
        Sorter.MergeSort(words);
        Console.WriteLine(Sorter.Show(words)); // expect: alpha bravo charlie delta
        Console.WriteLine(Sorter.BinarySearch(words, "charlie")); // expect: 2
        double[] ds = { 2.5, -1, 0.125, 10 };
        Sorter.MergeSort(ds);
        Console.WriteLine(Sorter.Show(ds)); // expect: -1 0.125 2.5 10
        Person[] people = { new Person("Zed", 30), new Person("Amy", 25), new Person("Bob", 30), new Person("Cal", 20) };
        Sorter.InsertionSort(people);
        Console.WriteLine(Sorter.Show(people)); // expect: Cal(20) Amy(25) Bob(30) Zed(30)
        Person[] p2 = { new Person("Q", 3), new Person("P", 3), new Person("R", 1) };
        Sorter.MergeSort(p2);
        Console.WriteLine(Sorter.Show(p2)); // expect: R(1) P(3) Q(3)
        Console.WriteLine(Sorter.BinarySearch(people, new Person("Bob", 30))); // expect: 2
        char[] cs = "generics".ToCharArray();
        Sorter.MergeSort(cs);
        Console.WriteLine(new string(cs)); // expect: ceeginrs
    }
}
