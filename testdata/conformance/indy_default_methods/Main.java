import java.util.*;
import java.util.function.*;

// Lambdas implementing custom functional interfaces: default methods called on the lambda
// (including defaults that call the abstract method and other defaults), static interface
// methods, generic functional interfaces, interfaces inheriting their single abstract method,
// Object methods redeclared in the interface (still functional), checked exceptions from
// lambdas, and generic methods taking functional interfaces.
public class Main {
    @FunctionalInterface
    interface Transformer {
        String transform(String s);
        default Transformer then(Transformer next) { return s -> next.transform(transform(s)); }
        default Transformer twice() { return then(this); }
        default String applyAll(String... inputs) {
            StringBuilder sb = new StringBuilder();
            for (String in : inputs) sb.append(transform(in)).append(';');
            return sb.toString();
        }
        static Transformer upper() { return String::toUpperCase; }
        static Transformer wrap(String l, String r) { return s -> l + s + r; }
    }

    @FunctionalInterface
    interface Reducer<T, R> {
        R step(R acc, T item);
        default R fold(R init, Iterable<T> items) {
            R acc = init;
            for (T t : items) acc = step(acc, t);
            return acc;
        }
        default <S> Reducer<T, R> peeking(List<S> log, Function<T, S> f) {
            return (acc, item) -> { log.add(f.apply(item)); return step(acc, item); };
        }
    }

    interface Named { default String name() { return "anonymous"; } }
    interface Greeter extends Named { String greet(String who); default String hello() { return greet(name()); } }
    interface LoudGreeter extends Greeter { default String loud(String who) { return greet(who).toUpperCase() + "!"; } }

    @FunctionalInterface
    interface Equalish<T> {
        boolean same(T a, T b);
        boolean equals(Object o);     // Object methods don't count
        String toString();
        default Equalish<T> negate() { return (a, b) -> !same(a, b); }
    }

    @FunctionalInterface
    interface IOAction<T> { T run() throws java.io.IOException; }

    @FunctionalInterface
    interface TriConsumer<A, B, C> {
        void accept(A a, B b, C c);
        default TriConsumer<A, B, C> andThen(TriConsumer<? super A, ? super B, ? super C> after) {
            return (a, b, c) -> { accept(a, b, c); after.accept(a, b, c); };
        }
    }

    interface IntMath { int op(int a, int b); default IntMath flip() { return (a, b) -> op(b, a); } }

    static <T> T attempt(IOAction<T> action, T fallback) {
        try {
            return action.run();
        } catch (java.io.IOException e) {
            System.out.println("caught IOException: " + e.getMessage());
            return fallback;
        }
    }

    static <A, B, C> Function<A, C> compose(Function<A, B> f, Function<B, C> g) { return a -> g.apply(f.apply(a)); }

    public static void main(String[] args) {
        Transformer trim = String::trim;
        Transformer exclaim = s -> s + "!";
        System.out.println("[" + trim.transform("  hi  ") + "]");
        System.out.println(trim.then(exclaim).then(Transformer.upper()).transform("  hey "));
        System.out.println(exclaim.twice().twice().transform("wow"));
        System.out.println(Transformer.wrap("<", ">").then(Transformer.wrap("(", ")")).applyAll("a", "b", "c"));
        System.out.println(Transformer.upper().applyAll());

        Reducer<Integer, Integer> sum = (acc, x) -> acc + x;
        Reducer<String, StringBuilder> concat = (acc, s) -> acc.append(s.charAt(0));
        System.out.println("fold sum " + sum.fold(0, List.of(1, 2, 3, 4, 5)) + " concat " + concat.fold(new StringBuilder(), List.of("alpha", "beta", "gamma")));
        List<String> log = new ArrayList<>();
        Reducer<Integer, Integer> max = Math::max;
        System.out.println("peeking max " + max.peeking(log, i -> "saw" + i).fold(Integer.MIN_VALUE, List.of(3, 9, -2, 7)) + " log " + log);
        Reducer<String, Map<Integer, Integer>> hist = (m, s) -> { m.merge(s.length(), 1, Integer::sum); return m; };
        System.out.println("hist " + hist.fold(new TreeMap<>(), List.of("a", "bb", "cc", "d", "eee")));

        Greeter g = who -> "Hello, " + who;
        System.out.println(g.greet("World") + " | " + g.hello() + " | " + g.name());
        LoudGreeter lg = who -> "hi " + who;
        System.out.println(lg.loud("bob") + " | " + lg.hello());

        Equalish<String> ci = String::equalsIgnoreCase;
        System.out.println("equalish " + ci.same("ABC", "abc") + " " + ci.negate().same("ABC", "abc") + " " + ci.negate().negate().same("x", "y"));
        System.out.println("lambda equals itself " + ci.equals(ci) + " other " + ci.equals(ci.negate()));

        String content = attempt(() -> "file content", "fallback");
        String failed = attempt(() -> { throw new java.io.IOException("disk on fire"); }, "fallback");
        System.out.println("attempt " + content + " / " + failed);
        Integer parsed = attempt(() -> Integer.parseInt("123"), -1);
        System.out.println("attempt parsed " + parsed);
        try {
            attempt(() -> Integer.parseInt("nope"), -1);
        } catch (NumberFormatException e) {
            System.out.println("unchecked passes through: " + e.getMessage());
        }

        StringBuilder out = new StringBuilder();
        TriConsumer<String, Integer, Character> tc = (s, n, c) -> out.append(s.repeat(n)).append(c);
        tc.andThen((s, n, c) -> out.append('[').append(n).append(']')).andThen(tc).accept("ab", 2, '|');
        System.out.println("triconsumer " + out);

        IntMath minus = (a, b) -> a - b;
        IntMath pow = (a, b) -> (int) Math.pow(a, b);
        System.out.println("intmath " + minus.op(10, 3) + " " + minus.flip().op(10, 3) + " " + pow.op(2, 10) + " " + pow.flip().op(2, 10) + " " + pow.flip().flip().op(2, 3));

        Function<String, Integer> len = String::length;
        Function<Integer, String> bin = Integer::toBinaryString;
        Function<String, String> lenBin = compose(len, bin);
        System.out.println("compose " + lenBin.apply("seventeen chars!!") + " " + compose(lenBin, String::length).apply("abcdefgh"));
        Supplier<Supplier<String>> nested = () -> () -> "nested supplier";
        System.out.println(nested.get().get());
        Runnable r = () -> System.out.println("runnable run");
        r.run();
        Callable c = () -> "callable " + 42;
        try {
            System.out.println(c.call());
        } catch (Exception e) {
            System.out.println("unexpected");
        }
        Comparator<String> cmp = (a, b) -> a.length() - b.length();
        System.out.println("comparator defaults " + cmp.reversed().compare("aa", "b") + " " + cmp.thenComparing(Comparator.naturalOrder()).compare("ab", "aa"));
    }

    interface Callable extends java.util.concurrent.Callable<String> {}
}
