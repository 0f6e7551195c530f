// Allocation and garbage-collection benchmark: binary-trees (the Computer Language Benchmarks Game
// shape, single-threaded). One long-lived tree stays alive for the whole run while many short-lived
// trees of increasing depth are built, walked and dropped. Both VMs run it in a 64 MB heap, HotSpot
// with its Serial collector (the design rjava's collector follows); the conformance test
// gc_binary_trees is the same program at a smaller depth.
// bench-flags: -Xmx64m
// bench-java-flags: -XX:+UseSerialGC
public class BinaryTrees {
    static final class TreeNode {
        final TreeNode left, right;

        TreeNode(TreeNode left, TreeNode right) {
            this.left = left;
            this.right = right;
        }

        int itemCheck() {
            return left == null ? 1 : 1 + left.itemCheck() + right.itemCheck();
        }
    }

    static TreeNode bottomUpTree(int depth) {
        return depth > 0 ? new TreeNode(bottomUpTree(depth - 1), bottomUpTree(depth - 1)) : new TreeNode(null, null);
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 18;
        int minDepth = 4;
        int maxDepth = Math.max(minDepth + 2, n);
        int stretchDepth = maxDepth + 1;

        System.out.println("stretch tree of depth " + stretchDepth + "\t check: "
                + bottomUpTree(stretchDepth).itemCheck());

        TreeNode longLivedTree = bottomUpTree(maxDepth);

        for (int depth = minDepth; depth <= maxDepth; depth += 2) {
            int iterations = 1 << (maxDepth - depth + minDepth);
            int check = 0;
            for (int i = 1; i <= iterations; i++) {
                check += bottomUpTree(depth).itemCheck();
            }
            System.out.println(iterations + "\t trees of depth " + depth + "\t check: " + check);
        }
        System.out.println("long lived tree of depth " + maxDepth + "\t check: " + longLivedTree.itemCheck());
    }
}
