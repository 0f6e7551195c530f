import java.util.*;
import java.util.function.*;

// Lambdas in unusual places: static and instance field initializers, static initializers
// (class initialization order), enum constants taking lambdas (strategy pattern), interface
// static fields and default methods, constructors calling this(...) with a lambda argument,
// ternaries and casts choosing the target type, arrays of lambdas, generic classes, local and
// anonymous classes containing lambdas, and lambdas inside lambdas inside switch arms.
public class Main {
    static final List<String> LOG = new ArrayList<>();
    static final Supplier<String> STATIC_FIELD = () -> "static field lambda";
    static final Map<String, BinaryOperator<Integer>> OPS = new TreeMap<>();

    static {
        LOG.add("Main.<clinit> start");
        OPS.put("add", Integer::sum);
        OPS.put("sub", (a, b) -> a - b);
        OPS.put("mul", (a, b) -> a * b);
        OPS.put("max", Math::max);
        LOG.add("Main.<clinit> end");
    }

    final Function<Integer, String> instanceField = x -> "instance field " + x + " of " + id();
    final String id;
    String id() { return id; }

    Main(String id) { this.id = id; }
    Main(Supplier<String> idSource) { this(idSource.get() + "!"); }

    static class Lazy {
        static { LOG.add("Lazy.<clinit>"); }
        static final IntSupplier VALUE = () -> 42;
    }

    enum Op implements IntBinaryOperator {
        PLUS("+", (a, b) -> a + b),
        MINUS("-", (a, b) -> a - b),
        TIMES("*", (a, b) -> a * b),
        POW("^", (a, b) -> { int r = 1; for (int i = 0; i < b; i++) r *= a; return r; });
        final String sym;
        private final IntBinaryOperator impl;
        Op(String sym, IntBinaryOperator impl) { this.sym = sym; this.impl = impl; }
        @Override public int applyAsInt(int a, int b) { return impl.applyAsInt(a, b); }
    }

    interface Defaults {
        Function<String, String> SHOUT = s -> s.toUpperCase() + "!";
        String name();
        default Supplier<String> greeter() { return () -> "hello from " + name(); }
        static Defaults named(String n) { return () -> n; }
    }

    static class Box<T> {
        private final T value;
        Box(T value) { this.value = value; }
        <R> Box<R> map(Function<? super T, ? extends R> f) { return new Box<>(f.apply(value)); }
        Supplier<T> supplier() { return () -> value; }
        @Override public String toString() { return "Box(" + value + ")"; }
    }

    public static void main(String[] args) {
        LOG.add("main start");
        System.out.println(STATIC_FIELD.get());
        for (Map.Entry<String, BinaryOperator<Integer>> e : OPS.entrySet()) {
            System.out.println("op " + e.getKey() + " 7,3 = " + e.getValue().apply(7, 3));
        }
        Main m = new Main("m1");
        System.out.println(m.instanceField.apply(5));
        Main m2 = new Main(() -> "from supplier");
        System.out.println(m2.id + " / " + m2.instanceField.apply(6));
        LOG.add("before Lazy");
        System.out.println("lazy " + Lazy.VALUE.getAsInt());
        System.out.println("log " + LOG);

        for (Op op : Op.values()) {
            System.out.println("enum " + op + " 2" + op.sym + "5 = " + op.applyAsInt(2, 5));
        }
        IntBinaryOperator asOp = Op.POW;
        System.out.println("enum as functional " + asOp.applyAsInt(3, 4));

        Defaults d = Defaults.named("iface");
        System.out.println(d.greeter().get() + " | " + Defaults.SHOUT.apply("quiet"));
        Defaults d2 = () -> "lambda-impl";
        System.out.println(d2.greeter().get());

        boolean flag = args.length == 0;
        Function<String, String> chosen = flag ? s -> "yes:" + s : s -> "no:" + s;
        System.out.println("ternary " + chosen.apply("t"));
        Object cast = (Function<String, Integer>) String::length;
        System.out.println("cast " + ((Function<String, Integer>) cast).apply("cast!"));
        Runnable[] runs = new Runnable[3];
        for (int i = 0; i < runs.length; i++) {
            int k = i;
            runs[i] = () -> System.out.println("array runnable " + k);
        }
        for (Runnable r : runs) r.run();
        IntUnaryOperator[] table = {x -> x + 1, x -> x * x, x -> -x, Math::abs};
        int v = -3;
        for (IntUnaryOperator f : table) v = f.applyAsInt(v);
        System.out.println("table " + v);

        Box<String> b = new Box<>("text");
        System.out.println("generic " + b.map(String::length).map(n -> n * 1.5) + " " + b.supplier().get());

        class Local {
            final int base;
            Local(int base) { this.base = base; }
            IntUnaryOperator adder() { return x -> x + base; }
        }
        System.out.println("local class " + new Local(10).adder().applyAsInt(5));
        Comparator<String> anon = new Comparator<>() {
            final Function<String, Integer> key = s -> s.charAt(s.length() - 1) - 'a';
            @Override public int compare(String a, String b2) { return Integer.compare(key.apply(a), key.apply(b2)); }
        };
        List<String> words = new ArrayList<>(List.of("abc", "xya", "mmb"));
        words.sort(anon);
        System.out.println("anonymous with lambda field " + words);

        for (String kind : List.of("double", "wrap", "none")) {
            Function<Integer, Supplier<String>> f = switch (kind) {
                case "double" -> x -> () -> "doubled " + (x * 2);
                case "wrap" -> x -> () -> "[" + x + "]";
                default -> x -> () -> "none";
            };
            System.out.println("switch arm " + f.apply(21).get());
        }
        Optional<Function<String, String>> maybe = Optional.of(s -> s + s);
        System.out.println("optional of lambda " + maybe.map(fn -> fn.apply("ab")).orElse("?"));
        Thread.UncaughtExceptionHandler h = (t, e) -> { };
        System.out.println("handler is functional " + (h != null));
        Iterable<Integer> it = () -> List.of(3, 2, 1).iterator();
        StringBuilder sb = new StringBuilder();
        for (int x : it) sb.append(x);
        for (int x : it) sb.append(x);
        System.out.println("iterable lambda " + sb);
        AutoCloseable ac = () -> System.out.println("closed via lambda");
        try (AutoCloseable c = ac) {
            System.out.println("in try-with-resources");
        } catch (Exception e) {
            System.out.println("unexpected " + e);
        }
    }
}
