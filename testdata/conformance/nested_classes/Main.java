import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

public class Main {
    private int secret = 42;
    private static String sstatic = "S";

    static class StaticNested {
        int twice(int x) { return 2 * x; }
        String peek() { return sstatic; }
    }

    class Inner {
        int base = 1;
        int get() { return secret + base; }
        class Deeper {
            String all() { return secret + "/" + base + "/" + Main.this.secret; }
        }
    }

    interface Op { int apply(int x); }

    Op adder(final int n) {
        return new Op() {
            public int apply(int x) { return x + n + secret; }
        };
    }

    static List<String> localClass(String prefix, int count) {
        class Gen implements Iterator<String> {
            int i;
            public boolean hasNext() { return i < count; }
            public String next() { return prefix + (i++); }
        }
        List<String> out = new ArrayList<>();
        for (Iterator<String> it = new Gen(); it.hasNext(); ) out.add(it.next());
        return out;
    }

    public static void main(String[] args) {
        Main m = new Main();
        System.out.println(new StaticNested().twice(21) + " " + new StaticNested().peek());
        Main.Inner in = m.new Inner();
        System.out.println(in.get());
        Main.Inner.Deeper dp = in.new Deeper();
        m.secret = 7;
        in.base = 3;
        System.out.println(dp.all());
        Op op = m.adder(100);
        System.out.println(op.apply(1));
        System.out.println(localClass("item", 4));
        Runnable r = new Runnable() {
            int runs;
            public void run() { System.out.println("anonymous run " + (++runs)); }
        };
        r.run();
        r.run();
        System.out.println(StaticNested.class.getName() + " " + Inner.class.getName() + " " + Inner.Deeper.class.getName());
        System.out.println(op.getClass().getName() + " [" + op.getClass().getSimpleName() + "] " + r.getClass().getName()
                + " " + op.getClass().isAnonymousClass());
        System.out.println(StaticNested.class.getSimpleName() + " " + Inner.Deeper.class.getSimpleName()
                + " " + StaticNested.class.getEnclosingClass().getName());
        Object o = new Object() {
            @Override public String toString() { return "custom anonymous Object"; }
        };
        System.out.println(o);
    }
}
