import java.util.*;
import java.util.function.*;

// Lambdas capturing effectively final locals of every kind: int, long, double, float, char,
// boolean, byte, short, Object, String, arrays (mutated through the capture), and several at once.
public class Main {
    interface Thunk { String get(); }

    static Thunk captureAll(int i, long l, double d, float f, char c, boolean z, byte b, short s, Object o) {
        return () -> "i=" + i + " l=" + l + " d=" + d + " f=" + f + " c=" + c + " z=" + z + " b=" + b
                + " s=" + s + " o=" + o;
    }

    static IntSupplier counter(int start, int step) {
        int[] box = {start};
        return () -> {
            int v = box[0];
            box[0] += step;
            return v;
        };
    }

    static List<Supplier<String>> makeLoop() {
        List<Supplier<String>> out = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            final int k = i;
            String label = "item" + i;
            out.add(() -> label + ":" + (k * k));
        }
        return out;
    }

    public static void main(String[] args) {
        int a = 42;
        long big = 1L << 40;
        double pi = 3.14159;
        float half = 0.5f;
        char ch = 'Z';
        boolean flag = true;
        byte by = -7;
        short sh = 30000;
        String str = "hello";
        Object obj = List.of(1, 2, 3);

        IntSupplier si = () -> a * 2;
        LongSupplier sl = () -> big + a;
        DoubleSupplier sd = () -> pi * 2;
        Supplier<Float> sf = () -> half * 3;
        Supplier<Character> sc = () -> (char) (ch + 1);
        BooleanSupplier sz = () -> !flag;
        IntSupplier sb = () -> by * 2;
        IntSupplier ss = () -> sh + 1;
        Supplier<String> sstr = () -> str.toUpperCase() + str.length();
        Supplier<Object> sobj = () -> obj;

        System.out.println("int " + si.getAsInt());
        System.out.println("long " + sl.getAsLong());
        System.out.println("double " + sd.getAsDouble());
        System.out.println("float " + sf.get());
        System.out.println("char " + sc.get());
        System.out.println("boolean " + sz.getAsBoolean());
        System.out.println("byte " + sb.getAsInt());
        System.out.println("short " + ss.getAsInt());
        System.out.println("string " + sstr.get());
        System.out.println("object " + sobj.get() + " same=" + (sobj.get() == obj));

        System.out.println(captureAll(1, 2L, 3.5, 4.25f, 'q', false, (byte) 8, (short) -9, "obj").get());
        System.out.println(captureAll(Integer.MIN_VALUE, Long.MAX_VALUE, Double.NaN, Float.NEGATIVE_INFINITY,
                '\u00e9', true, Byte.MIN_VALUE, Short.MAX_VALUE, null).get());

        // Arrays: the lambda captures the reference, so mutations are visible both ways.
        int[] arr = {1, 2, 3};
        Runnable doubler = () -> {
            for (int i = 0; i < arr.length; i++) {
                arr[i] *= 2;
            }
        };
        doubler.run();
        System.out.println("after 1 " + Arrays.toString(arr));
        doubler.run();
        System.out.println("after 2 " + Arrays.toString(arr));
        arr[0] = 100;
        IntSupplier sum = () -> Arrays.stream(arr).sum();
        System.out.println("sum " + sum.getAsInt());

        long[] longs = {5L, 6L};
        double[] doubles = {0.25, 0.75};
        String[] strs = {"x", "y"};
        Runnable mix = () -> {
            longs[0] += longs[1];
            doubles[1] = doubles[0] + doubles[1];
            strs[1] = strs[0] + strs[1];
        };
        mix.run();
        mix.run();
        System.out.println(Arrays.toString(longs) + " " + Arrays.toString(doubles) + " " + Arrays.toString(strs));

        IntSupplier c1 = counter(10, 3);
        IntSupplier c2 = counter(-1, -1);
        for (int i = 0; i < 4; i++) {
            System.out.println("counters " + c1.getAsInt() + " " + c2.getAsInt());
        }

        for (Supplier<String> s : makeLoop()) {
            System.out.println(s.get());
        }

        // Capturing a parameter of a lambda inside another lambda.
        IntFunction<IntUnaryOperator> adder = n -> x -> x + n + a;
        System.out.println("adder " + adder.apply(5).applyAsInt(1) + " " + adder.apply(-42).applyAsInt(0));

        // Many captures of different widths in one lambda (long/double take two slots).
        long l1 = 11, l2 = 22;
        double d1 = 1.5, d2 = 2.5;
        int i1 = 3;
        Object o1 = "o";
        Supplier<String> wide = () -> l1 + "," + d1 + "," + i1 + "," + l2 + "," + d2 + "," + o1;
        System.out.println("wide " + wide.get());
        DoubleBinaryOperator dbo = (x, y) -> x * d1 + y * d2 + l1 - l2 + i1;
        System.out.println("dbo " + dbo.applyAsDouble(2, 4));
    }
}
