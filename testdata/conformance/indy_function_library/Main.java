import java.util.*;
import java.util.function.*;

// java.util.function basics and their default/static combinators: Function (andThen, compose,
// identity), BiFunction.andThen, Supplier, Consumer.andThen, BiConsumer.andThen, Predicate
// (and, or, negate, not, isEqual), BiPredicate, UnaryOperator.identity, BinaryOperator
// (minBy, maxBy).
public class Main {
    public static void main(String[] args) {
        Function<Integer, Integer> plus2 = x -> x + 2;
        Function<Integer, Integer> times3 = x -> x * 3;
        System.out.println("andThen " + plus2.andThen(times3).apply(4));
        System.out.println("compose " + plus2.compose(times3).apply(4));
        System.out.println("chain " + plus2.andThen(times3).compose(plus2).andThen(plus2).apply(0));
        Function<String, String> id = Function.identity();
        System.out.println("identity " + id.apply("same") + " " + (Function.identity() == Function.identity()));
        Function<String, Integer> len = String::length;
        Function<Integer, String> stars = n -> "*".repeat(n);
        System.out.println("len->stars " + len.andThen(stars).apply("hello"));
        System.out.println("stars->len " + len.compose(stars).apply(7));

        BiFunction<Integer, Integer, Integer> add = (a, b) -> a + b;
        BiFunction<Integer, Integer, String> addStr = add.andThen(r -> "sum=" + r);
        System.out.println(addStr.apply(20, 22));
        BiFunction<String, String, String> concat = String::concat;
        System.out.println(concat.andThen(String::toUpperCase).apply("bi", "function"));

        Supplier<String> sup = () -> "supplied";
        System.out.println(sup.get());
        int[] counter = {0};
        Supplier<Integer> next = () -> ++counter[0];
        System.out.println("next " + next.get() + " " + next.get() + " " + next.get());

        StringBuilder trace = new StringBuilder();
        Consumer<String> c1 = s -> trace.append("c1(").append(s).append(")");
        Consumer<String> c2 = s -> trace.append("c2(").append(s).append(")");
        c1.andThen(c2).andThen(c1).accept("v");
        System.out.println("consumers " + trace);
        try {
            c1.andThen(null);
        } catch (NullPointerException e) {
            System.out.println("andThen(null) -> NPE");
        }
        Map<String, Integer> target = new TreeMap<>();
        BiConsumer<String, Integer> put = target::put;
        BiConsumer<String, Integer> logIt = (k, v) -> System.out.println("bi " + k + "=" + v);
        put.andThen(logIt).accept("one", 1);
        put.andThen(logIt).accept("two", 2);
        System.out.println("target " + target);

        Predicate<Integer> pos = x -> x > 0;
        Predicate<Integer> even = x -> x % 2 == 0;
        Predicate<Integer> big = x -> Math.abs(x) > 100;
        int[] probes = {-200, -3, 0, 4, 7, 150, 201};
        for (int p : probes) {
            System.out.println("pred " + p + ": pos=" + pos.test(p) + " and=" + pos.and(even).test(p)
                    + " or=" + pos.or(big).test(p) + " negate=" + even.negate().test(p)
                    + " not=" + Predicate.not(pos).test(p) + " combo=" + pos.and(even.or(big)).negate().test(p));
        }
        Predicate<String> isHello = Predicate.isEqual("hello");
        Predicate<Object> isNull = Predicate.isEqual(null);
        System.out.println("isEqual " + isHello.test("hello") + " " + isHello.test("HELLO") + " " + isNull.test(null) + " " + isNull.test("x"));
        Predicate<String> blank = String::isBlank;
        long nonBlank = List.of("a", " ", "", "b ").stream().filter(Predicate.not(blank)).count();
        System.out.println("not blank " + nonBlank);
        BiPredicate<String, Integer> longer = (s, n) -> s.length() > n;
        BiPredicate<String, Integer> startsA = (s, n) -> s.startsWith("a");
        System.out.println("bipred " + longer.test("abc", 2) + " " + longer.and(startsA).test("bcd", 2)
                + " " + longer.or(startsA).test("a", 5) + " " + longer.negate().test("abc", 2));

        UnaryOperator<String> twice = s -> s + s;
        UnaryOperator<String> uid = UnaryOperator.identity();
        System.out.println("unary " + twice.apply("ab") + " " + uid.apply("x") + " " + twice.andThen(twice).apply("z"));

        BinaryOperator<Integer> mul = (a, b) -> a * b;
        System.out.println("binary " + mul.apply(6, 7) + " " + mul.andThen(x -> -x).apply(2, 3));
        Comparator<String> byLen = Comparator.comparingInt(String::length);
        BinaryOperator<String> shorter = BinaryOperator.minBy(byLen);
        BinaryOperator<String> longerOp = BinaryOperator.maxBy(byLen);
        System.out.println("minBy " + shorter.apply("kiwi", "fig") + " " + shorter.apply("ab", "cd"));
        System.out.println("maxBy " + longerOp.apply("kiwi", "fig") + " " + longerOp.apply("ab", "cd"));
        String acc = "";
        for (String w : List.of("pear", "banana", "apple", "cherries", "fig")) {
            acc = acc.isEmpty() ? w : longerOp.apply(acc, w);
        }
        System.out.println("longest " + acc);
        BinaryOperator<Integer> natMin = BinaryOperator.minBy(Comparator.naturalOrder());
        BinaryOperator<Integer> revMax = BinaryOperator.maxBy(Comparator.reverseOrder());
        System.out.println("natMin " + natMin.apply(3, -1) + " revMax " + revMax.apply(3, -1));

        List<Function<Double, Double>> pipeline = List.of(x -> x + 1, x -> x * x, Math::sqrt, x -> x / 4);
        Function<Double, Double> all = Function.identity();
        for (Function<Double, Double> f : pipeline) {
            all = all.andThen(f);
        }
        System.out.println("pipeline " + all.apply(3.0) + " " + all.apply(-5.0));
        Function<Object, String> ts = Object::toString;
        Function<String, Object> widen = ts::apply;
        System.out.println("widen " + ts.compose((Integer i) -> i * 2).apply(21) + " " + widen.apply("w"));
    }
}
