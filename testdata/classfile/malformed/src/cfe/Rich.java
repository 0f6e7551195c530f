package cfe;

import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;

/** Most class, field, method and Code attributes, and most constant kinds. */
@Deprecated
public class Rich<T> implements Runnable, Comparable<Rich<T>> {
    public static final int I = 100000;
    public static final long J = 1L << 40;
    public static final float F = 1.5f;
    public static final double D = 2.5;
    public static final String S = "str";
    static final byte B = 3;
    static final boolean Z = true;
    protected volatile int counter;
    private transient List<T> items;
    @Deprecated
    T value;

    public Rich(T value) {
        this.value = value;
    }

    public void run() {
        Supplier<String> s = () -> S + counter;
        Runnable r = this::toString;
        r.run();
        counter += s.get().length();
    }

    public int compareTo(Rich<T> o) {
        return Integer.compare(counter, o.counter);
    }

    static long sum(long a, double b, int... rest) throws IOException {
        long t = a + (long) b;
        for (int x : rest) {
            t += x;
        }
        if (t < 0) {
            throw new IOException("negative");
        }
        return t;
    }

    synchronized <U extends Number> U pick(U u, T t) {
        Object o = new Object() {
            @Override
            public String toString() {
                return "anon";
            }
        };
        return o.hashCode() == 0 ? null : u;
    }

    class Inner {
        int get() {
            return counter;
        }
    }

    static class Nested {
    }
}
