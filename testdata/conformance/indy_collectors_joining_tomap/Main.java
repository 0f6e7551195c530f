import java.util.*;
import java.util.function.*;
import java.util.stream.*;

// Collectors.joining (plain, delimiter, prefix/suffix), toMap (duplicate key failure, merge
// function, TreeMap and LinkedHashMap factories), toList/toUnmodifiableList, toSet into TreeSet
// via toCollection, toUnmodifiableMap, summing/averaging/counting, teeing, and Stream.toList.
public class Main {
    public static void main(String[] args) {
        List<String> words = List.of("delta", "alpha", "charlie", "bravo", "echo", "alpha", "delta", "foxtrot");
        System.out.println("joining " + words.stream().collect(Collectors.joining()));
        System.out.println("joining , " + words.stream().collect(Collectors.joining(", ")));
        System.out.println("joining [] " + words.stream().collect(Collectors.joining("|", "[", "]")));
        System.out.println("joining empty " + Stream.<String>empty().collect(Collectors.joining("|", "[", "]")));
        System.out.println("joining mapped " + IntStream.range(0, 6).mapToObj(Integer::toString).collect(Collectors.joining("-", "<", ">")));

        try {
            words.stream().collect(Collectors.toMap(w -> w, String::length));
            System.out.println("no exception");
        } catch (IllegalStateException e) {
            System.out.println("duplicate key: " + e.getMessage());
        }
        Map<String, Integer> counts = words.stream().collect(Collectors.toMap(w -> w, w -> 1, Integer::sum, TreeMap::new));
        System.out.println("toMap merge TreeMap " + counts + " " + counts.getClass().getSimpleName());
        Map<Character, String> byFirst = words.stream().collect(Collectors.toMap(w -> w.charAt(0), w -> w, (a, b) -> a + "/" + b, LinkedHashMap::new));
        System.out.println("toMap LinkedHashMap " + byFirst);
        Map<Integer, String> byLen = words.stream().distinct().collect(Collectors.toMap(String::length, Function.identity(), (a, b) -> a.compareTo(b) <= 0 ? a : b, TreeMap::new));
        System.out.println("toMap by length keep smallest " + byLen);
        Map<String, Integer> lengths = new TreeMap<>(words.stream().distinct().collect(Collectors.toMap(Function.identity(), String::length)));
        System.out.println("toMap plain (sorted copy) " + lengths);
        TreeMap<Integer, List<String>> multi = words.stream().collect(Collectors.toMap(String::length, w -> new ArrayList<>(List.of(w)),
                (a, b) -> { a.addAll(b); return a; }, TreeMap::new));
        System.out.println("toMap list merge " + multi + " first=" + multi.firstKey() + " last=" + multi.lastEntry());
        try {
            Stream.of("a", "b").collect(Collectors.toMap(s -> s, s -> (String) null));
        } catch (NullPointerException e) {
            System.out.println("toMap null value -> NPE");
        }
        Map<String, Integer> um = Stream.of("x", "yy").collect(Collectors.toUnmodifiableMap(s -> s, String::length));
        try {
            um.put("z", 1);
        } catch (UnsupportedOperationException e) {
            System.out.println("unmodifiable map " + new TreeMap<>(um) + " rejects put");
        }

        List<String> list = words.stream().filter(w -> w.length() == 5).collect(Collectors.toList());
        list.add("added");
        System.out.println("toList mutable " + list);
        List<String> ulist = words.stream().map(String::toUpperCase).collect(Collectors.toUnmodifiableList());
        try {
            ulist.add("X");
        } catch (UnsupportedOperationException e) {
            System.out.println("toUnmodifiableList " + ulist + " rejects add");
        }
        List<Integer> streamToList = Stream.of(3, 1, 2).map(i -> i * 100).toList();
        System.out.println("Stream.toList " + streamToList);
        try {
            streamToList.set(0, 1);
        } catch (UnsupportedOperationException e) {
            System.out.println("Stream.toList is unmodifiable");
        }
        TreeSet<String> set = words.stream().collect(Collectors.toCollection(TreeSet::new));
        System.out.println("TreeSet " + set + " first=" + set.first() + " last=" + set.last() + " size=" + set.size());
        TreeSet<String> byLenSet = words.stream().collect(Collectors.toCollection(() -> new TreeSet<>(Comparator.comparing(String::length).thenComparing(Comparator.reverseOrder()))));
        System.out.println("TreeSet comparator " + byLenSet);
        Set<Integer> hashSet = IntStream.range(0, 10).map(i -> i % 4).boxed().collect(Collectors.toSet());
        System.out.println("toSet sorted " + new TreeSet<>(hashSet));
        ArrayDeque<String> dq = words.stream().limit(3).collect(Collectors.toCollection(ArrayDeque::new));
        System.out.println("deque " + dq.peekFirst() + " " + dq.peekLast() + " " + dq);

        System.out.println("counting " + words.stream().collect(Collectors.counting()));
        System.out.println("summingInt " + words.stream().collect(Collectors.summingInt(String::length)));
        System.out.println("summingLong " + words.stream().collect(Collectors.summingLong(w -> (long) w.length() << 32)));
        System.out.println("summingDouble " + words.stream().collect(Collectors.summingDouble(w -> w.length() / 4.0)));
        System.out.println("averagingInt " + words.stream().collect(Collectors.averagingInt(String::length)));
        System.out.println("summarizingInt " + words.stream().collect(Collectors.summarizingInt(String::length)));
        System.out.println("minBy " + words.stream().collect(Collectors.minBy(Comparator.naturalOrder())).get());
        System.out.println("reducing " + words.stream().collect(Collectors.reducing("", (a, b) -> a.isEmpty() ? b : a + b.charAt(0))));
        String teed = words.stream().collect(Collectors.teeing(Collectors.counting(), Collectors.joining(""),
                (n, s) -> n + " words, " + s.length() + " chars"));
        System.out.println("teeing " + teed);
        List<String> rev = words.stream().collect(Collectors.collectingAndThen(Collectors.toList(), l -> { Collections.reverse(l); return l; }));
        System.out.println("collectingAndThen " + rev);
        Map<Boolean, String> pj = words.stream().distinct().collect(Collectors.partitioningBy(w -> w.contains("o"), Collectors.joining(",")));
        System.out.println("partition joining " + pj);
        StringJoiner sj = new StringJoiner(", ", "{", "}");
        sj.setEmptyValue("EMPTY");
        System.out.println("StringJoiner " + sj);
        words.stream().sorted().distinct().forEach(sj::add);
        System.out.println("StringJoiner " + sj + " length " + sj.length());
        System.out.println("String.join " + String.join("/", new TreeSet<>(words)));
    }
}
