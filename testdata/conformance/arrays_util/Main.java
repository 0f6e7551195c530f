import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

public class Main {
    public static void main(String[] args) {
        int[] a = {5, 3, 9, -1, 0, 3, 12, -7};
        Arrays.sort(a);
        System.out.println(Arrays.toString(a));
        System.out.println(Arrays.binarySearch(a, 9) + " " + Arrays.binarySearch(a, 4) + " " + Arrays.binarySearch(a, -100) + " " + Arrays.binarySearch(a, 100));
        double[] d = {3.5, -0.0, 0.0, Double.NaN, -1e9, 2.0};
        Arrays.sort(d);
        System.out.println(Arrays.toString(d));
        String[] s = {"pear", "Apple", "banana", "apple", "Cherry"};
        Arrays.sort(s);
        System.out.println(Arrays.toString(s));
        Arrays.sort(s, String.CASE_INSENSITIVE_ORDER);
        System.out.println(Arrays.toString(s));
        Arrays.sort(s, new Comparator<String>() {
            public int compare(String x, String y) { return x.length() != y.length() ? x.length() - y.length() : x.compareTo(y); }
        });
        System.out.println(Arrays.toString(s));
        Integer[] boxed = {3, 1, 2};
        Arrays.sort(boxed, java.util.Collections.reverseOrder());
        System.out.println(Arrays.toString(boxed));
        int[] part = {9, 8, 7, 6, 5, 4, 3};
        Arrays.sort(part, 2, 5);
        System.out.println(Arrays.toString(part));
        long[] big = new long[2000];
        long seed = 12345;
        for (int i = 0; i < big.length; i++) {
            seed = seed * 6364136223846793005L + 1442695040888963407L;
            big[i] = seed >> 20;
        }
        Arrays.sort(big);
        boolean sorted = true;
        for (int i = 1; i < big.length; i++) if (big[i - 1] > big[i]) sorted = false;
        System.out.println("sorted " + sorted + " " + big[0] + " " + big[1999]);
        char[] cs = new char[5];
        Arrays.fill(cs, 'x');
        Arrays.fill(cs, 1, 3, 'y');
        System.out.println(new String(cs));
        Object[] objs = new Object[3];
        Arrays.fill(objs, "o");
        System.out.println(Arrays.toString(objs) + " " + Arrays.toString((Object[]) null) + " " + Arrays.toString(new boolean[] {true}));
        List<String> list = Arrays.asList("x", "y", "z");
        System.out.println(list + " " + list.size() + " " + list.indexOf("z") + " " + list.contains("q"));
        list.set(0, "X");
        System.out.println(list);
        try {
            list.add("w");
        } catch (UnsupportedOperationException e) {
            System.out.println("asList add: UnsupportedOperationException " + e.getMessage());
        }
        System.out.println(Arrays.equals(new int[] {1, 2}, new int[] {1, 2}) + " " + Arrays.equals(new int[] {1}, new int[] {2})
                + " " + Arrays.equals(new double[] {Double.NaN}, new double[] {Double.NaN}) + " " + Arrays.equals((int[]) null, null));
        System.out.println(Arrays.hashCode(new int[] {1, 2, 3}) + " " + Arrays.hashCode(new long[] {1L << 40}) + " "
                + Arrays.hashCode(new double[] {1.5}) + " " + Arrays.hashCode(new String[] {"a", "b"}) + " "
                + Arrays.deepHashCode(new Object[] {new int[] {1}, "x"}) + " " + Arrays.hashCode(new boolean[] {true, false}));
        System.out.println(Arrays.deepToString(new Object[] {1, new String[] {"a", null}, new int[][] {{2}}}));
        System.out.println(Arrays.compare(new int[] {1, 2}, new int[] {1, 3}) + " " + Arrays.mismatch(new char[] {'a', 'b'}, new char[] {'a', 'c'}));
        Integer[] stable = {21, 11, 32, 12, 31, 22};
        Arrays.sort(stable, new Comparator<Integer>() {
            public int compare(Integer x, Integer y) { return x % 10 - y % 10; }
        });
        System.out.println(Arrays.toString(stable));
    }
}
