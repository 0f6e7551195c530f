import java.util.*;
import java.util.function.*;

// super::method references (invokespecial semantics: the overriding method is bypassed),
// Interface.super::defaultMethod, references to private instance and static methods, private
// methods of a nested class referenced from the outer class (nestmates), and this::method where
// the method is overridden in a subclass (virtual dispatch).
public class Main {
    static class Base {
        String greet(String who) { return "Base hello " + who; }
        String name() { return "base"; }
        @Override public String toString() { return "Base.toString"; }
        int value() { return 1; }
    }

    static class Derived extends Base {
        @Override String greet(String who) { return "Derived hi " + who; }
        @Override String name() { return "derived"; }
        @Override public String toString() { return "Derived.toString"; }
        @Override int value() { return 2; }

        Function<String, String> superGreet() { return super::greet; }
        Function<String, String> thisGreet() { return this::greet; }
        Supplier<String> superName() { return super::name; }
        Supplier<String> superToString() { return super::toString; }
        IntSupplier superValue() { return super::value; }
        Supplier<String> lambdaSuper() { return () -> "lambda " + super.name() + "+" + name(); }
    }

    static class MoreDerived extends Derived {
        @Override String greet(String who) { return "MoreDerived yo " + who; }
        @Override String name() { return "more"; }
        @Override int value() { return 3; }
        Supplier<String> superName2() { return super::name; }  // Derived.name
        IntSupplier superValue2() { return super::value; }
    }

    interface Greeter {
        default String hello() { return "Greeter.hello"; }
    }

    interface Polite extends Greeter {
        @Override default String hello() { return "Polite.hello"; }
    }

    static class Impl implements Polite, Greeter {
        @Override public String hello() { return "Impl.hello"; }
        Supplier<String> politeSuper() { return Polite.super::hello; }
        Supplier<String> mine() { return this::hello; }
    }

    private int secret = 41;

    private int reveal(int plus) { return secret + plus; }

    private static String hidden(String s) { return "hidden(" + s + ")"; }

    private String privateNoArgs() { return "private no-args " + secret; }

    static class Nested {
        private final String id;
        private Nested(String id) { this.id = id; }
        private String privateId() { return "nested:" + id; }
        private static int privateStatic(int x) { return x * 11; }
    }

    static class Counter {
        private int n;
        private void bump() { n++; }
        private void add(int k) { n += k; }
    }

    public static void main(String[] args) {
        Derived d = new Derived();
        System.out.println(d.superGreet().apply("A"));
        System.out.println(d.thisGreet().apply("A"));
        System.out.println(d.superName().get());
        System.out.println(d.superToString().get());
        System.out.println("superValue " + d.superValue().getAsInt());
        System.out.println(d.lambdaSuper().get());

        MoreDerived md = new MoreDerived();
        System.out.println("md superGreet " + md.superGreet().apply("B"));   // Base.greet via Derived's super::
        System.out.println("md thisGreet " + md.thisGreet().apply("B"));     // virtual -> MoreDerived
        System.out.println("md superName " + md.superName().get());          // Base.name
        System.out.println("md superName2 " + md.superName2().get());        // Derived.name
        System.out.println("md superValue " + md.superValue().getAsInt() + " " + md.superValue2().getAsInt());
        System.out.println("md lambdaSuper " + md.lambdaSuper().get());

        Impl impl = new Impl();
        System.out.println(impl.politeSuper().get() + " " + impl.mine().get());

        Main m = new Main();
        IntUnaryOperator rev = m::reveal;
        System.out.println("reveal " + rev.applyAsInt(1));
        m.secret = 100;
        System.out.println("reveal " + rev.applyAsInt(1));
        BiFunction<Main, Integer, Integer> unboundPrivate = Main::reveal;
        System.out.println("unbound private " + unboundPrivate.apply(new Main(), 9));
        Function<String, String> hid = Main::hidden;
        System.out.println(hid.apply("x"));
        Supplier<String> pn = m::privateNoArgs;
        System.out.println(pn.get());

        Function<String, Nested> mk = Nested::new;
        Nested n = mk.apply("n1");
        Function<Nested, String> pid = Nested::privateId;
        Supplier<String> pidBound = n::privateId;
        IntUnaryOperator ps = Nested::privateStatic;
        System.out.println(pid.apply(n) + " " + pidBound.get() + " " + ps.applyAsInt(3));

        Counter c = new Counter();
        Runnable bump = c::bump;
        IntConsumer add = c::add;
        Consumer<Counter> bumpAny = Counter::bump;
        bump.run();
        bump.run();
        add.accept(10);
        bumpAny.accept(c);
        System.out.println("counter " + c.n);

        List<Base> objs = List.of(new Base(), new Derived(), new MoreDerived());
        Function<Base, String> nameRef = Base::name;
        for (Base b : objs) {
            System.out.println("dispatch " + nameRef.apply(b) + " " + b.value());
        }
    }
}
