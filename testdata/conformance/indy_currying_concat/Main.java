import java.util.*;
import java.util.function.*;
import java.util.stream.*;

// Nested lambdas: lambdas returning lambdas, currying (Function<Integer, Function<Integer,
// Integer>>), partial application, uncurrying, function composition built at runtime, closures
// over closures, and string concatenation (invokedynamic makeConcatWithConstants) of every
// operand type inside lambdas, including constants with special characters.
public class Main {
    static <A, B, C> Function<A, Function<B, C>> curry(BiFunction<A, B, C> f) { return a -> b -> f.apply(a, b); }
    static <A, B, C> BiFunction<A, B, C> uncurry(Function<A, Function<B, C>> f) { return (a, b) -> f.apply(a).apply(b); }
    static <A, B, C> Function<B, Function<A, C>> flip(Function<A, Function<B, C>> f) { return b -> a -> f.apply(a).apply(b); }

    public static void main(String[] args) {
        Function<Integer, Function<Integer, Integer>> add = a -> b -> a + b;
        Function<Integer, Integer> add5 = add.apply(5);
        System.out.println("curried add " + add.apply(3).apply(4) + " " + add5.apply(10) + " " + add5.apply(-5));
        Function<Integer, Function<Integer, Function<Integer, Integer>>> vol = a -> b -> c -> a * b * c;
        System.out.println("three levels " + vol.apply(2).apply(3).apply(4));
        Function<Integer, Function<Integer, Integer>> pow = curry((Integer b, Integer e) -> (int) Math.pow(b, e));
        System.out.println("curry pow " + pow.apply(2).apply(8) + " flip " + flip(pow).apply(2).apply(9));
        BiFunction<Integer, Integer, Integer> unc = uncurry(add);
        System.out.println("uncurry " + unc.apply(20, 22));
        Function<String, Function<String, Function<String, String>>> sentence = s -> v -> o -> s + " " + v + " " + o + ".";
        Function<String, Function<String, String>> catDoes = sentence.apply("The cat");
        System.out.println(catDoes.apply("eats").apply("fish"));
        System.out.println(catDoes.apply("chases").apply("the mouse"));

        Supplier<Supplier<Supplier<String>>> deep = () -> () -> () -> "three suppliers deep";
        System.out.println(deep.get().get().get());
        IntFunction<IntFunction<IntUnaryOperator>> lin = m -> c -> x -> m * x + c;
        IntUnaryOperator line = lin.apply(3).apply(-2);
        System.out.println("linear " + IntStream.range(0, 5).map(line).boxed().collect(Collectors.toList()));

        Function<Integer, Integer> composed = Stream.<Function<Integer, Integer>>of(x -> x + 1, x -> x * 10, x -> x - 3)
                .reduce(Function.identity(), Function::andThen);
        System.out.println("runtime composition " + composed.apply(4));
        List<UnaryOperator<String>> ops = List.of(String::trim, s -> s.replace(' ', '_'), String::toUpperCase, s -> "<" + s + ">");
        String s0 = "  hello big world ";
        for (UnaryOperator<String> op : ops) s0 = op.apply(s0);
        System.out.println("ops " + s0);

        Function<Integer, Supplier<Integer>> counterFactory = start -> {
            int[] c = {start};
            return () -> c[0]++;
        };
        Supplier<Integer> ca = counterFactory.apply(100);
        Supplier<Integer> cb = counterFactory.apply(0);
        System.out.println("counters " + ca.get() + " " + ca.get() + " " + cb.get() + " " + ca.get() + " " + cb.get());
        Function<String, Function<Integer, String>> repeatWith = sep -> n -> IntStream.range(0, n).mapToObj(i -> sep + i).collect(Collectors.joining());
        System.out.println("closure over param " + repeatWith.apply("#").apply(4) + " " + repeatWith.apply("-").apply(2));
        BinaryOperator<UnaryOperator<Integer>> composeOp = (f, g) -> x -> g.apply(f.apply(x));
        UnaryOperator<Integer> inc = x -> x + 1;
        UnaryOperator<Integer> dbl = x -> x * 2;
        System.out.println("composeOp " + composeOp.apply(inc, dbl).apply(5) + " " + composeOp.apply(dbl, inc).apply(5)
                + " " + composeOp.apply(composeOp.apply(inc, inc), dbl).apply(0));
        Function<Integer, Integer> church3 = churchNumeral(3).apply(x -> x + 1);
        System.out.println("church " + church3.apply(0) + " " + churchNumeral(5).apply(x -> x * 2).apply(1));

        // String concatenation of every operand type inside lambdas.
        int i = -7;
        long l = 1L << 42;
        double d = 1.0 / 3;
        float f = 2.5f;
        char c = 'λ';
        boolean z = false;
        byte by = 0x7f;
        short sh = -300;
        Object nul = null;
        String str = "s\u00fcr";
        int[] arr = {1};
        Supplier<String> all = () -> "i=" + i + ",l=" + l + ",d=" + d + ",f=" + f + ",c=" + c + ",z=" + z + ",b=" + by + ",s=" + sh
                + ",null=" + nul + ",str=" + str + ",arrlen=" + arr.length + ",obj=" + List.of(i, c);
        System.out.println(all.get());
        Function<Object, String> tag = o -> "\u0001tag\u0002[" + o + "]\t\"quoted\"\\";
        System.out.println(tag.apply(42).replace('\u0001', '^').replace('\u0002', '$'));
        BiFunction<String, Integer, String> pad = (s, n) -> s + " ".repeat(Math.max(0, n - s.length())) + "|";
        System.out.println(pad.apply("ab", 5) + pad.apply("abcdef", 3));
        Function<Character, String> charConcat = ch -> ch + "" + (char) (ch + 1) + (int) ch;
        System.out.println("chars " + charConcat.apply('A'));
        IntFunction<String> arith = n -> n + 1 + "" + n + 1 + (n + 1);
        System.out.println("arith " + arith.apply(4));
        Supplier<String> constFold = () -> "a" + 1 + 2 + 'c' + 3.0 + true + null;
        System.out.println("constants " + constFold.get());
        StringBuilder acc = new StringBuilder();
        Consumer<String> appendLine = s -> acc.append(s.length() + ":" + s + ";");
        List.of("x", "yy", "").forEach(appendLine);
        System.out.println("acc " + acc);
        Function<Double, String> dbls = x -> x + "|" + (float) (double) x + "|" + (long) (double) x;
        System.out.println("doubles " + dbls.apply(1e20) + " " + dbls.apply(-0.0) + " " + dbls.apply(Double.NaN));
        String many = IntStream.range(0, 30).mapToObj(n -> "" + n).reduce("", (a, b) -> a + b);
        System.out.println("many " + many + " len " + many.length());
        Function<String, String> nestConcat = a -> ((Function<String, String>) b -> a + "(" + b + ")").apply(a + a);
        System.out.println("nested concat " + nestConcat.apply("q"));
        Supplier<String> big = () -> "" + i + l + d + f + c + z + by + sh + nul + str + i + l + d + f + c + z + by + sh + nul + str
                + i + l + d + f + c + z + by + sh + nul + str + i + l + d + f + c + z + by + sh + nul + str + i + l + d + f + c + z + by + sh + nul + str
                + i + l + d + f + c + z + by + sh + nul + str + i + l + d + f + c + z + by + sh + nul + str;
        String b = big.get();
        System.out.println("big concat length " + b.length() + " hash " + b.hashCode());
    }

    static Function<Function<Integer, Integer>, Function<Integer, Integer>> churchNumeral(int n) {
        return fn -> x -> {
            int r = x;
            for (int k = 0; k < n; k++) r = fn.apply(r);
            return r;
        };
    }
}
