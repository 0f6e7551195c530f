import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

public class Main {
    static final class Key implements Comparable<Key> {
        final int id;
        Key(int id) { this.id = id; }
        @Override public int hashCode() { return id % 4; } // heavy collisions -> treeified bins
        @Override public boolean equals(Object o) { return o instanceof Key && ((Key) o).id == id; }
        @Override public int compareTo(Key o) { return Integer.compare(id, o.id); }
        @Override public String toString() { return "K" + id; }
    }

    static String gen(int n) {
        // strings of Aa/BB blocks all share one hashCode
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 4; i++) sb.append(((n >> i) & 1) == 0 ? "Aa" : "BB");
        return sb.toString();
    }

    public static void main(String[] args) {
        Map<Key, Integer> m = new HashMap<>();
        for (int i = 0; i < 200; i++) m.put(new Key(i), i * i);
        System.out.println(m.size() + " " + m.get(new Key(150)) + " " + m.get(new Key(500)));
        for (int i = 0; i < 200; i += 2) m.remove(new Key(i));
        System.out.println(m.size() + " " + m.containsKey(new Key(3)) + " " + m.containsKey(new Key(4)));
        StringBuilder sb = new StringBuilder();
        int n = 0;
        for (Key k : m.keySet()) {
            if (n++ < 20) sb.append(k).append(' ');
        }
        System.out.println(sb);
        Set<String> same = new HashSet<>();
        for (int i = 0; i < 16; i++) same.add(gen(i));
        System.out.println(same.size() + " " + gen(0).hashCode() + " " + gen(15).hashCode());
        System.out.println(same);
        Map<String, Integer> strMap = new HashMap<>();
        for (int i = 0; i < 16; i++) strMap.put(gen(i), i);
        int sum = 0;
        for (int i = 0; i < 16; i++) sum += strMap.get(gen(i));
        System.out.println("sum " + sum);
    }
}
