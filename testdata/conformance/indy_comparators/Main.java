import java.util.*;
import java.util.function.*;
import java.util.stream.*;

// Sorting with Comparator combinators: comparing (with and without a key comparator),
// comparingInt/Long/Double, thenComparing (key, comparator, int), reversed, nullsFirst/nullsLast,
// naturalOrder/reverseOrder, Map.Entry.comparingByKey/Value, and lambdas as comparators.
public class Main {
    static final class Emp {
        final String name; final String dept; final int level; final long id; final double score;
        Emp(String name, String dept, int level, long id, double score) {
            this.name = name; this.dept = dept; this.level = level; this.id = id; this.score = score;
        }
        String getName() { return name; }
        String getDept() { return dept; }
        int getLevel() { return level; }
        long getId() { return id; }
        double getScore() { return score; }
        @Override public String toString() { return name + "/" + dept + "/" + level; }
    }

    static <T> void show(String label, List<T> list, Comparator<? super T> c) {
        List<T> copy = new ArrayList<>(list);
        copy.sort(c);
        System.out.println(label + " " + copy);
    }

    public static void main(String[] args) {
        List<Emp> emps = List.of(
                new Emp("zoe", "ops", 2, 105L, 7.5),
                new Emp("adam", "dev", 3, 101L, 9.0),
                new Emp("mia", "dev", 1, 110L, 6.25),
                new Emp("bob", "ops", 3, 99L, 9.0),
                new Emp("eve", "sec", 2, 120L, 8.0),
                new Emp("carl", "dev", 3, 100L, 5.5),
                new Emp("ann", "sec", 1, 130L, 8.0));

        show("byName", emps, Comparator.comparing(Emp::getName));
        show("byNameDesc", emps, Comparator.comparing(Emp::getName).reversed());
        show("byNameRevKey", emps, Comparator.comparing(Emp::getName, Comparator.reverseOrder()));
        show("byDeptThenName", emps, Comparator.comparing(Emp::getDept).thenComparing(Emp::getName));
        show("byDeptThenLevelDesc", emps, Comparator.comparing(Emp::getDept).thenComparing(Emp::getLevel, Comparator.reverseOrder()));
        show("byLevel", emps, Comparator.comparingInt(Emp::getLevel));
        show("byLevelThenId", emps, Comparator.comparingInt(Emp::getLevel).thenComparingLong(Emp::getId));
        show("byScoreDescThenName", emps, Comparator.comparingDouble(Emp::getScore).reversed().thenComparing(Emp::getName));
        show("byId", emps, Comparator.comparingLong(Emp::getId));
        show("byNameLength", emps, Comparator.comparingInt((Emp e) -> e.getName().length()).thenComparing(Emp::getName, String.CASE_INSENSITIVE_ORDER));
        show("lambda", emps, (a, b) -> a.level != b.level ? b.level - a.level : a.name.compareTo(b.name));
        show("reversedTwice", emps, Comparator.comparing(Emp::getName).reversed().reversed());
        show("thenComparingInt", emps, Comparator.comparing(Emp::getDept).thenComparingInt(Emp::getLevel).thenComparing(Comparator.comparing(Emp::getName).reversed()));
        show("thenComparingDouble", emps, Comparator.comparing(Emp::getDept).reversed().thenComparingDouble(Emp::getScore));

        List<String> withNulls = Arrays.asList("pear", null, "Apple", "fig", null, "banana");
        show("nullsFirst", withNulls, Comparator.nullsFirst(Comparator.naturalOrder()));
        show("nullsLast", withNulls, Comparator.nullsLast(Comparator.naturalOrder()));
        show("nullsFirst reversed", withNulls, Comparator.nullsFirst(Comparator.<String>naturalOrder()).reversed());
        show("nullsLast caseInsensitive", withNulls, Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER));
        show("nullsFirst byLength", withNulls, Comparator.nullsFirst(Comparator.comparingInt(String::length)));
        try {
            show("natural with nulls", withNulls, Comparator.naturalOrder());
        } catch (NullPointerException e) {
            System.out.println("natural with nulls -> NPE");
        }
        List<Emp> nullDepts = new ArrayList<>(emps);
        nullDepts.add(new Emp("nil", null, 0, 1L, 0));
        show("nullsFirst key", nullDepts, Comparator.comparing(Emp::getDept, Comparator.nullsFirst(Comparator.naturalOrder())).thenComparing(Emp::getName));

        List<Integer> nums = List.of(5, -3, 12, 0, 7, -3, 42);
        show("natural", nums, Comparator.naturalOrder());
        show("reverse", nums, Comparator.reverseOrder());
        show("abs", nums, Comparator.comparingInt(Math::abs));
        show("abs desc then value", nums, Comparator.comparing((Integer i) -> Math.abs(i), Comparator.<Integer>reverseOrder()).thenComparing(Comparator.naturalOrder()));
        show("Integer::compare", nums, Integer::compare);
        show("collections reverse", nums, Collections.reverseOrder(Comparator.comparingInt(i -> i % 5)));

        Map<String, Integer> stock = new HashMap<>();
        stock.put("apples", 30);
        stock.put("pears", 5);
        stock.put("kiwis", 30);
        stock.put("plums", 12);
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(stock.entrySet());
        show("entry byKey", entries, Map.Entry.comparingByKey());
        show("entry byValue then key", entries, Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()));
        show("entry byValue desc", entries, Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()));

        System.out.println("max " + emps.stream().max(Comparator.comparingDouble(Emp::getScore).thenComparing(Emp::getName)).get());
        System.out.println("min " + Collections.min(emps, Comparator.comparing(Emp::getName)));
        System.out.println("sorted stream " + emps.stream().sorted(Comparator.comparing(Emp::getDept).thenComparing(Emp::getId, Comparator.reverseOrder()))
                .map(Emp::getName).collect(Collectors.joining(",")));
        String[] arr = {"ccc", "a", "bb", "dddd", "ee"};
        Arrays.sort(arr, Comparator.comparingInt(String::length).reversed());
        System.out.println("array " + Arrays.toString(arr));
        Arrays.sort(arr, 1, 4, Comparator.naturalOrder());
        System.out.println("array range " + Arrays.toString(arr));
        Comparator<Emp> c = Comparator.comparing(Emp::getDept);
        System.out.println("compare values " + c.compare(emps.get(0), emps.get(1)) + " " + c.reversed().compare(emps.get(0), emps.get(1)) + " "
                + Comparator.comparingInt(Emp::getLevel).compare(emps.get(1), emps.get(3)));
        PriorityQueue<Emp> pq = new PriorityQueue<>(Comparator.comparingInt(Emp::getLevel).reversed().thenComparing(Emp::getName));
        pq.addAll(emps);
        StringBuilder order = new StringBuilder();
        while (!pq.isEmpty()) order.append(pq.poll().getName()).append(' ');
        System.out.println("pq " + order.toString().trim());
        TreeMap<String, Integer> tm = new TreeMap<>(Comparator.comparing(String::length).thenComparing(Function.identity()));
        for (String s : List.of("xx", "a", "ccc", "b", "yy")) tm.put(s, s.length());
        System.out.println("treemap comparator " + tm);
    }
}
