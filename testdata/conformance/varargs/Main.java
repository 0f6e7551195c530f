public class Main {
    static int sum(int... xs) {
        int s = 0;
        for (int x : xs) s += x;
        return s;
    }

    static String describe(String label, Object... parts) {
        if (parts == null) return label + ": null array";
        StringBuilder sb = new StringBuilder(label).append('[').append(parts.length).append("]:");
        for (Object p : parts) sb.append(' ').append(p);
        return sb.toString();
    }

    static String which(Object o) { return "Object"; }
    static String which(Object... o) { return "varargs"; }
    static String which(int a, int b) { return "int,int"; }
    static String which(long a, long b) { return "long,long"; }
    static String which(Integer a, Integer b) { return "Integer,Integer"; }

    @SafeVarargs
    static <T> T last(T... xs) { return xs[xs.length - 1]; }

    public static void main(String[] args) {
        System.out.println(sum() + " " + sum(1) + " " + sum(1, 2, 3) + " " + sum(new int[] {4, 5}));
        System.out.println(describe("none"));
        System.out.println(describe("three", 1, "two", 3.0));
        System.out.println(describe("array", (Object[]) new String[] {"a", "b"}));
        System.out.println(describe("nested", (Object) new String[] {"a", "b"}.length));
        System.out.println(describe("nullarr", (Object[]) null));
        System.out.println(describe("nullelem", (Object) null));
        System.out.println(which("x") + " " + which(1, 2) + " " + which(1L, 2) + " " + which(1, 2, 3) + " " + which());
        Integer i1 = 1, i2 = 2;
        System.out.println(which(i1, i2) + " " + which((Object) i1, i2));
        System.out.println(last("a", "b", "c") + " " + last(1, 2) + " " + String.join("-", "x", "y", "z"));
        System.out.println(java.util.Arrays.asList(1, 2, 3) + " " + String.format("%s|%s", "p", "q"));
    }
}
