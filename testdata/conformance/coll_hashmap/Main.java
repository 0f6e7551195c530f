import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public class Main {
    public static void main(String[] args) {
        Map<String, Integer> m = new HashMap<>();
        String[] words = "the quick brown fox jumps over the lazy dog the end fox".split(" ");
        for (String w : words) m.put(w, m.getOrDefault(w, 0) + 1);
        System.out.println(m);
        System.out.println(m.size() + " " + m.get("the") + " " + m.get("cat") + " " + m.containsKey("fox") + " " + m.containsValue(3));
        System.out.println(m.remove("the") + " " + m.remove("nothing") + " " + m.putIfAbsent("new", 9) + " " + m.putIfAbsent("new", 10));
        System.out.println(m.keySet());
        System.out.println(m.values());
        int total = 0;
        for (Map.Entry<String, Integer> e : m.entrySet()) {
            total += e.getValue();
            if (e.getKey().equals("fox")) e.setValue(42);
        }
        System.out.println(total + " " + m.get("fox"));
        m.put(null, -1);
        System.out.println(m.get(null) + " " + m.containsKey(null));
        Map<Integer, String> ints = new HashMap<>();
        for (int i = -5; i < 40; i += 3) ints.put(i * 37, "v" + i);
        System.out.println(ints);
        Map<String, List<Integer>> groups = new HashMap<>();
        for (int i = 0; i < 20; i++) {
            String key = i % 3 == 0 ? "fizz" : i % 5 == 0 ? "buzz" : "other";
            List<Integer> l = groups.get(key);
            if (l == null) {
                l = new ArrayList<>();
                groups.put(key, l);
            }
            l.add(i);
        }
        System.out.println(groups);
        Map<String, Integer> big = new HashMap<>();
        for (int i = 0; i < 5000; i++) big.put("key" + i, i);
        long sum = 0;
        for (int v : big.values()) sum += v;
        System.out.println(big.size() + " " + sum + " " + big.get("key4321"));
        StringBuilder first = new StringBuilder();
        int n = 0;
        for (String k : big.keySet()) {
            if (n++ >= 10) break;
            first.append(k).append(' ');
        }
        System.out.println(first);
        Map<String, Integer> copy = new HashMap<>(m);
        System.out.println(copy.equals(m) + " " + copy.hashCode() + " " + (copy.hashCode() == m.hashCode()));
        m.clear();
        System.out.println(m + " " + m.isEmpty());
        Map<Character, Integer> chars = new HashMap<>();
        for (char c : "hello world".toCharArray()) chars.merge(c, 1, new java.util.function.BiFunction<Integer, Integer, Integer>() {
            public Integer apply(Integer a, Integer b) { return a + b; }
        });
        System.out.println(chars);
        Map<Long, Double> ld = new HashMap<>();
        ld.put(1L << 33, 1.5);
        ld.put(-1L, 2.5);
        ld.put(7L, 3.5);
        System.out.println(ld);
    }
}
