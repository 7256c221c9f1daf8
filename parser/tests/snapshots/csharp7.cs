// C# 6-9 constructs: implicitly typed arrays, out variables, `?:` versus
// nullable types, generic `<` versus less-than, interpolated strings,
// user-defined operators, null-conditional access, using/lock, throw
// expressions.
class C {
  void M() {
    var d = new[] { 11, 12 };
    var m = new[,] { {1,2},{3,4} };
    int[][] jag = { new[] { 1, 2 }, new[] { 3 } };
    F(out var q);
    F(out int r, ref y, out z, out _);
    long.TryParse(s, out long l);
    F(x: out var y2, out List<int> li);
    Console.WriteLine(c ? Loud(1) : Loud(2));
    return a[mid] < x ? Find(a) : Find(b);
    y = c ? x = 1 : 2;
    y = flag ? a : b;
    int? x = null;
    T? t;
    y = x is int ? a : b;
    y = x as int? ?? 0;
    F(a < b, c > d);
    List<int> li2 = new List<int>();
    foreach (KeyValuePair<string, int> kv in dict) { }
    s = $"text {expr} more {expr,5} {expr:F2} {expr,-5:X4} {{literal braces}}";
    s = $@"a\b {x} ""q""";
    s = @$"{(a ? "x" : "y")} {$"in{1}"}";
    s = $"{d:HH:mm}";
  }
  int? Find(int? a, List<int?> b) => null;
  int? P { get; }
  void N(List<int> x, Dictionary<int, string> y) { }
  public static T operator +(T a, T b) => a;
  public static T operator -(T a) { return a; }
  public static bool operator ==(T a, T b) => true;
  public static bool operator <=(T a, T b) => true;
  public static bool operator true(T a) => true;
  public static T operator ++(T a) => a;
  public static T operator >>(T a, int b) => a;
  public static implicit operator double(T t) => 1.0;
  public static explicit operator int(T t) { return 1; }
}
class D {
  int P => x ?? throw new E();
  void M() {
    var len = s?.Length ?? 0;
    a?.b.c(x);
    var q = a?.b?.c;
    var e = arr?[0];
    int?[] na = null;
    using (var r = new R()) F();
    lock (o) { }
    if (int.TryParse("12", out int p2) && p2 > 3) { }
    Console.WriteLine($"{total,5:D3}|{(b ? "yes" : "no")}|{list[0]}|{arr.Length}");
  }
}
