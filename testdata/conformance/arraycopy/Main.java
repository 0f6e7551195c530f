import java.util.Arrays;

public class Main {
    static void tryCopy(String label, Object src, int sp, Object dst, int dp, int len) {
        try {
            System.arraycopy(src, sp, dst, dp, len);
            System.out.println(label + ": ok");
        } catch (RuntimeException e) {
            System.out.println(label + ": " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        int[] a = {1, 2, 3, 4, 5, 6, 7, 8};
        System.arraycopy(a, 0, a, 2, 5);
        System.out.println(Arrays.toString(a));
        int[] b = {1, 2, 3, 4, 5, 6, 7, 8};
        System.arraycopy(b, 3, b, 1, 5);
        System.out.println(Arrays.toString(b));
        String[] s = {"a", "b", "c"};
        Object[] o = new Object[5];
        System.arraycopy(s, 0, o, 1, 3);
        System.out.println(Arrays.toString(o));
        Object[] mixed = {"x", 1, "y"};
        String[] dest = new String[3];
        tryCopy("mixed into String[]", mixed, 0, dest, 0, 3);
        System.out.println(Arrays.toString(dest));
        tryCopy("src index", new int[5], 3, new int[5], 0, 3);
        tryCopy("dst index", new int[5], 0, new int[5], 4, 2);
        tryCopy("negative length", new int[5], 0, new int[5], 0, -1);
        tryCopy("negative src", new int[5], -1, new int[5], 0, 1);
        tryCopy("negative dst", new long[5], 0, new long[5], -2, 1);
        tryCopy("null src", null, 0, new int[1], 0, 1);
        tryCopy("null dst", new int[1], 0, null, 0, 1);
        tryCopy("int to long", new int[1], 0, new long[1], 0, 1);
        tryCopy("int to Object", new int[1], 0, new Object[1], 0, 1);
        tryCopy("not array src", "str", 0, new int[1], 0, 1);
        tryCopy("not array dst", new char[1], 0, "str", 0, 1);
        tryCopy("zero length at end", new int[5], 5, new int[5], 5, 0);
        tryCopy("Integer[] to Number[]", new Integer[] {1}, 0, new Number[1], 0, 1);
        tryCopy("Number[] to Integer[]", new Number[] {1.5}, 0, new Integer[1], 0, 1);
        tryCopy("byte src index", new byte[10], 8, new byte[10], 0, 5);
        tryCopy("double dst", new double[2], 0, new double[1], 0, 2);
        tryCopy("Object[] dst", new String[3], 0, new Object[2], 0, 3);
        char[] cs = "hello world".toCharArray();
        System.arraycopy(cs, 6, cs, 0, 5);
        System.out.println(new String(cs));
        int[] c = Arrays.copyOf(new int[] {1, 2, 3}, 5);
        String[] d = Arrays.copyOfRange(new String[] {"a", "b", "c", "d"}, 1, 6);
        System.out.println(Arrays.toString(c) + " " + Arrays.toString(d));
    }
}
