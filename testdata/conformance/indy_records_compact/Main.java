import java.util.*;
import java.util.function.*;

// Records with compact constructors (validation throwing IllegalArgumentException, normalising
// parameters, defensive copies), canonical and extra constructors, static factories and static
// fields, nested and generic records, records implementing interfaces (Comparable, custom),
// local records, and records used as lambda targets / in streams.
public class Main {
    record Range(int lo, int hi) {
        Range {
            if (lo > hi) {
                throw new IllegalArgumentException("lo " + lo + " > hi " + hi);
            }
        }
        Range(int single) { this(single, single); }
        static Range of(int a, int b) { return new Range(Math.min(a, b), Math.max(a, b)); }
        int length() { return hi - lo; }
        boolean contains(int v) { return v >= lo && v <= hi; }
    }

    record Name(String first, String last) {
        Name {
            Objects.requireNonNull(first, "first");
            first = first.strip();
            last = last == null ? "" : last.strip().toUpperCase();
        }
        String full() { return first + " " + last; }
    }

    record Bag(List<String> items) {
        Bag { items = List.copyOf(items); }
    }

    record Fraction(int num, int den) implements Comparable<Fraction> {
        static int created = 0;
        Fraction {
            if (den == 0) throw new ArithmeticException("zero denominator");
            if (den < 0) { num = -num; den = -den; }
            int g = gcd(Math.abs(num), den);
            num /= g;
            den /= g;
            created++;
        }
        private static int gcd(int a, int b) { return b == 0 ? Math.max(a, 1) : gcd(b, a % b); }
        Fraction plus(Fraction o) { return new Fraction(num * o.den + o.num * den, den * o.den); }
        Fraction times(Fraction o) { return new Fraction(num * o.num, den * o.den); }
        public int compareTo(Fraction o) { return Long.compare((long) num * o.den, (long) o.num * den); }
        static final Fraction ONE = new Fraction(1, 1);
    }

    interface Shape { double area(); default String describe() { return getClass().getSimpleName() + " area " + area(); } }
    record Circle(double r) implements Shape { public double area() { return Math.round(Math.PI * r * r * 100) / 100.0; } }
    record Rect(double w, double h) implements Shape { public double area() { return w * h; } }

    record Pair<A, B>(A first, B second) {
        <C> Pair<A, C> withSecond(C c) { return new Pair<>(first, c); }
        Pair<B, A> swap() { return new Pair<>(second, first); }
        static <T> Pair<T, T> twin(T t) { return new Pair<>(t, t); }
    }

    record Tree(int value, Tree left, Tree right) {
        int sum() { return value + (left == null ? 0 : left.sum()) + (right == null ? 0 : right.sum()); }
        int depth() { return 1 + Math.max(left == null ? 0 : left.depth(), right == null ? 0 : right.depth()); }
    }

    record Outer(String id, Inner inner) {
        record Inner(int n, Deep deep) {
            record Deep(char c) {}
        }
    }

    static void tryRange(int lo, int hi) {
        try {
            Range r = new Range(lo, hi);
            System.out.println("range ok " + r + " length " + r.length());
        } catch (IllegalArgumentException e) {
            System.out.println("range rejected: " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        tryRange(1, 5);
        tryRange(5, 1);
        tryRange(-3, -3);
        tryRange(Integer.MIN_VALUE, Integer.MAX_VALUE);
        System.out.println("single " + new Range(7) + " factory " + Range.of(9, 2) + " contains " + Range.of(9, 2).contains(5) + " " + Range.of(9, 2).contains(10));

        Name n = new Name("  ada ", " lovelace ");
        System.out.println("name " + n + " full '" + n.full() + "' eq " + n.equals(new Name("ada", "LOVELACE")));
        System.out.println("name null last " + new Name("x", null));
        try {
            new Name(null, "y");
        } catch (NullPointerException e) {
            System.out.println("name null first -> NPE " + e.getMessage());
        }

        List<String> src = new ArrayList<>(List.of("a", "b"));
        Bag bag = new Bag(src);
        src.add("c");
        System.out.println("bag " + bag + " src " + src);
        try {
            bag.items().add("d");
        } catch (UnsupportedOperationException e) {
            System.out.println("bag items immutable");
        }

        Fraction half = new Fraction(2, 4);
        Fraction third = new Fraction(-1, -3);
        Fraction neg = new Fraction(3, -9);
        System.out.println("fractions " + half + " " + third + " " + neg + " created " + Fraction.created);
        System.out.println("plus " + half.plus(third) + " times " + half.times(neg) + " hash " + half.hashCode() + " " + new Fraction(1, 2).hashCode());
        System.out.println("equals normalised " + half.equals(new Fraction(50, 100)) + " ONE " + Fraction.ONE);
        List<Fraction> fs = new ArrayList<>(List.of(new Fraction(3, 4), new Fraction(-1, 2), new Fraction(2, 3), new Fraction(5, 8), Fraction.ONE));
        Collections.sort(fs);
        System.out.println("sorted " + fs);
        try {
            new Fraction(1, 0);
        } catch (ArithmeticException e) {
            System.out.println("fraction rejected: " + e.getMessage());
        }

        List<Shape> shapes = List.of(new Circle(1), new Rect(2, 3.5), new Circle(0.5));
        for (Shape s : shapes) {
            System.out.println(s.describe() + " | " + s);
        }
        double total = shapes.stream().mapToDouble(Shape::area).sum();
        System.out.println("total area " + total);

        Pair<String, Integer> p = new Pair<>("k", 1);
        System.out.println("pair " + p + " " + p.withSecond(2.5) + " " + p.swap() + " " + Pair.twin("t") + " hash " + p.hashCode());
        Pair<Pair<String, Integer>, List<Integer>> nested = new Pair<>(p, List.of(1, 2));
        System.out.println("nested generic " + nested + " " + nested.first().second());

        Tree t = new Tree(1, new Tree(2, new Tree(4, null, null), null), new Tree(3, null, new Tree(5, null, new Tree(6, null, null))));
        System.out.println("tree sum " + t.sum() + " depth " + t.depth() + " hash " + t.hashCode());
        System.out.println("tree " + t.left());

        Outer o = new Outer("o1", new Outer.Inner(5, new Outer.Inner.Deep('q')));
        System.out.println("deep " + o + " " + o.inner().deep().c() + " hash " + o.hashCode());

        record Local(String k, int v) {}
        List<Local> locals = new ArrayList<>();
        for (String s : List.of("x", "yy", "zzz")) locals.add(new Local(s, s.length() * 10));
        System.out.println("local records " + locals + " " + locals.get(1).equals(new Local("yy", 20)));

        BiFunction<Integer, Integer, Range> mk = Range::new;
        Function<Integer, Range> mk1 = Range::new;
        BinaryOperator<Fraction> add = Fraction::plus;
        System.out.println("ctor refs " + mk.apply(1, 2) + " " + mk1.apply(3) + " reduce " + fs.stream().reduce(new Fraction(0, 1), add));
        Function<Range, Integer> lenRef = Range::length;
        System.out.println("accessor refs " + lenRef.apply(new Range(2, 10)) + " " + List.of(new Range(1, 1), new Range(0, 4)).stream().map(Range::hi).toList());
    }
}
