import java.util.*;
import java.util.function.*;
import java.util.stream.*;

// Constructor references (ArrayList::new, StringBuilder::new with arguments, own classes with
// several constructors, generic classes, inner and nested classes) and array constructor
// references (int[]::new, String[]::new, int[][]::new) including negative sizes.
public class Main {
    static int created = 0;

    static class Point {
        final int x, y;
        Point() { this(0, 0); }
        Point(int x) { this(x, x); }
        Point(int x, int y) { this.x = x; this.y = y; created++; }
        Point(String s) { this(Integer.parseInt(s.split(",")[0]), Integer.parseInt(s.split(",")[1])); }
        @Override public String toString() { return "(" + x + "," + y + ")"; }
    }

    static class Pair<A, B> {
        final A a; final B b;
        Pair(A a, B b) { this.a = a; this.b = b; }
        @Override public String toString() { return "<" + a + "|" + b + ">"; }
    }

    class Inner {
        final String v;
        Inner(String v) { this.v = "inner:" + v + ":" + outerName; }
    }

    String outerName = "outer";

    static class Checked {
        Checked(int n) throws Exception {
            if (n < 0) throw new Exception("negative " + n);
        }
    }

    interface ThrowingFactory<T> { T make(int n) throws Exception; }

    interface Maker3 { Point make(int a, int b); }

    public static void main(String[] args) throws Exception {
        Supplier<List<String>> newList = ArrayList::new;
        List<String> l1 = newList.get();
        List<String> l2 = newList.get();
        l1.add("a");
        System.out.println("lists " + l1 + " " + l2 + " distinct=" + (l1 != l2));
        IntFunction<List<Integer>> sized = ArrayList::new;
        List<Integer> l3 = sized.apply(100);
        l3.add(7);
        System.out.println("sized " + l3);
        Function<Collection<Integer>, ArrayList<Integer>> copy = ArrayList::new;
        System.out.println("copy " + copy.apply(List.of(3, 2, 1)));
        Supplier<Map<String, Integer>> tm = TreeMap::new;
        Map<String, Integer> m = tm.get();
        m.put("z", 1);
        m.put("a", 2);
        System.out.println("treemap " + m + " " + m.getClass().getSimpleName());

        Supplier<StringBuilder> sb0 = StringBuilder::new;
        Function<String, StringBuilder> sb1 = StringBuilder::new;
        IntFunction<StringBuilder> sbCap = StringBuilder::new;
        Function<CharSequence, StringBuilder> sbCs = StringBuilder::new;
        System.out.println("sb " + sb0.get().append("empty").toString() + " " + sb1.apply("init").append('!') + " cap="
                + sbCap.apply(64).capacity() + " " + sbCs.apply(new StringBuilder("cs")).reverse());
        Function<char[], String> str = String::new;
        BiFunction<char[], Integer, String> bad = (c, n) -> new String(c, 0, n);
        System.out.println("string " + str.apply(new char[] {'h', 'i'}) + " " + bad.apply(new char[] {'a', 'b', 'c'}, 2));

        Supplier<Point> p0 = Point::new;
        IntFunction<Point> p1 = Point::new;
        BiFunction<Integer, Integer, Point> p2 = Point::new;
        Function<String, Point> ps = Point::new;
        Maker3 m3 = Point::new;
        System.out.println("points " + p0.get() + " " + p1.apply(4) + " " + p2.apply(5, -6) + " " + ps.apply("8,9") + " " + m3.make(1, 2));
        System.out.println("created " + created);
        List<Point> pts = Stream.of("1,1", "2,3", "5,8").map(Point::new).collect(Collectors.toList());
        System.out.println("mapped " + pts);

        BiFunction<String, Integer, Pair<String, Integer>> pair = Pair::new;
        System.out.println("pair " + pair.apply("k", 9));
        BiFunction<Double, List<String>, Pair<Double, List<String>>> pair2 = Pair<Double, List<String>>::new;
        System.out.println("pair2 " + pair2.apply(1.5, List.of("q")));

        Main outer = new Main();
        Function<String, Inner> inner = s -> outer.new Inner(s);
        System.out.println(inner.apply("x").v);

        Function<Integer, Integer> boxer = Integer::new;
        Function<String, Integer> parser = Integer::new;
        System.out.println("Integer::new " + boxer.apply(77) + " " + (parser.apply("78") + 1));

        ThrowingFactory<Checked> cf = Checked::new;
        cf.make(1);
        try {
            cf.make(-3);
        } catch (Exception e) {
            System.out.println("checked ctor threw " + e.getMessage());
        }
        Supplier<RuntimeException> ex = RuntimeException::new;
        Function<String, IllegalStateException> ex2 = IllegalStateException::new;
        System.out.println("exceptions " + ex.get().getMessage() + " " + ex2.apply("bad state").getMessage());

        // Array constructor references.
        IntFunction<int[]> ints = int[]::new;
        int[] ia = ints.apply(5);
        ia[4] = 9;
        System.out.println("int[] " + ia.length + " " + Arrays.toString(ia));
        IntFunction<String[]> strs = String[]::new;
        String[] sa = strs.apply(3);
        System.out.println("String[] " + sa.length + " " + Arrays.toString(sa) + " " + sa.getClass().getSimpleName());
        IntFunction<int[][]> ints2 = int[][]::new;
        int[][] i2 = ints2.apply(2);
        System.out.println("int[][] " + i2.length + " " + i2[0] + " " + i2.getClass().getName());
        Function<Integer, double[]> dbl = double[]::new;
        System.out.println("double[] " + Arrays.toString(dbl.apply(2)));
        IntFunction<List<String>[]> generic = List[]::new;
        System.out.println("List[] " + generic.apply(4).length + " " + generic.apply(0).getClass().getSimpleName());
        String[] fromStream = Stream.of("c", "a", "b").sorted().toArray(String[]::new);
        System.out.println("toArray " + Arrays.toString(fromStream) + " " + fromStream.getClass().getSimpleName());
        Point[] parr = IntStream.range(0, 3).mapToObj(Point::new).toArray(Point[]::new);
        System.out.println("Point[] " + Arrays.toString(parr));
        Integer[] boxed = List.of(3, 4).toArray(Integer[]::new);
        System.out.println("Integer[] " + Arrays.toString(boxed));
        try {
            ints.apply(-1);
        } catch (NegativeArraySizeException e) {
            System.out.println("negative size " + e.getMessage());
        }
        try {
            strs.apply(-7);
        } catch (NegativeArraySizeException e) {
            System.out.println("negative size " + e.getMessage());
        }
    }
}
