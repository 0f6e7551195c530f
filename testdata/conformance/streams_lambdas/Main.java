import java.util.*;
import java.util.function.*;
import java.util.stream.*;

// Streams and collectors with lambdas and method references: groupingBy, joining, toMap, sorting
// with Comparator.comparing(...).thenComparing(...), Optional, computeIfAbsent, forEach.
public class Main {
    enum Color { RED, GREEN, BLUE }

    public static void main(String[] args) {
        List<String> words = List.of("banana", "apple", "cherry", "avocado", "blueberry", "fig");
        Map<Character, String> byInitial = new TreeMap<>(
                words.stream().collect(Collectors.groupingBy(w -> w.charAt(0), Collectors.joining(","))));
        System.out.println(byInitial);
        System.out.println(IntStream.rangeClosed(1, 10).filter(i -> i % 2 == 0).sum());
        System.out.println(words.stream()
                .sorted(Comparator.comparing(String::length).thenComparing(Comparator.reverseOrder()))
                .collect(Collectors.toList()));
        Optional<String> firstC = words.stream().filter(w -> w.startsWith("c")).findFirst();
        System.out.println(firstC.map(String::toUpperCase).orElse("none"));
        System.out.println(words.stream().filter(w -> w.startsWith("z")).findAny().isPresent());
        Map<String, List<Integer>> parity = new TreeMap<>();
        for (int i = 0; i < 7; i++) {
            parity.computeIfAbsent(i % 2 == 0 ? "even" : "odd", k -> new ArrayList<>()).add(i);
        }
        System.out.println(parity);
        StringBuilder lengths = new StringBuilder();
        words.forEach(w -> lengths.append(w.length()).append(' '));
        System.out.println(lengths.toString().trim());
        Map<String, Integer> sizes = words.stream()
                .collect(Collectors.toMap(Function.identity(), String::length, (a, b) -> a, TreeMap::new));
        System.out.println(sizes);
        System.out.println(Stream.of(Color.values()).map(Color::name).map(String::toLowerCase)
                .collect(Collectors.joining("|", "<", ">")));
        int base = args.length + 10;
        IntUnaryOperator addBase = x -> x + base;
        BiFunction<Integer, Integer, Integer> mul = (a, b) -> a * b;
        Supplier<List<String>> fresh = ArrayList::new;
        List<String> made = fresh.get();
        made.add("x");
        System.out.println(addBase.applyAsInt(5) + " " + mul.apply(6, 7) + " " + made);
        System.out.println(IntStream.range(0, 5).mapToObj(Integer::toString).collect(Collectors.joining("+"))
                + "=" + IntStream.range(0, 5).sum());
        System.out.println(words.stream().mapToInt(String::length).summaryStatistics());
        Function<Integer, Integer> inc = x -> x + 1;
        System.out.println(inc.andThen(x -> x * 2).compose((Integer x) -> x - 3).apply(10));
        Predicate<String> longWord = w -> w.length() > 5;
        System.out.println(words.stream().filter(longWord.negate()).count());
        String s = args.length > 0 ? args[0] : "two";
        int n = switch (s) { case "one" -> 1; case "two" -> 2; default -> 0; };
        String c = switch (Color.GREEN) { case RED -> "r"; case GREEN -> "g"; case BLUE -> "b"; };
        System.out.println(n + c);
    }
}
