public class Main {
    static int idx(int i) { return i; }

    public static void main(String[] args) {
        int[] a = new int[3];
        try {
            a[idx(5)] = 1;
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("store: " + e.getMessage());
        }
        try {
            System.out.println(a[idx(-1)]);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("load: " + e.getMessage());
        }
        long[] la = new long[0];
        try {
            la[idx(0)]++;
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("long: " + e.getMessage());
        }
        String[] sa = new String[2];
        try {
            sa[idx(2)] = "x";
        } catch (IndexOutOfBoundsException e) {
            System.out.println("as IOOBE: " + e.getClass().getName() + ": " + e.getMessage());
        }
        try {
            int[] neg = new int[idx(-1)];
        } catch (NegativeArraySizeException e) {
            System.out.println("negative: " + e.getMessage() + " | " + e);
        }
        try {
            Object[] neg = new String[idx(-5)];
        } catch (NegativeArraySizeException e) {
            System.out.println("negative objects: " + e.getMessage());
        }
        try {
            int[][] neg = new int[idx(2)][idx(-2)];
        } catch (NegativeArraySizeException e) {
            System.out.println("negative multi: " + e.getMessage());
        }
        try {
            Object[] objs = new String[1];
            objs[0] = Integer.valueOf(1);
        } catch (ArrayStoreException e) {
            System.out.println("store Integer: " + e.getMessage());
        }
        try {
            Object[] objs = new Integer[1][];
            objs[0] = new int[0];
        } catch (ArrayStoreException e) {
            System.out.println("store int[]: " + e.getMessage());
        }
        try {
            Object[] objs = new Runnable[1];
            objs[0] = "s";
        } catch (ArrayStoreException e) {
            System.out.println("store into Runnable[]: " + e.getMessage());
        }
        try {
            Object[] objs = new String[1][];
            objs[0] = new Object[0];
        } catch (ArrayStoreException e) {
            System.out.println("store Object[]: " + e.getMessage());
        }
        Object[] ok = new Number[2];
        ok[0] = 1;
        ok[1] = 2.0;
        ok[0] = null;
        System.out.println("covariant store ok " + ok[1]);
        char[] cs = new char[4];
        try {
            cs[idx(Integer.MIN_VALUE)] = 'x';
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("min index: " + e.getMessage());
        }
        try {
            "abc".charAt(idx(10));
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println("charAt: " + e.getMessage());
        }
        try {
            "abc".substring(idx(2), idx(1));
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println("substring: " + e.getMessage());
        }
        try {
            new java.util.ArrayList<String>().get(idx(0));
        } catch (IndexOutOfBoundsException e) {
            System.out.println("list: " + e.getMessage());
        }
        try {
            int[] big = new int[Integer.MAX_VALUE];
            System.out.println(big.length);
        } catch (OutOfMemoryError e) {
            System.out.println("OOM: " + e.getMessage());
        }
    }
}
