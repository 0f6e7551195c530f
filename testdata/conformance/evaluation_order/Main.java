public class Main {
    static StringBuilder trace = new StringBuilder();

    static int v(String label, int value) {
        trace.append(label).append(' ');
        return value;
    }

    static int[] arr(String label, int[] a) {
        trace.append(label).append(' ');
        return a;
    }

    static void flush(String what) {
        System.out.println(what + ": " + trace.toString().trim());
        trace.setLength(0);
    }

    static int f(int a, int b, int c) { return a * 100 + b * 10 + c; }

    public static void main(String[] args) {
        int r = v("a", 1) + v("b", 2) * v("c", 3);
        flush("a+b*c = " + r);
        r = f(v("x", 1), v("y", 2), v("z", 3));
        flush("args = " + r);
        int[] data = {0, 0, 0};
        arr("array", data)[v("index", 1)] = v("value", 7);
        flush("array store " + java.util.Arrays.toString(data));
        int i = 0;
        int[] b = {10, 20, 30};
        b[i] = i = 2;
        System.out.println("b[i] = i = 2 -> " + java.util.Arrays.toString(b) + " i=" + i);
        int x = 1;
        x += x++ + ++x;
        System.out.println("x += x++ + ++x -> " + x);
        int y = 5;
        y = y++ * 2 + y;
        System.out.println("y = y++ * 2 + y -> " + y);
        try {
            int[] none = null;
            none[v("idx", 0)] = v("val", 1);
        } catch (NullPointerException e) {
            flush("null array: index and value evaluated first");
        }
        try {
            int q = v("left", 1) / v("right", 0) + v("never", 1);
        } catch (ArithmeticException e) {
            flush("division");
        }
        boolean sc = v("p", 0) == 1 && v("q", 1) == 1 || v("r", 1) == 1;
        flush("short-circuit " + sc);
        int t = v("cond", 1) > 0 ? v("then", 1) : v("else", 2);
        flush("ternary " + t);
        String s = "" + v("s1", 1) + v("s2", 2) + (v("s3", 3) + v("s4", 4));
        flush("concat " + s);
        int[][] grid = new int[v("rows", 2)][v("cols", 3)];
        flush("dims " + grid.length + "x" + grid[0].length);
        long acc = 0;
        for (int k = v("init", 0); k < v("cond", 2); k += v("step", 1)) acc += k;
        flush("for loop acc=" + acc);
        data[v("i1", 0)] += v("inc", 5);
        flush("compound array " + data[0]);
    }
}
