package sample;

import java.io.*;
import java.util.*;
import java.util.concurrent.Callable;
import java.util.function.*;

/** Switches, exceptions, lambdas, method references, constants and unusual instructions. */
public class Control {
    static final byte B = -128;
    static final short S = 32767;
    static final char C = '\u00e9';
    static final boolean Z = true;
    static final int I = Integer.MIN_VALUE;
    static final long J = 1L << 60;
    static final float F = Float.MIN_VALUE;
    static final double D = Double.MIN_VALUE;
    static final double NAN = 0.0 / 0.0;
    static final float NEG_INF = -1.0f / 0.0f;
    static final double BIG = 1e23;
    static final String UNICODE = "caf\u00e9 \u65e5\u672c \ud83d\ude00 \u0000 \u007f \u2028";
    private static int counter;
    private volatile transient Object lock = new Object();

    int table(int x) {
        switch (x) {
            case -1: return 10;
            case 0: return 11;
            case 1: return 12;
            case 2: return 13;
            case 4: return 14;
            default: return -1;
        }
    }

    int lookup(long x) {
        switch ((int) x) {
            case Integer.MIN_VALUE: return 1;
            case 0: return 2;
            case 1000000: return 3;
            default: return 4;
        }
    }

    String strings(String s) {
        switch (s) {
            case "alpha": return "a";
            case "beta": case "gamma": return "b/g";
            default: return s;
        }
    }

    int arrows(Thread.State state) {
        return switch (state) {
            case NEW -> 0;
            case RUNNABLE, BLOCKED -> 1;
            default -> {
                int h = state.hashCode();
                yield h;
            }
        };
    }

    static int exceptions(String path) throws IOException {
        int n = 0;
        try (Reader r = new FileReader(path); BufferedReader b = new BufferedReader(r)) {
            n = b.read();
        } catch (FileNotFoundException | IllegalStateException e) {
            n = -1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            counter++;
        }
        return n;
    }

    synchronized void locked() {
        synchronized (lock) {
            counter += 2;
        }
    }

    static native long nativeMethod(int[] a, String... rest);

    strictfp double strict(double d) {
        return d * 0.1;
    }

    Object lambdas(List<String> list) {
        Function<String, Integer> len = String::length;
        BiFunction<Integer, Integer, Integer> add = Integer::sum;
        Supplier<List<String>> ctor = ArrayList::new;
        IntFunction<int[][]> arrays = int[][]::new;
        Runnable r = () -> counter++;
        Callable<String> c = () -> list.get(0) + len.apply("x");
        Comparator<String> cmp = (Comparator<String> & Serializable) (a, b) -> a.length() - b.length();
        list.forEach(System.out::println);
        return new Object[] {len, add, ctor, arrays, r, c, cmp};
    }

    long arithmetic(long a, int b, double c, float d) {
        long x = a << b | a >>> 3 ^ ~a;
        int y = (int) (c % d) + (b >> 2) - (short) b + (char) b + (byte) b;
        double z = -c / d * (float) a;
        x += y;
        return x + (long) z + (a > 0 ? 1 : a < 0 ? -1 : 0) + (c > d ? 1 : 0) + (c < d ? 1 : 0);
    }

    Object arrays() {
        int[][][] cube = new int[2][3][];
        long[] longs = {1, 2, 3};
        Object[] objects = new String[4];
        cube[1][2] = new int[] {longs.length};
        char[] chars = new char[5];
        chars[0] = 'x';
        boolean[] flags = new boolean[1];
        return objects.length > 0 && flags[0] ? cube : chars;
    }

    int manyLocals() {
        int a0 = 0, a1 = 1, a2 = 2, a3 = 3, a4 = 4, a5 = 5, a6 = 6, a7 = 7, a8 = 8, a9 = 9;
        long l0 = 0, l1 = 1, l2 = 2, l3 = 3, l4 = 4, l5 = 5, l6 = 6, l7 = 7, l8 = 8, l9 = 9;
        double d0 = 0, d1 = 1, d2 = 2, d3 = 3, d4 = 4, d5 = 5, d6 = 6, d7 = 7, d8 = 8, d9 = 9;
        long[] m = new long[130];
        long q0 = m[0], q1 = m[1], q2 = m[2], q3 = m[3], q4 = m[4], q5 = m[5], q6 = m[6], q7 = m[7];
        long q8 = m[8], q9 = m[9], q10 = m[10], q11 = m[11], q12 = m[12], q13 = m[13], q14 = m[14];
        long r0 = m[0], r1 = m[1], r2 = m[2], r3 = m[3], r4 = m[4], r5 = m[5], r6 = m[6], r7 = m[7];
        long r8 = m[8], r9 = m[9], r10 = m[10], r11 = m[11], r12 = m[12], r13 = m[13], r14 = m[14];
        long s0 = m[0], s1 = m[1], s2 = m[2], s3 = m[3], s4 = m[4], s5 = m[5], s6 = m[6], s7 = m[7];
        long s8 = m[8], s9 = m[9], s10 = m[10], s11 = m[11], s12 = m[12], s13 = m[13], s14 = m[14];
        long t0 = m[0], t1 = m[1], t2 = m[2], t3 = m[3], t4 = m[4], t5 = m[5], t6 = m[6], t7 = m[7];
        long t8 = m[8], t9 = m[9], t10 = m[10], t11 = m[11], t12 = m[12], t13 = m[13], t14 = m[14];
        long u0 = m[0], u1 = m[1], u2 = m[2], u3 = m[3], u4 = m[4], u5 = m[5], u6 = m[6], u7 = m[7];
        long u8 = m[8], u9 = m[9], u10 = m[10], u11 = m[11], u12 = m[12], u13 = m[13], u14 = m[14];
        long v0 = m[0], v1 = m[1], v2 = m[2], v3 = m[3], v4 = m[4], v5 = m[5], v6 = m[6], v7 = m[7];
        long v8 = m[8], v9 = m[9], v10 = m[10], v11 = m[11], v12 = m[12], v13 = m[13], v14 = m[14];
        long w0 = m[0], w1 = m[1], w2 = m[2], w3 = m[3], w4 = m[4], w5 = m[5], w6 = m[6], w7 = m[7];
        long w8 = m[8], w9 = m[9], w10 = m[10], w11 = m[11], w12 = m[12], w13 = m[13], w14 = m[14];
        long x0 = m[0], x1 = m[1], x2 = m[2], x3 = m[3], x4 = m[4], x5 = m[5], x6 = m[6], x7 = m[7];
        int last = a9 + 1000;
        last += 200;
        double dd = d9 + l9;
        return last + (int) dd + (int) (q14 + r14 + s14 + t14 + u14 + v14 + w14 + x7);
    }

    Object local() {
        class Local implements Comparable<Local> {
            final int v = counter;

            public int compareTo(Local o) {
                return v - o.v;
            }
        }
        return new Local();
    }

    Iterator<Integer> anonymous(int start) {
        return new Iterator<>() {
            int next = start;

            public boolean hasNext() {
                return next < 10;
            }

            public Integer next() {
                return next++;
            }
        };
    }

    static {
        counter = (int) (Math.random() * 10);
    }
}
