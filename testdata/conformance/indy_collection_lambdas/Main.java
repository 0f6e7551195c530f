import java.util.*;
import java.util.function.*;

// Collection default methods taking lambdas: Iterable.forEach, Map.forEach, Collection.removeIf,
// List.replaceAll, List.sort, Map.replaceAll, merge (including removal on null), compute,
// computeIfAbsent, computeIfPresent, getOrDefault, putIfAbsent, Iterator.forEachRemaining,
// Spliterator.tryAdvance, on TreeMap/LinkedHashMap/ArrayList/ArrayDeque for deterministic order.
public class Main {
    public static void main(String[] args) {
        List<Integer> nums = new ArrayList<>();
        for (int i = 1; i <= 12; i++) nums.add(i);
        StringBuilder sb = new StringBuilder();
        nums.forEach(n -> sb.append(n).append(' '));
        System.out.println("forEach " + sb.toString().trim());
        boolean removed = nums.removeIf(n -> n % 3 == 0);
        System.out.println("removeIf " + removed + " " + nums + " again " + nums.removeIf(n -> n > 100));
        nums.replaceAll(n -> n * n);
        System.out.println("replaceAll " + nums);
        nums.sort((a, b) -> Integer.compare(b % 10, a % 10));
        System.out.println("sort by last digit desc " + nums);
        nums.sort(null);
        System.out.println("sort null " + nums);

        List<String> words = new LinkedList<>(List.of("kiwi", "Apple", "date", "Banana", "cherry"));
        words.replaceAll(String::toLowerCase);
        words.removeIf(w -> w.startsWith("d"));
        System.out.println("linked " + words);
        ArrayDeque<String> dq = new ArrayDeque<>(words);
        dq.removeIf(w -> w.length() > 5);
        dq.forEach(w -> System.out.println("deque item " + w));

        Map<String, Integer> tm = new TreeMap<>();
        String text = "the quick brown fox jumps over the lazy dog the end fox";
        for (String w : text.split(" ")) {
            tm.merge(w, 1, Integer::sum);
        }
        System.out.println("merge counts " + tm);
        tm.forEach((k, v) -> {
            if (v > 1) System.out.println("repeated " + k + " x" + v);
        });
        tm.merge("the", 0, (old, one) -> null);  // null result removes the key
        System.out.println("merge removed the: " + tm.containsKey("the") + " size " + tm.size());
        tm.replaceAll((k, v) -> k.length() * 100 + v);
        System.out.println("replaceAll map " + tm);
        tm.compute("fox", (k, v) -> v == null ? -1 : v + 1);
        tm.compute("cat", (k, v) -> v == null ? -1 : v + 1);
        tm.compute("dog", (k, v) -> null);  // removes
        System.out.println("compute " + tm.get("fox") + " " + tm.get("cat") + " dog present " + tm.containsKey("dog"));
        tm.computeIfPresent("cat", (k, v) -> v * 10);
        tm.computeIfPresent("zebra", (k, v) -> 1);
        tm.computeIfPresent("end", (k, v) -> null);
        System.out.println("computeIfPresent " + tm);
        System.out.println("getOrDefault " + tm.getOrDefault("quick", 0) + " " + tm.getOrDefault("slow", 0) + " putIfAbsent " + tm.putIfAbsent("quick", 1) + " " + tm.putIfAbsent("slow", 7) + " " + tm.get("slow"));

        Map<Integer, List<String>> byLen = new TreeMap<>();
        for (String w : text.split(" ")) {
            byLen.computeIfAbsent(w.length(), k -> new ArrayList<>()).add(w);
        }
        System.out.println("computeIfAbsent " + byLen);
        int[] calls = {0};
        Map<String, String> cache = new LinkedHashMap<>();
        for (String k : List.of("b", "a", "b", "c", "a", "b")) {
            cache.computeIfAbsent(k, key -> { calls[0]++; return key.toUpperCase() + calls[0]; });
        }
        System.out.println("cache " + cache + " calls " + calls[0]);
        System.out.println("computeIfAbsent null " + cache.computeIfAbsent("z", k -> null) + " " + cache.containsKey("z"));

        Map<String, List<Integer>> multi = new LinkedHashMap<>();
        int[][] pairs = {{1, 5}, {2, 3}, {1, 7}, {3, 1}, {2, 9}};
        for (int[] p : pairs) {
            multi.merge("k" + p[0], new ArrayList<>(List.of(p[1])), (a, b) -> { a.addAll(b); return a; });
        }
        System.out.println("multi " + multi);
        multi.entrySet().removeIf(e -> e.getValue().size() < 2);
        System.out.println("entrySet removeIf " + multi);
        multi.values().forEach(l -> l.replaceAll(x -> -x));
        System.out.println("values replaceAll " + multi);
        Map<String, Integer> lhm = new LinkedHashMap<>();
        lhm.put("z", 26);
        lhm.put("a", 1);
        lhm.put("m", 13);
        lhm.keySet().removeIf(k -> k.equals("a"));
        lhm.forEach((k, v) -> System.out.println("lhm " + k + "=" + v));
        TreeMap<String, Integer> sortedByKey = new TreeMap<>(Comparator.reverseOrder());
        sortedByKey.putAll(lhm);
        sortedByKey.put("q", 17);
        System.out.println("reverse treemap " + sortedByKey + " descending " + sortedByKey.descendingMap());

        Iterator<Integer> it = List.of(10, 20, 30, 40).iterator();
        it.next();
        it.forEachRemaining(x -> System.out.println("remaining " + x));
        Spliterator<String> sp = List.of("s1", "s2", "s3").spliterator();
        while (sp.tryAdvance(s -> System.out.println("tryAdvance " + s))) { }
        PriorityQueue<Integer> pq = new PriorityQueue<>(Comparator.reverseOrder());
        pq.addAll(List.of(4, 1, 9, 7));
        pq.removeIf(x -> x == 7);
        List<Integer> drained = new ArrayList<>();
        while (!pq.isEmpty()) drained.add(pq.poll());
        System.out.println("pq " + drained);
        TreeSet<String> ts = new TreeSet<>(List.of("alpha", "beta", "gamma", "delta"));
        ts.removeIf(s -> s.contains("e"));
        System.out.println("treeset removeIf " + ts);
        List<StringBuilder> builders = List.of(new StringBuilder("a"), new StringBuilder("b"));
        builders.forEach(b -> b.append("!"));
        System.out.println("mutating forEach " + builders);
        try {
            List.of(1, 2, 3).removeIf(x -> x == 2);
        } catch (UnsupportedOperationException e) {
            System.out.println("immutable removeIf -> UnsupportedOperationException");
        }
        try {
            List<Integer> l = new ArrayList<>(List.of(1, 2, 3));
            l.forEach(x -> { if (x == 2) l.add(99); });
        } catch (ConcurrentModificationException e) {
            System.out.println("forEach modification -> ConcurrentModificationException");
        }
        try {
            Map<String, Integer> m = new HashMap<>();
            m.computeIfAbsent("a", k -> { m.put("b", 2); return 1; });
            System.out.println("no CME");
        } catch (ConcurrentModificationException e) {
            System.out.println("computeIfAbsent modification -> ConcurrentModificationException");
        }
    }
}
