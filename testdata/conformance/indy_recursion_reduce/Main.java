import java.util.*;
import java.util.function.*;
import java.util.stream.*;

// Recursion through lambdas (a lambda stored in a field or array slot calling itself, a
// memoized fibonacci with an array memo, a Y-combinator style fixpoint, mutual recursion),
// and Stream.reduce (1-, 2- and 3-argument forms), collect with 3 arguments, flatMap,
// distinct, limit/skip, iterate and sorted.
public class Main {
    static IntUnaryOperator factorial;
    static Function<Integer, Long> fib;
    static final long[] memo = new long[91];
    static int fibCalls = 0;

    static IntPredicate isEven;
    static IntPredicate isOdd;

    interface SelfApply<T> extends Function<SelfApply<T>, T> {}

    static <A, R> Function<A, R> fix(Function<Function<A, R>, Function<A, R>> f) {
        SelfApply<Function<A, R>> r = w -> f.apply(x -> w.apply(w).apply(x));
        return r.apply(r);
    }

    public static void main(String[] args) {
        factorial = n -> n <= 1 ? 1 : n * factorial.applyAsInt(n - 1);
        System.out.println("factorial " + factorial.applyAsInt(10) + " " + factorial.applyAsInt(12) + " " + factorial.applyAsInt(0));

        fib = n -> {
            fibCalls++;
            if (n < 2) return (long) n;
            if (memo[n] != 0) return memo[n];
            long v = fib.apply(n - 1) + fib.apply(n - 2);
            memo[n] = v;
            return v;
        };
        System.out.println("fib 10 " + fib.apply(10) + " 50 " + fib.apply(50) + " 90 " + fib.apply(90) + " calls " + fibCalls);

        isEven = n -> n == 0 || isOdd.test(n - 1);
        isOdd = n -> n != 0 && isEven.test(n - 1);
        System.out.println("mutual " + isEven.test(10) + " " + isOdd.test(7) + " " + isEven.test(999));

        Function<Integer, Integer> fixFact = fix(self -> n -> n <= 1 ? 1 : n * self.apply(n - 1));
        Function<Integer, Integer> fixSum = fix(self -> n -> n == 0 ? 0 : n + self.apply(n - 1));
        System.out.println("fix " + fixFact.apply(7) + " " + fixSum.apply(100));

        BiFunction<Integer, Integer, Integer>[] gcd = new BiFunction[1];
        gcd[0] = (a, b) -> b == 0 ? a : gcd[0].apply(b, a % b);
        System.out.println("gcd " + gcd[0].apply(1071, 462) + " " + gcd[0].apply(17, 5));
        List<String> moves = new ArrayList<>();
        class Hanoi {
            void move(int n, char from, char to, char via) {
                if (n == 0) return;
                move(n - 1, from, via, to);
                moves.add(from + ">" + to);
                move(n - 1, via, to, from);
            }
        }
        new Hanoi().move(4, 'A', 'C', 'B');
        System.out.println("hanoi " + moves.size() + " first " + moves.subList(0, 5) + " last " + moves.get(moves.size() - 1));
        Function<String, String>[] rev = new Function[1];
        rev[0] = s -> s.isEmpty() ? "" : rev[0].apply(s.substring(1)) + s.charAt(0);
        System.out.println("recursive reverse " + rev[0].apply("lambda recursion"));

        List<Integer> nums = IntStream.rangeClosed(1, 10).boxed().collect(Collectors.toList());
        System.out.println("reduce identity " + nums.stream().reduce(0, Integer::sum) + " " + nums.stream().reduce(1, (a, b) -> a * b));
        System.out.println("reduce optional " + nums.stream().reduce(Integer::max) + " " + Stream.<Integer>empty().reduce(Integer::max));
        int totalLen = Stream.of("alpha", "beta", "gamma").reduce(0, (acc, s) -> acc + s.length(), Integer::sum);
        System.out.println("reduce 3-arg " + totalLen);
        String folded = Stream.of("x", "y", "z").reduce("", (acc, s) -> acc + "[" + s + "]", String::concat);
        System.out.println("reduce 3-arg string " + folded);
        ArrayList<Integer> collected = nums.stream().collect(ArrayList::new, (l, x) -> { if (x % 2 == 1) l.add(x * x); }, ArrayList::addAll);
        System.out.println("collect 3-arg " + collected);
        StringBuilder sbc = Stream.of("c", "o", "l", "l", "e", "c", "t").collect(StringBuilder::new, StringBuilder::append, StringBuilder::append);
        System.out.println("collect sb " + sbc);
        TreeMap<Character, Integer> freq = "mississippi".chars().mapToObj(c -> (char) c)
                .collect(TreeMap::new, (m, c) -> m.merge(c, 1, Integer::sum), TreeMap::putAll);
        System.out.println("collect map " + freq);

        List<List<Integer>> nested = List.of(List.of(1, 2), List.of(), List.of(3), List.of(4, 5, 6));
        System.out.println("flatMap " + nested.stream().flatMap(List::stream).map(x -> x * 10).collect(Collectors.toList()));
        System.out.println("flatMap words " + Stream.of("a b", "c d e", "f").flatMap(s -> Arrays.stream(s.split(" "))).collect(Collectors.joining("")));
        System.out.println("flatMap pairs " + IntStream.rangeClosed(1, 3).boxed().flatMap(i -> IntStream.rangeClosed(i, 3).mapToObj(j -> i + "" + j)).collect(Collectors.toList()));
        System.out.println("distinct " + Stream.of(5, 1, 5, 2, 1, 3, 2).distinct().collect(Collectors.toList()));
        System.out.println("distinct strings " + Stream.of("b", "a", "b", "c", "a").distinct().sorted(Comparator.reverseOrder()).collect(Collectors.toList()));
        System.out.println("limit/skip " + Stream.iterate(1, x -> x * 3).skip(2).limit(5).collect(Collectors.toList()));
        System.out.println("page 2 " + IntStream.range(0, 23).boxed().skip(10).limit(10).map(String::valueOf).collect(Collectors.joining(",")));
        System.out.println("iterate pred " + Stream.iterate("a", s -> s.length() < 6, s -> s + (char) (s.charAt(s.length() - 1) + 1)).collect(Collectors.toList()));
        System.out.println("collatz 27 steps " + Stream.iterate(27L, n -> n != 1, n -> n % 2 == 0 ? n / 2 : 3 * n + 1).count()
                + " max " + Stream.iterate(27L, n -> n != 1, n -> n % 2 == 0 ? n / 2 : 3 * n + 1).reduce(Long::max).get());
        System.out.println("sorted/limit " + Stream.of(9, 3, 7, 1, 8, 2).sorted().limit(3).collect(Collectors.toList())
                + " " + Stream.of(9, 3, 7, 1, 8, 2).sorted(Comparator.reverseOrder()).skip(1).findFirst().get());
        System.out.println("anyMatch/allMatch/noneMatch " + nums.stream().anyMatch(x -> x > 9) + " " + nums.stream().allMatch(x -> x > 0) + " " + nums.stream().noneMatch(x -> x == 5));
        System.out.println("count " + Stream.of(1, 2, 3).filter(x -> x > 1).count() + " min " + nums.stream().min(Comparator.naturalOrder()).get());
        Optional<String> longestWord = Stream.of("stream", "reduce", "flatMap", "distinct").reduce((a, b) -> a.length() >= b.length() ? a : b);
        System.out.println("longest " + longestWord.get());
        List<Integer> primes = Stream.iterate(2, n -> n + 1).filter(n -> IntStream.rangeClosed(2, (int) Math.sqrt(n)).allMatch(d -> n % d != 0)).limit(15).collect(Collectors.toList());
        System.out.println("primes " + primes);
        Object[] arr = Stream.of(1, "two", 3.0).toArray();
        System.out.println("toArray " + arr.length + " " + arr[1] + " " + Stream.concat(Stream.of("p"), Stream.of("q", "r")).collect(Collectors.joining()));
    }
}
