// Variance with array type arguments: an array is a reference type, so IEnumerable<int[]>
// is an IEnumerable<object> and IEnumerable<Array>, and a jagged array is an IList<int[]>.
using System; using System.Collections.Generic; using System.Linq;
class P { static void Main() {
  IEnumerable<object> c = new int[][] { new[] { 5 } };
  foreach (var s in c) Console.WriteLine(s.GetType().Name);
  IEnumerable<IEnumerable<int>> x = new[] { new[] { 1, 2 }, new[] { 3 } };
  Console.WriteLine(x.Sum(r => r.Sum()));
  IEnumerable<object> l = new List<int[]> { new[] { 7 } };
  Console.WriteLine(l.Count() + " " + (l.First() is int[]));
  IEnumerable<Array> arrays = new List<string[]> { new[] { "a" } };
  Console.WriteLine(arrays.First().Length);
  object o = new List<int[]>();
  Console.WriteLine((o is IEnumerable<object>) + " " + (o is IEnumerable<Array>) + " " + (o is IEnumerable<string>));
  object jag = new int[][] { new[] { 1 } };
  Console.WriteLine((jag is IList<int[]>) + " " + (jag is IReadOnlyList<Array>) + " " + (jag is ICollection<object>) + " " + (jag is IList<long[]>));
  IList<int[]> asList = (IList<int[]>)jag;
  Console.WriteLine(asList[0][0]);
}}
// expect: Int32[]
// expect: 6
// expect: 1 True
// expect: 1
// expect: True True False
// expect: True True True False
// expect: 1
