// A realistic program touching every construct the parser supports.
using System;
using System.Collections.Generic;
using static System.Math;
using IO = System.IO;

[assembly: System.Reflection.AssemblyTitle("demo")]

namespace Demo.App
{
    using System.Runtime.CompilerServices;

    public enum Color : byte { Red, Green = 2, Blue, }

    [Serializable]
    public struct Point
    {
        public readonly int X, Y;
        public Point(int x, int y) { X = x; Y = y; }
        public int LengthSquared => X * X + Y * Y;
        public override string ToString() => "(" + X + ", " + Y + ")";
    }

    public interface IShape
    {
        double Area();
        string Name { get; }
    }

    public abstract class Shape : IShape
    {
        protected static int count;
        public const double Pi = 3.14159;
        public string Name { get; protected set; } = "shape";
        static Shape() { count = 0; }
        protected Shape() : this("anon") { }
        protected Shape(string name) { Name = name; count++; }
        public abstract double Area();
        public virtual int this[int i] { get { return i * 2; } }

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern int NativeCount(string kind, ref int slot, out long total);
    }

    public sealed class Circle : Shape
    {
        private double r;
        public Circle(double radius) : base("circle") { r = radius; }
        public override double Area() { return Pi * r * r; }

        public static T Max<T>(T a, T b) where T : IComparable<T>
        {
            return a.CompareTo(b) > 0 ? a : b;
        }

        class Node<K, V> { public K Key; public V Value; public Node<K, V> Next; }
    }

    static class Program
    {
        static int Main(string[] args)
        {
            int x = 5, y = 0x1F, z = 0b1010_1010;
            long big = 9_000_000_000L;
            uint u = 42u;
            double d = 1.5e3;
            float f = 2.5f;
            decimal m = 10.25m;
            char c = '\n';
            string s = "tab\there \u0041 \"q\"";
            string v = @"C:\path ""quoted""";
            bool flag = true && !false || x >= y;
            int? maybe = null;
            int[] arr = { 1, 2, 3 };
            int[,] grid = new int[3, 4];
            int[][] jag = new int[2][];
            var list = new List<List<int>>();
            var dict = new Dictionary<string, int> { { "a", 1 }, { "b", 2 } };
            var pt = new Point(1, 2) { };
            object o = (object)x;
            int back = (int)o;
            double avg = (double)(x + y) / 2;
            int paren = (x) - y;
            int shifted = x << 2 >> 1;
            x += 3; x -= 1; x *= 2; x /= 2; x %= 7; x &= 0xFF; x |= 1; x ^= 2; x <<= 1; x >>= 1;
            x++; --y;
            maybe ??= 3;
            int w = maybe ?? -1;
            bool isPoint = o is Point;
            Point? pp = o as Point?;
            string name = o is string str ? str : "none";
            Console.WriteLine(typeof(List<int>));
            Console.WriteLine(default(int));
            int checkedSum = checked(x + y);
            int maxv = int.MaxValue;
            string joined = string.Concat("a", "b");
            list.Add(new List<int>(arr));
            list[0][1] = arr[2];
            Circle.Max<int>(x, y);
            bool lt = x < y;
            bool gt = x > y;

            if (x > 3) Console.WriteLine("big");
            else if (x < 0) Console.WriteLine("neg");
            else { Console.WriteLine("small"); }

            while (x > 0) x--;
            do { y++; } while (y < 10);
            for (int i = 0, j = 10; i < j; i++, j--) { if (i == 2) continue; if (i == 5) break; }
            for (;;) { break; }
            foreach (var item in arr) Console.WriteLine(item);

            switch (x)
            {
                case 1:
                case 2:
                    Console.WriteLine("one or two");
                    break;
                case 3:
                    goto case 1;
                default:
                    goto done;
            }
        done:
            try { throw new InvalidOperationException("boom"); }
            catch (InvalidOperationException e) when (e.Message != null) { Console.WriteLine(e.Message); }
            catch (Exception) { throw; }
            catch { }
            finally { Console.WriteLine("finally"); }

            unchecked { x = x * 31; }
            int Square(int n) => n * n;
            static int Twice(int n) { return n * 2; }
            return Square(Twice(x));
        }
    }
}
