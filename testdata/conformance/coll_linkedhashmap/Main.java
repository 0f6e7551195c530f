import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

public class Main {
    static class Lru<K, V> extends LinkedHashMap<K, V> {
        final int cap;
        Lru(int cap) {
            super(16, 0.75f, true);
            this.cap = cap;
        }
        @Override protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
            boolean drop = size() > cap;
            if (drop) System.out.println("  evict " + eldest.getKey());
            return drop;
        }
    }

    public static void main(String[] args) {
        Map<String, Integer> m = new LinkedHashMap<>();
        String[] keys = {"zeta", "alpha", "mu", "beta", "omega", "alpha"};
        for (int i = 0; i < keys.length; i++) m.put(keys[i], i);
        System.out.println(m);
        m.remove("mu");
        m.put("mu", 99);
        System.out.println(m.keySet() + " " + m.values());
        Lru<Integer, String> cache = new Lru<>(3);
        for (int i = 1; i <= 4; i++) cache.put(i, "v" + i);
        cache.get(2);
        cache.put(5, "v5");
        cache.get(4);
        cache.put(6, "v6");
        System.out.println(cache);
        Set<Character> seen = new LinkedHashSet<>();
        for (char c : "mississippi river".toCharArray()) seen.add(c);
        System.out.println(seen);
        LinkedHashMap<Integer, Integer> order = new LinkedHashMap<>();
        for (int i = 10; i > 0; i--) order.put(i * 7 % 11, i);
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<Integer, Integer> e : order.entrySet()) sb.append(e.getKey()).append('=').append(e.getValue()).append(' ');
        System.out.println(sb);
    }
}
