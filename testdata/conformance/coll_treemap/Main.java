import java.util.Comparator;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

public class Main {
    public static void main(String[] args) {
        TreeMap<Integer, String> t = new TreeMap<>();
        int[] keys = {50, 20, 80, 10, 30, 70, 90, 25, 35, 65};
        for (int k : keys) t.put(k, "v" + k);
        System.out.println(t);
        System.out.println(t.firstKey() + " " + t.lastKey() + " " + t.floorKey(33) + " " + t.ceilingKey(33) + " " + t.lowerKey(30) + " " + t.higherKey(30)
                + " " + t.floorKey(5) + " " + t.ceilingKey(95));
        System.out.println(t.headMap(30) + " " + t.headMap(30, true));
        System.out.println(t.tailMap(70) + " " + t.tailMap(70, false));
        System.out.println(t.subMap(25, 70) + " " + t.subMap(25, false, 70, true));
        System.out.println(t.descendingMap());
        System.out.println(t.firstEntry() + " " + t.lastEntry() + " " + t.floorEntry(66) + " " + t.higherEntry(90));
        Map.Entry<Integer, String> polled = t.pollFirstEntry();
        System.out.println(polled.getKey() + "=" + polled.getValue() + " " + t.pollLastEntry() + " " + t.size());
        NavigableMap<Integer, String> head = t.headMap(50, true);
        head.remove(20);
        System.out.println(head + " " + t.containsKey(20) + " " + t.navigableKeySet() + " " + t.descendingKeySet());
        try {
            head.put(60, "x");
        } catch (IllegalArgumentException e) {
            System.out.println("out of range: " + e.getMessage());
        }
        TreeMap<String, Integer> byLen = new TreeMap<>(new Comparator<String>() {
            public int compare(String a, String b) {
                int c = Integer.compare(a.length(), b.length());
                return c != 0 ? c : a.compareTo(b);
            }
        });
        for (String s : "a list of words in some order with duplicates words list".split(" ")) {
            Integer old = byLen.get(s);
            byLen.put(s, old == null ? 1 : old + 1);
        }
        System.out.println(byLen);
        TreeMap<String, Integer> ci = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        ci.put("Apple", 1);
        ci.put("apple", 2);
        ci.put("BANANA", 3);
        System.out.println(ci + " " + ci.get("APPLE"));
        try {
            new TreeMap<Object, Integer>().put(null, 1);
        } catch (NullPointerException e) {
            System.out.println("TreeMap null key: NPE");
        }
        TreeMap<Integer, Integer> big = new TreeMap<>();
        for (int i = 0; i < 10000; i++) big.put((i * 7919) % 10007, i);
        System.out.println(big.size() + " " + big.firstKey() + " " + big.lastKey() + " " + big.get(5000) + " " + big.floorKey(-1));
    }
}
