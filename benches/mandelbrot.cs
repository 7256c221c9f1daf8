// Benchmarks Game "mandelbrot" (the plain sequential C# algorithm): a
// size x size bitmap of the Mandelbrot set, 50 iterations, one bit per pixel.
// Sharp has no binary stdout Stream yet, so instead of writing the PBM bytes
// every output byte (header included) is folded into a 32-bit FNV-1a hash;
// the program prints the byte count and the hash. Measures double arithmetic,
// compare-and-branch in a hot inner loop and byte stores.
using System;

static class Mandelbrot
{
    static uint hash = 2166136261u;
    static long bytes = 0;

    static void Emit(int b)
    {
        hash = (hash ^ (uint)(b & 0xFF)) * 16777619u;
        bytes++;
    }

    static void EmitString(string s)
    {
        for (int i = 0; i < s.Length; i++) Emit(s[i]);
    }

    static int Main(string[] args)
    {
        int size = args.Length > 0 ? int.Parse(args[0]) : 4000;
        EmitString("P4\n" + size + " " + size + "\n");

        int lineLen = (size + 7) / 8;
        byte[] line = new byte[lineLen];
        double inv = 2.0 / size;
        const int iter = 50;
        const double limit = 4.0;

        for (int y = 0; y < size; y++)
        {
            double ci = y * inv - 1.0;
            int bits = 0;
            int bitNum = 0;
            int pos = 0;
            for (int x = 0; x < size; x++)
            {
                double cr = x * inv - 1.5;
                double zr = 0.0, zi = 0.0, tr = 0.0, ti = 0.0;
                int i = 0;
                while (i < iter && tr + ti <= limit)
                {
                    zi = 2.0 * zr * zi + ci;
                    zr = tr - ti + cr;
                    tr = zr * zr;
                    ti = zi * zi;
                    i++;
                }
                bits = bits << 1;
                if (tr + ti <= limit) bits = bits | 1;
                bitNum++;
                if (bitNum == 8)
                {
                    line[pos] = (byte)bits;
                    pos++;
                    bits = 0;
                    bitNum = 0;
                }
            }
            if (bitNum > 0)
            {
                bits = bits << (8 - bitNum);
                line[pos] = (byte)bits;
                pos++;
            }
            for (int k = 0; k < lineLen; k++) Emit(line[k]);
        }

        Console.WriteLine(bytes);
        Console.WriteLine(hash);
        return 0;
    }
}
