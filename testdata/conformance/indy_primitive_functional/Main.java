import java.util.*;
import java.util.function.*;

// Primitive specialisations of java.util.function and the adaptations the lambda metafactory does
// between a method's signature and the interface's: boxing, unboxing, widening (int -> long,
// int -> double, float -> double), Integer -> Object, a long method used as ToLongFunction, an int
// method used as Function<..., Integer>, and a void-compatible method ref that discards a result.
public class Main {
    static int intLen(String s) { return s.length(); }
    static long longHash(String s) { return s.hashCode() * 31L; }
    static short shortOf(int x) { return (short) x; }
    static char charOf(int x) { return (char) ('a' + x); }
    static byte byteOf(int x) { return (byte) x; }
    static float half(int x) { return x / 2f; }
    static Integer boxedInc(Integer x) { return x + 1; }
    static int unboxedInc(int x) { return x + 1; }
    static boolean isOdd(long x) { return (x & 1) == 1; }
    static String fromDouble(double d) { return "d" + d; }
    static int returnsIntForRunnable() { return 5; }

    public static void main(String[] args) {
        IntFunction<String> hexes = i -> "0x" + Integer.toHexString(i);
        System.out.println("IntFunction " + hexes.apply(255) + " " + hexes.apply(4096));
        IntUnaryOperator inc = x -> x + 1;
        IntUnaryOperator dbl = x -> x * 2;
        System.out.println("IntUnaryOperator " + inc.applyAsInt(41) + " " + inc.andThen(dbl).applyAsInt(5) + " "
                + inc.compose(dbl).applyAsInt(5) + " " + IntUnaryOperator.identity().applyAsInt(-9));
        ToIntFunction<String> tif = String::length;
        System.out.println("ToIntFunction " + tif.applyAsInt("twelve chars"));
        IntBinaryOperator gcd = (a, b) -> { while (b != 0) { int t = a % b; a = b; b = t; } return a; };
        System.out.println("IntBinaryOperator gcd " + gcd.applyAsInt(84, 36) + " " + gcd.applyAsInt(17, 5));
        long[] state = {1};
        LongSupplier pow3 = () -> state[0] *= 3;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 5; i++) sb.append(pow3.getAsLong()).append(' ');
        System.out.println("LongSupplier " + sb.toString().trim());
        DoubleUnaryOperator sq = d -> d * d;
        DoubleUnaryOperator neg = d -> -d;
        System.out.println("DoubleUnaryOperator " + sq.applyAsDouble(1.5) + " " + sq.andThen(neg).applyAsDouble(3) + " " + sq.compose(neg).applyAsDouble(3));
        IntPredicate prime = n -> { if (n < 2) return false; for (int d = 2; d * d <= n; d++) if (n % d == 0) return false; return true; };
        StringBuilder primes = new StringBuilder();
        for (int i = 0; i < 30; i++) if (prime.test(i)) primes.append(i).append(',');
        System.out.println("IntPredicate " + primes + " and " + prime.and(n -> n > 10).test(7) + " or " + prime.or(n -> n == 4).test(4) + " negate " + prime.negate().test(9));
        ObjIntConsumer<StringBuilder> rep = (b, n) -> b.append("#".repeat(n));
        StringBuilder rb = new StringBuilder();
        rep.accept(rb, 3);
        rep.accept(rb, 1);
        System.out.println("ObjIntConsumer " + rb);
        ObjLongConsumer<List<Long>> addL = List::add;
        ObjDoubleConsumer<List<Double>> addD = List::add;
        List<Long> ll = new ArrayList<>();
        List<Double> dl = new ArrayList<>();
        addL.accept(ll, 1L << 33);
        addD.accept(dl, 0.125);
        System.out.println("ObjLong/ObjDouble " + ll + " " + dl);
        IntConsumer ic = i -> System.out.println("IntConsumer " + i);
        ic.andThen(i -> System.out.println("IntConsumer then " + (i * 10))).accept(4);
        IntSupplier is = () -> 12345;
        BooleanSupplier bs = () -> is.getAsInt() > 10000;
        DoubleSupplier ds = () -> Math.E;
        System.out.println("suppliers " + is.getAsInt() + " " + bs.getAsBoolean() + " " + ds.getAsDouble());
        IntToLongFunction i2l = i -> (long) i * i * i;
        IntToDoubleFunction i2d = i -> i / 8.0;
        LongToIntFunction l2i = l -> (int) (l >>> 32);
        LongToDoubleFunction l2d = l -> l * 0.5;
        DoubleToIntFunction d2i = d -> (int) Math.round(d);
        DoubleToLongFunction d2l = d -> (long) Math.floor(d);
        System.out.println("conversions " + i2l.applyAsLong(100000) + " " + i2d.applyAsDouble(3) + " " + l2i.applyAsInt(0x7_0000_0001L)
                + " " + l2d.applyAsDouble(7) + " " + d2i.applyAsInt(2.5) + " " + d2i.applyAsInt(-2.5) + " " + d2l.applyAsLong(-0.5));
        ToLongBiFunction<Integer, Integer> mulL = (a, b) -> (long) a * b;
        ToDoubleBiFunction<String, String> ratio = (a, b) -> (double) a.length() / b.length();
        ToIntBiFunction<String, Character> count = (s, c) -> (int) s.chars().filter(ch -> ch == c).count();
        System.out.println("bi " + mulL.applyAsLong(100000, 100000) + " " + ratio.applyAsDouble("abc", "abcdefgh") + " " + count.applyAsInt("mississippi", 's'));
        LongBinaryOperator lmax = Math::max;
        DoubleBinaryOperator hyp = Math::hypot;
        LongUnaryOperator lneg = Math::negateExact;
        System.out.println("long/double ops " + lmax.applyAsLong(-1, -2) + " " + hyp.applyAsDouble(3, 4) + " " + lneg.applyAsLong(Long.MAX_VALUE));
        LongPredicate lp = Main::isOdd;
        DoublePredicate dp = Double::isNaN;
        System.out.println("preds " + lp.test(7) + " " + lp.test(1L << 40) + " " + dp.test(0.0 / 0.0) + " " + dp.negate().test(1));
        LongFunction<String> lf = Long::toBinaryString;
        DoubleFunction<String> df = Main::fromDouble;
        System.out.println("fns " + lf.apply(10) + " " + df.apply(1e10));

