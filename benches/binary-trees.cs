// The Benchmarks Game binary-trees (sequential version): allocates and checks many short-lived
// perfect binary trees while one long-lived tree stays reachable. Measures allocation speed
// and the garbage collector (throughput, and peak memory compared with Mono's).
// Depth from args[0]: 16 quick, 21 full.
using System;

class TreeNode
{
    readonly TreeNode left, right;

    TreeNode(TreeNode left, TreeNode right)
    {
        this.left = left;
        this.right = right;
    }

    internal static TreeNode Create(int depth)
    {
        return depth == 0
            ? new TreeNode(null, null)
            : new TreeNode(Create(depth - 1), Create(depth - 1));
    }

    internal int Check()
    {
        return left == null ? 1 : 1 + left.Check() + right.Check();
    }
}

static class BinaryTrees
{
    const int MinDepth = 4;

    static void Main(string[] args)
    {
        int n = args.Length > 0 ? int.Parse(args[0]) : 16;
        int maxDepth = Math.Max(MinDepth + 2, n);
        int stretchDepth = maxDepth + 1;
        Console.WriteLine("stretch tree of depth " + stretchDepth + "\t check: " + TreeNode.Create(stretchDepth).Check());

        TreeNode longLived = TreeNode.Create(maxDepth);
        for (int depth = MinDepth; depth <= maxDepth; depth += 2)
        {
            int iterations = 1 << (maxDepth - depth + MinDepth);
            int check = 0;
            for (int i = 0; i < iterations; i++)
                check += TreeNode.Create(depth).Check();
            Console.WriteLine(iterations + "\t trees of depth " + depth + "\t check: " + check);
        }
        Console.WriteLine("long lived tree of depth " + maxDepth + "\t check: " + longLived.Check());
    }
}
