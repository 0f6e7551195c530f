import java.util.*;
import java.util.function.*;

// Lambdas capturing `this` and reading/writing fields in instance methods, in inner classes
// (Outer.this), in anonymous classes, in constructors and through static nested helpers.
public class Main {
    private int count;
    private final String name;
    private static int statics = 0;

    Main(String name) {
        this.name = name;
        Runnable r = () -> count += 100; // in the constructor
        r.run();
    }

    Runnable incrementer() {
        return () -> count++;
    }

    Supplier<String> describer() {
        return () -> name + "#" + count;
    }

    IntUnaryOperator scaler(int factor) {
        return x -> x * factor + count;
    }

    Supplier<String> selfRef() {
        return () -> this.toString();
    }

    @Override
    public String toString() {
        return "Main(" + name + "," + count + ")";
    }

    Runnable staticWriter() {
        return () -> statics += count;
    }

    class Inner {
        int innerValue = 7;

        Supplier<String> both() {
            return () -> name + "/" + count + "/" + innerValue + "/" + Main.this.name.length();
        }

        Runnable bumpOuter() {
            return () -> {
                count += innerValue;
                innerValue++;
            };
        }

        class Deeper {
            String tag = "deep";

            Supplier<String> all() {
                return () -> tag + ":" + innerValue + ":" + count + ":" + name;
            }
        }
    }

    Supplier<String> viaAnonymous() {
        return new Supplier<String>() {
            int local = 5;

            @Override
            public String get() {
                Supplier<String> inside = () -> "anon " + local + " " + name + " " + count;
                return inside.get();
            }
        };
    }

    static class Account {
        private long balance;
        private final List<String> log = new ArrayList<>();

        Consumer<Long> depositor() {
            return amount -> {
                balance += amount;
                log.add("+" + amount);
            };
        }

        LongSupplier balance() {
            return () -> balance;
        }
    }

    public static void main(String[] args) {
        Main m = new Main("alpha");
        System.out.println("after ctor " + m.count);
        Runnable inc = m.incrementer();
        for (int i = 0; i < 3; i++) {
            inc.run();
        }
        System.out.println("after inc " + m.count);
        Supplier<String> d = m.describer();
        System.out.println(d.get());
        m.count = 5;
        System.out.println(d.get());
        IntUnaryOperator sc = m.scaler(3);
        System.out.println("scaler " + sc.applyAsInt(10) + " " + sc.applyAsInt(-1));
        System.out.println("self " + m.selfRef().get());

        Main other = new Main("beta");
        System.out.println(other.describer().get() + " " + m.describer().get());
        m.staticWriter().run();
        other.staticWriter().run();
        System.out.println("statics " + statics);

        Main.Inner in = m.new Inner();
        System.out.println(in.both().get());
        Runnable bump = in.bumpOuter();
        bump.run();
        bump.run();
        System.out.println(in.both().get() + " count=" + m.count + " inner=" + in.innerValue);
        Main.Inner.Deeper deep = in.new Deeper();
        System.out.println(deep.all().get());
        deep.tag = "changed";
        System.out.println(deep.all().get());

        System.out.println(m.viaAnonymous().get());

        Account acc = new Account();
        Consumer<Long> dep = acc.depositor();
        dep.accept(10L);
        dep.accept(250L);
        dep.andThen(x -> acc.log.add("seen " + x)).accept(-5L);
        System.out.println("balance " + acc.balance().getAsLong() + " log " + acc.log);

        List<Main> objs = new ArrayList<>();
        for (String n : new String[] {"c", "a", "b"}) {
            objs.add(new Main(n));
        }
        List<Supplier<String>> ds = new ArrayList<>();
        for (Main o : objs) {
            ds.add(o.describer());
            o.incrementer().run();
        }
        for (Supplier<String> s : ds) {
            System.out.println("desc " + s.get());
        }
    }
}
