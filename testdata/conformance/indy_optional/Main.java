import java.util.*;
import java.util.function.*;
import java.util.stream.*;

// Optional with lambdas: map, flatMap, filter, orElse/orElseGet (laziness), orElseThrow with
// and without a supplier, ifPresent, ifPresentOrElse, or, stream, equals/toString, and the
// primitive OptionalInt/OptionalLong/OptionalDouble.
public class Main {
    static int supplierCalls = 0;

    static String expensive() {
        supplierCalls++;
        return "computed";
    }

    static Optional<Integer> parse(String s) {
        try {
            return Optional.of(Integer.parseInt(s));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    static Optional<String> lookup(Map<String, String> m, String k) {
        return Optional.ofNullable(m.get(k));
    }

    public static void main(String[] args) {
        Optional<String> some = Optional.of("value");
        Optional<String> none = Optional.empty();
        System.out.println("toString " + some + " " + none + " " + Optional.of(List.of(1, 2)));
        System.out.println("isPresent " + some.isPresent() + " " + none.isPresent() + " isEmpty " + some.isEmpty() + " " + none.isEmpty());
        System.out.println("map " + some.map(String::toUpperCase) + " " + none.map(String::toUpperCase) + " " + some.map(s -> (String) null));
        System.out.println("map chain " + some.map(String::length).map(n -> n * n).map(Integer::toBinaryString).orElse("?"));
        System.out.println("flatMap " + Optional.of("42").flatMap(Main::parse) + " " + Optional.of("x").flatMap(Main::parse) + " " + Optional.<String>empty().flatMap(Main::parse));
        System.out.println("filter " + some.filter(s -> s.startsWith("v")) + " " + some.filter(s -> s.isEmpty()) + " " + none.filter(s -> true));
        System.out.println("orElse " + some.orElse("other") + " " + none.orElse("other"));
        System.out.println("orElseGet " + some.orElseGet(Main::expensive) + " calls=" + supplierCalls);
        System.out.println("orElseGet " + none.orElseGet(Main::expensive) + " calls=" + supplierCalls);
        System.out.println("orElse eager " + some.orElse(expensive()) + " calls=" + supplierCalls);
        System.out.println("orElseThrow " + some.orElseThrow());
        try {
            none.orElseThrow();
        } catch (NoSuchElementException e) {
            System.out.println("orElseThrow() -> " + e.getMessage());
        }
        try {
            none.orElseThrow(() -> new IllegalArgumentException("custom missing"));
        } catch (IllegalArgumentException e) {
            System.out.println("orElseThrow(supplier) -> " + e.getMessage());
        }
        try {
            none.get();
        } catch (NoSuchElementException e) {
            System.out.println("get -> " + e.getMessage());
        }
        some.ifPresent(v -> System.out.println("ifPresent " + v));
        none.ifPresent(v -> System.out.println("never printed"));
        some.ifPresentOrElse(v -> System.out.println("ifPresentOrElse present " + v), () -> System.out.println("absent"));
        none.ifPresentOrElse(v -> System.out.println("present " + v), () -> System.out.println("ifPresentOrElse absent"));
        System.out.println("or " + some.or(() -> Optional.of("alt")) + " " + none.or(() -> Optional.of("alt")) + " " + none.or(Optional::empty));
        System.out.println("stream " + some.stream().collect(Collectors.toList()) + " " + none.stream().count());
        List<Optional<String>> opts = List.of(Optional.of("a"), Optional.empty(), Optional.of("b"), Optional.empty(), Optional.of("c"));
        System.out.println("flatMap(Optional::stream) " + opts.stream().flatMap(Optional::stream).collect(Collectors.joining("")));
        System.out.println("equals " + some.equals(Optional.of("value")) + " " + none.equals(Optional.empty()) + " " + (Optional.empty() == Optional.empty())
                + " hash " + some.hashCode() + " " + none.hashCode());
        System.out.println("ofNullable " + Optional.ofNullable(null) + " " + Optional.ofNullable("nn"));
        try {
            Optional.of(null);
        } catch (NullPointerException e) {
            System.out.println("of(null) -> NPE");
        }

        Map<String, String> config = new TreeMap<>();
        config.put("port", "8080");
        config.put("host", "localhost");
        config.put("retries", "three");
        for (String key : List.of("port", "host", "retries", "missing")) {
            int v = lookup(config, key).flatMap(Main::parse).filter(n -> n > 0).orElse(-1);
            String s = lookup(config, key).map(x -> key + "=" + x).orElseGet(() -> key + " unset");
            System.out.println("config " + key + " -> " + v + " | " + s);
        }
        Optional<String> longest = Stream.of("ab", "abcd", "abc").max(Comparator.comparingInt(String::length));
        System.out.println("stream max " + longest.get());
        Optional<String> firstZ = Stream.of("ab", "abcd").filter(s -> s.contains("z")).findFirst();
        System.out.println("findFirst none " + firstZ.map(String::length).orElse(0));

        OptionalInt oi = IntStream.of(3, 9, 4).max();
        OptionalInt oiEmpty = IntStream.empty().min();
        System.out.println("OptionalInt " + oi + " " + oiEmpty + " " + oi.getAsInt() + " " + oiEmpty.orElse(-7) + " " + oiEmpty.orElseGet(() -> 99));
        oi.ifPresent(v -> System.out.println("OptionalInt ifPresent " + v));
        oiEmpty.ifPresentOrElse(v -> System.out.println("?"), () -> System.out.println("OptionalInt empty"));
        OptionalLong ol = LongStream.of(1L << 50).findFirst();
        System.out.println("OptionalLong " + ol + " " + ol.getAsLong() + " " + OptionalLong.empty().isPresent() + " " + OptionalLong.of(5).stream().sum());
        OptionalDouble od = DoubleStream.of(1, 2, 4).average();
        System.out.println("OptionalDouble " + od + " " + od.getAsDouble() + " " + OptionalDouble.empty() + " " + OptionalDouble.empty().orElse(Double.NaN));
        try {
            OptionalInt.empty().orElseThrow(() -> new IllegalStateException("no int"));
        } catch (IllegalStateException e) {
            System.out.println("OptionalInt orElseThrow -> " + e.getMessage());
        }
        Function<Optional<Integer>, String> describe = o -> o.map(i -> i % 2 == 0 ? "even " + i : "odd " + i).orElse("nothing");
        for (String s : List.of("10", "7", "zz", "-4")) {
            System.out.println("describe " + s + ": " + describe.apply(parse(s)));
        }
    }
}