        // Adaptations performed by the metafactory.
        ToLongFunction<String> tl = Main::longHash;
        ToLongFunction<String> widenedInt = Main::intLen;          // int -> long
        ToDoubleFunction<String> widenedToDouble = Main::intLen;   // int -> double
        Function<String, Integer> boxedResult = Main::intLen;      // int -> Integer
        Function<String, Object> boxedObj = Main::intLen;          // int -> Integer -> Object
        Function<String, Number> boxedNum = Main::longHash;        // long -> Long -> Number
        System.out.println("adapt " + tl.applyAsLong("abc") + " " + widenedInt.applyAsLong("four") + " " + widenedToDouble.applyAsDouble("four")
                + " " + boxedResult.apply("xy") + " " + boxedObj.apply("xyz").getClass().getSimpleName() + " " + boxedNum.apply("a").getClass().getSimpleName());
        IntUnaryOperator viaBoxed = Main::boxedInc;                // int -> Integer -> int
        Function<Integer, Integer> viaUnboxed = Main::unboxedInc;  // Integer -> int -> Integer
        UnaryOperator<Integer> u = Main::unboxedInc;
        System.out.println("box/unbox " + viaBoxed.applyAsInt(9) + " " + viaUnboxed.apply(9) + " " + u.apply(-1));
        IntUnaryOperator fromShort = Main::shortOf;                // short -> int
        IntUnaryOperator fromChar = Main::charOf;                  // char -> int
        IntToLongFunction fromByte = Main::byteOf;                 // byte -> long
        IntToDoubleFunction fromFloat = Main::half;                // float -> double
        System.out.println("widen " + fromShort.applyAsInt(70000) + " " + fromChar.applyAsInt(2) + " " + fromByte.applyAsLong(200) + " " + fromFloat.applyAsDouble(7));
        Function<Integer, Character> boxChar = Main::charOf;
        Supplier<Short> boxShort = () -> shortOf(65535);
        System.out.println("boxed narrow " + boxChar.apply(25) + " " + boxShort.get());
        LongUnaryOperator intArgWiden = x -> x;
        DoubleUnaryOperator fromLong = Math::abs;
        System.out.println("misc " + intArgWiden.applyAsLong(Integer.MAX_VALUE + 1L) + " " + fromLong.applyAsDouble(-0.0));
        Runnable discard = Main::returnsIntForRunnable;             // result discarded
        discard.run();
        Consumer<String> discard2 = String::length;
        discard2.accept("ignored");
        IntConsumer discard3 = Main::unboxedInc;
        discard3.accept(1);
        System.out.println("discarded results ok");
        try {
            Function<String, Integer> nullResult = s -> null;
            ToIntFunction<String> unboxNull = nullResult::apply;
            unboxNull.applyAsInt("x");
            System.out.println("no NPE");
        } catch (NullPointerException e) {
            System.out.println("unboxing null -> NPE");
        }
        try {
            IntUnaryOperator un = Main::boxedInc;
            Function<Integer, Integer> f = un::applyAsInt;
            f.apply(null);
            System.out.println("no NPE");
        } catch (NullPointerException e) {
            System.out.println("unboxing null arg -> NPE");
        }
    }
}
