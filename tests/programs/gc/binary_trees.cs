// Binary trees built and dropped, with one long-lived tree kept throughout (GC: tracing
// through fields, freeing whole trees, reusing their cells).
using System;

class TreeNode
{
    public TreeNode Left, Right;
    public int Item;

    public TreeNode(TreeNode left, TreeNode right, int item)
    {
        Left = left;
        Right = right;
        Item = item;
    }

    public static TreeNode Bottom(int item, int depth)
    {
        if (depth == 0)
            return new TreeNode(null, null, item);
        return new TreeNode(Bottom(2 * item - 1, depth - 1), Bottom(2 * item, depth - 1), item);
    }

    public int Check()
    {
        if (Left == null)
            return Item;
        return Item + Left.Check() - Right.Check();
    }

    public int Count()
    {
        return Left == null ? 1 : 1 + Left.Count() + Right.Count();
    }
}

class Program
{
    static void Main()
    {
        TreeNode longLived = TreeNode.Bottom(0, 6);
        long sum = 0;
        int nodes = 0;
        for (int depth = 2; depth <= 6; depth += 2)
        {
            int iterations = 1 << (6 - depth + 2);
            int check = 0;
            for (int i = 1; i <= iterations; i++)
            {
                TreeNode a = TreeNode.Bottom(i, depth);
                TreeNode b = TreeNode.Bottom(-i, depth);
                check += a.Check() + b.Check();
                nodes += a.Count() + b.Count();
            }
            GC.Collect();
            Console.WriteLine(iterations * 2 + " trees of depth " + depth + " check: " + check);
            sum += check;
        }
        GC.Collect();
        Console.WriteLine("long lived tree of depth 6 check: " + longLived.Check() + " count: " + longLived.Count());
        Console.WriteLine(sum + " " + nodes);
    }
}
// expect: 128 trees of depth 2 check: -128
// expect: 32 trees of depth 4 check: -32
// expect: 8 trees of depth 6 check: -8
// expect: long lived tree of depth 6 check: -1 count: 127
// expect: -168 2904
