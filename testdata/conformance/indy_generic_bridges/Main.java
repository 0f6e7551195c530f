import java.util.*;
import java.util.function.*;

// Lambdas whose functional interface needs bridge methods (altMetafactory with FLAG_BRIDGES):
// a generic interface re-declared with concrete types, covariant return overrides, diamond-like
// inheritance of the same abstract method, calls through raw and supertype references, and the
// ClassCastException a bridge raises for a wrongly typed argument.
public class Main {
    interface Handler<T> { String handle(T t); }
    interface StringHandler extends Handler<String> { @Override String handle(String s); }

    interface Producer<T> { T produce(); }
    interface NumberProducer extends Producer<Number> { @Override Integer produce(); }  // covariant return

    interface Left<T> { int size(T t); }
    interface Right { int size(String s); }
    interface Both extends Left<String>, Right { @Override int size(String s); }

    interface Mapper<A, B> { B map(A a); }
    interface IntMapper extends Mapper<Integer, Integer> { Integer map(Integer a); default Mapper<Integer, Integer> asMapper() { return this; } }

    interface Visitor<R> { R visitNum(int n); R visitText(String s); }
    interface Shape<R> { R accept(Visitor<R> v); }

    interface Cmp<T extends Comparable<T>> { int cmp(T a, T b); }
    interface StrCmp extends Cmp<String> { int cmp(String a, String b); }

    abstract static class Base<T> { abstract T get(); }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public static void main(String[] args) {
        StringHandler sh = s -> "handled " + s.toUpperCase();
        Handler<String> asGeneric = sh;
        Handler raw = sh;
        System.out.println(sh.handle("direct"));
        System.out.println(asGeneric.handle("via generic"));
        System.out.println(raw.handle("via raw"));
        try {
            raw.handle(42);
            System.out.println("no exception");
        } catch (ClassCastException e) {
            System.out.println("raw call with Integer -> ClassCastException");
        }
        StringHandler shRef = String::trim;
        System.out.println("[" + ((Handler<String>) shRef).handle("  trimmed  ") + "]");

        NumberProducer np = () -> 7;
        Producer<Number> pn = np;
        Integer i = np.produce();
        Number n = pn.produce();
        System.out.println("covariant " + i + " " + n + " " + n.getClass().getSimpleName());
        Producer rawP = np;
        System.out.println("raw producer " + rawP.produce());

        Both both = s -> s.length() * 2;
        Left<String> l = both;
        Right r = both;
        System.out.println("both " + both.size("abc") + " left " + l.size("abcd") + " right " + r.size("ab"));
        Left rawL = both;
        try {
            rawL.size(new Object());
        } catch (ClassCastException e) {
            System.out.println("raw left with Object -> ClassCastException");
        }

        IntMapper sq = x -> x * x;
        Mapper<Integer, Integer> m = sq.asMapper();
        System.out.println("mapper " + sq.map(9) + " " + m.map(-4));
        Mapper rawM = sq;
        try {
            rawM.map("nine");
        } catch (ClassCastException e) {
            System.out.println("raw mapper with String -> ClassCastException");
        }

        StrCmp byLen = (a, b) -> a.length() - b.length();
        Cmp<String> gen = byLen;
        System.out.println("cmp " + byLen.cmp("aaa", "b") + " " + gen.cmp("a", "bbb"));

        Shape<String> num = v -> v.visitNum(5);
        Shape<String> txt = v -> v.visitText("hi");
        Visitor<String> show = new Visitor<>() {
            public String visitNum(int x) { return "num:" + x; }
            public String visitText(String s) { return "text:" + s; }
        };
        Visitor<Integer> weight = new Visitor<>() {
            public Integer visitNum(int x) { return x; }
            public Integer visitText(String s) { return s.length(); }
        };
        Shape<Integer> numW = v -> v.visitNum(5);
        Shape<Integer> txtW = v -> v.visitText("hello");
        System.out.println("visitor " + num.accept(show) + " " + txt.accept(show) + " " + (numW.accept(weight) + txtW.accept(weight)));

        Function<String, Object> widened = (Function<String, Object>) (Function) (Function<String, Integer>) String::length;
        System.out.println("widened " + widened.apply("four"));
        Function<Object, String> toStr = String::valueOf;
        Function<? super Integer, ? extends CharSequence> wild = toStr;
        System.out.println("wildcard " + wild.apply(123).length());
        Supplier<? extends List<String>> sup = () -> new ArrayList<>(List.of("w"));
        List<String> got = sup.get();
        System.out.println("wildcard supplier " + got);
        Comparator<Object> byString = Comparator.comparing(Object::toString);
        List<Object> mixed = new ArrayList<>(List.of(10, "9", 'a', 2.5));
        mixed.sort(byString);
        System.out.println("mixed sort " + mixed);
        BiFunction<Number, Number, Double> addNums = (a, b) -> a.doubleValue() + b.doubleValue();
        BiFunction<Integer, Long, Object> narrowed = addNums::apply;
        System.out.println("narrowed " + narrowed.apply(2, 3L));
        Base<String> anon = new Base<>() { String get() { return "anon base"; } };
        Supplier<String> fromBase = anon::get;
        System.out.println("abstract class method ref " + fromBase.get());
        for (java.lang.reflect.Method meth : sh.getClass().getDeclaredMethods()) {
            if (meth.getName().equals("handle")) {
                System.out.println("lambda method handle(" + meth.getParameterTypes()[0].getSimpleName() + ") bridge=" + meth.isBridge());
            }
        }
    }
}
