import java.io.PrintStream;
import java.util.*;
import java.util.function.*;

// Bound instance method references: receiver evaluated once when the reference is created
// (str::length, System.out::println, list::add, sb::append, this::method), including a null
// receiver (NullPointerException at creation time) and receiver side effects.
public class Main {
    private final String prefix;
    private int calls;

    Main(String prefix) { this.prefix = prefix; }

    String tag(String s) { calls++; return prefix + s; }

    Function<String, String> tagger() { return this::tag; }

    static int receiverEvaluations = 0;

    static String makeReceiver(String s) {
        receiverEvaluations++;
        return s;
    }

    public static void main(String[] args) {
        String str = "method-reference";
        IntSupplier len = str::length;
        System.out.println("length " + len.getAsInt());
        Supplier<String> up = str::toUpperCase;
        System.out.println("upper " + up.get());
        Function<Integer, Character> at = str::charAt;
        System.out.println("charAt " + at.apply(0) + at.apply(7));
        Predicate<String> starts = str::startsWith;
        System.out.println("startsWith " + starts.test("method") + " " + starts.test("ref"));
        BiFunction<Integer, Integer, String> sub = str::substring;
        System.out.println("substring " + sub.apply(7, 16));
        ToIntFunction<String> idx = str::indexOf;
        System.out.println("indexOf " + idx.applyAsInt("-") + " " + idx.applyAsInt("zzz"));

        Consumer<Object> pr = System.out::println;
        pr.accept("println via ref");
        pr.accept(42);
        pr.accept(List.of("a", "b"));
        Consumer<String> prs = System.out::println;
        List.of("one", "two", "three").forEach(prs);
        IntConsumer pri = System.out::println;
        pri.accept(-5);
        DoubleConsumer prd = System.out::println;
        prd.accept(0.1 + 0.2);
        Consumer<char[]> prc = System.out::println;
        prc.accept(new char[] {'c', 'h', 'a', 'r', 's'});
        PrintStream out = System.out;
        BiFunction<String, Object[], PrintStream> pf = out::printf;
        pf.apply("printf %d %s%n", new Object[] {7, "args"});

        List<String> list = new ArrayList<>();
        Predicate<String> adder = list::add;
        Consumer<String> adder2 = list::add;
        adder.test("x");
        adder2.accept("y");
        Arrays.asList("p", "q").forEach(list::add);
        System.out.println("list " + list);
        IntFunction<String> get = list::get;
        System.out.println("get " + get.apply(2));
        Supplier<Integer> size = list::size;
        list.add("z");
        System.out.println("size " + size.get());

        StringBuilder sb = new StringBuilder();
        Function<String, StringBuilder> app = sb::append;
        IntFunction<StringBuilder> appInt = sb::append;
        app.apply("abc").append('|');
        appInt.apply(123);
        app.andThen(StringBuilder::length).apply("!");
        System.out.println("sb " + sb + " len " + sb.length());

        Main m = new Main("pre-");
        Function<String, String> t = m.tagger();
        Function<String, String> t2 = m::tag;
        System.out.println(t.apply("a") + " " + t2.apply("b") + " calls=" + m.calls);

        Map<String, Integer> map = new TreeMap<>(Map.of("k1", 1, "k2", 2));
        Function<String, Integer> lookup = map::get;
        BiFunction<String, Integer, Integer> putter = map::put;
        System.out.println("lookup " + lookup.apply("k1") + " " + lookup.apply("nope"));
        System.out.println("put old " + putter.apply("k1", 10) + " " + putter.apply("k3", 3));
        System.out.println("map " + map);

        // The receiver expression is evaluated once, when the reference is created.
        Supplier<String> rs = makeReceiver("evaluated")::trim;
        System.out.println("receiver evals before " + receiverEvaluations);
        rs.get();
        rs.get();
        rs.get();
        System.out.println("receiver evals after " + receiverEvaluations + " value " + rs.get());

        // Rebinding the variable afterwards does not change the bound receiver.
        String s2 = "first";
        Supplier<String> bound = s2::toUpperCase;
        s2 = "second";
        System.out.println("bound " + bound.get() + " now " + s2);

        // Null receiver: NPE when the reference expression is evaluated.
        String nothing = args.length > 100 ? "never" : null;
        try {
            Supplier<Integer> bad = nothing::length;
            System.out.println("not reached " + bad);
        } catch (NullPointerException e) {
            System.out.println("NPE at creation: " + e.getClass().getName());
        }

        Integer boxed = 1000;
        Supplier<String> bs = boxed::toString;
        IntSupplier bh = boxed::hashCode;
        Predicate<Object> eq = boxed::equals;
        System.out.println("boxed " + bs.get() + " " + bh.getAsInt() + " " + eq.test(1000) + " " + eq.test(1000L));
        Comparator<String> byLenThenNat = Comparator.comparingInt(String::length);
        BiFunction<String, String, Integer> cmp = byLenThenNat::compare;
        System.out.println("compare " + cmp.apply("aa", "b") + " " + cmp.apply("a", "bb"));
        Object[] arr = {"cloned", 1};
        Supplier<Object> cl = arr::clone;
        Object[] copy = (Object[]) cl.get();
        System.out.println("clone " + Arrays.toString(copy) + " same=" + (copy == arr));
    }
}
