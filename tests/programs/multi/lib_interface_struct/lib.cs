// A library with an interface, a struct implementing it with operators and a conversion, and extension methods.
namespace Geo
{
    public interface IMeasured { int Length(); }

    public struct Vec : IMeasured
    {
        public int X, Y;
        public Vec(int x, int y) { X = x; Y = y; }
        public int Length() { return (X < 0 ? -X : X) + (Y < 0 ? -Y : Y); }
        public void Flip() { X = -X; Y = -Y; }
        public static Vec operator +(Vec a, Vec b) { return new Vec(a.X + b.X, a.Y + b.Y); }
        public static bool operator ==(Vec a, Vec b) { return a.X == b.X && a.Y == b.Y; }
        public static bool operator !=(Vec a, Vec b) { return !(a == b); }
        public override bool Equals(object o) { return o is Vec && this == (Vec)o; }
        public override int GetHashCode() { return X * 397 ^ Y; }
        public static implicit operator Vec(int n) { return new Vec(n, n); }
        public override string ToString() { return "(" + X + "," + Y + ")"; }
    }

    public static class VecExt
    {
        public static Vec Twice(this Vec v) { return v + v; }
    }
}
