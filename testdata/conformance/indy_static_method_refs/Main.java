import java.util.*;
import java.util.function.*;

// Static method references: to own methods, JDK methods (Integer::parseInt, Math::max,
// String::valueOf, Integer::compare), overloaded targets picked by the functional interface,
// varargs targets, generic static methods and static methods of another class and interface.
public class Main {
    static int square(int x) { return x * x; }
    static long cube(long x) { return x * x * x; }
    static String shout(String s) { return s.toUpperCase() + "!"; }
    static String join(String a, String b) { return a + "+" + b; }
    static boolean isEven(int x) { return x % 2 == 0; }
    static void log(String s) { System.out.println("log: " + s); }
    static String describe(Object o) { return "obj:" + o; }
    static String describe(String s) { return "str:" + s; }
    static String describe(Integer i) { return "int:" + i; }
    static int sumAll(int... xs) { int s = 0; for (int x : xs) s += x; return s; }
    static <T> List<T> twice(T t) { return List.of(t, t); }
    static Integer boxedSquare(Integer x) { return x * x; }

    static class Util {
        static String reverse(String s) { return new StringBuilder(s).reverse().toString(); }
        static int triple(int x) { return 3 * x; }
    }

    interface Helpers {
        static String wrap(String s) { return "[" + s + "]"; }
    }

    interface TriFunction<A, B, C, R> { R apply(A a, B b, C c); }

    static String three(String a, int b, double c) { return a + b + c; }

    public static void main(String[] args) {
        IntUnaryOperator sq = Main::square;
        System.out.println("square " + sq.applyAsInt(12));
        LongUnaryOperator cu = Main::cube;
        System.out.println("cube " + cu.applyAsLong(1000));
        Function<String, String> sh = Main::shout;
        System.out.println(sh.apply("hey"));
        BinaryOperator<String> j = Main::join;
        System.out.println(j.apply("left", "right"));
        IntPredicate ev = Main::isEven;
        System.out.println("even " + ev.test(4) + " " + ev.test(7));
        Consumer<String> lg = Main::log;
        lg.accept("first");
        lg.andThen(Main::log).accept("twice");

        Function<String, Integer> parse = Integer::parseInt;
        System.out.println("parse " + (parse.apply("123") + 1));
        ToIntFunction<String> parse2 = Integer::parseInt;
        System.out.println("parse2 " + parse2.applyAsInt("-77"));
        BiFunction<String, Integer, Integer> parseRadix = Integer::parseInt;
        System.out.println("radix " + parseRadix.apply("ff", 16) + " " + parseRadix.apply("777", 8));
        IntBinaryOperator max = Math::max;
        System.out.println("max " + max.applyAsInt(3, 9));
        DoubleBinaryOperator pow = Math::pow;
        System.out.println("pow " + pow.applyAsDouble(2, 10));
        DoubleUnaryOperator sqrt = Math::sqrt;
        System.out.println("sqrt " + sqrt.applyAsDouble(2.25));
        Function<Object, String> vo = String::valueOf;
        System.out.println("valueOf " + vo.apply(List.of(1)) + " " + vo.apply(null));
        IntFunction<String> hex = Integer::toHexString;
        System.out.println("hex " + hex.apply(255) + " " + hex.apply(-1));
        Comparator<Integer> cmp = Integer::compare;
        List<Integer> nums = new ArrayList<>(List.of(5, -2, 9, 0, 3));
        nums.sort(cmp);
        System.out.println("sorted " + nums);
        nums.sort(Collections.reverseOrder(cmp));
        System.out.println("reversed " + nums);

        // Overload resolution by target type.
        Function<Object, String> dObj = Main::describe;
        Function<String, String> dStr = Main::describe;
        Function<Integer, String> dInt = Main::describe;
        System.out.println(dObj.apply("x") + " " + dStr.apply("x") + " " + dInt.apply(5) + " " + dObj.apply(5));

        // Varargs method through fixed-arity interfaces.
        IntBinaryOperator sum2 = Main::sumAll;
        Function<int[], Integer> sumArr = Main::sumAll;
        IntSupplier sum0 = Main::sumAll;
        System.out.println("varargs " + sum2.applyAsInt(4, 5) + " " + sumArr.apply(new int[] {1, 2, 3, 4}) + " " + sum0.getAsInt());

        Function<String, List<String>> tw = Main::twice;
        System.out.println("generic " + tw.apply("g"));
        Function<Integer, List<Integer>> tw2 = Main::<Integer>twice;
        System.out.println("explicit " + tw2.apply(8));

        UnaryOperator<Integer> bs = Main::boxedSquare;
        System.out.println("boxed " + bs.apply(-9));
        IntUnaryOperator unboxedUse = Main::boxedSquare; // int -> Integer -> int
        System.out.println("unboxed " + unboxedUse.applyAsInt(11));

        Function<String, String> rev = Util::reverse;
        System.out.println("reverse " + rev.apply("stressed"));
        System.out.println("compose " + rev.andThen(Helpers::wrap).andThen(Main::shout).apply("abc"));
        IntUnaryOperator tr = Util::triple;
        System.out.println("chain " + tr.andThen(Main::square).compose(Util::triple).applyAsInt(2));

        TriFunction<String, Integer, Double, String> t3 = Main::three;
        System.out.println("tri " + t3.apply("a", 1, 2.5));

        Supplier<Long> now = () -> Long.valueOf(7);
        System.out.println("supplier " + now.get());
        Function<String, Long> lv = Long::valueOf;
        System.out.println("long " + (lv.apply("9000000000") * 2));
        BiFunction<Integer, Integer, Integer> sumB = Integer::sum;
        BinaryOperator<Integer> minB = Integer::min;
        System.out.println("sum " + sumB.apply(40, 2) + " min " + minB.apply(40, 2));
        Function<String, Boolean> pb = Boolean::parseBoolean;
        System.out.println("bool " + pb.apply("TRUE") + " " + pb.apply("yes"));
        IntFunction<char[]> fc = Character::toChars;
        System.out.println("char " + new String(fc.apply(65)) + " " + fc.apply(0x1F600).length);
        Function<char[], String> cv = String::valueOf;
        System.out.println("chars " + cv.apply(new char[] {'o', 'k'}));
        BiFunction<String, Object[], String> fmt = String::format;
        System.out.println(fmt.apply("%s-%s-%d", new Object[] {"a", "b", 3}));
    }
}
