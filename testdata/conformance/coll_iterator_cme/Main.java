import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

public class Main {
    static class Range implements Iterable<Integer> {
        final int lo, hi;
        Range(int lo, int hi) { this.lo = lo; this.hi = hi; }
        public Iterator<Integer> iterator() {
            return new Iterator<Integer>() {
                int cur = lo;
                public boolean hasNext() { return cur < hi; }
                public Integer next() {
                    if (cur >= hi) throw new NoSuchElementException("range exhausted");
                    return cur++;
                }
            };
        }
    }

    public static void main(String[] args) {
        List<Integer> list = new ArrayList<>(List.of(1, 2, 3, 4, 5));
        try {
            for (Integer v : list) {
                if (v == 2) list.remove(v);
            }
        } catch (ConcurrentModificationException e) {
            System.out.println("CME from foreach remove: " + e.getMessage());
        }
        System.out.println(list);
        List<Integer> l2 = new ArrayList<>(List.of(1, 2, 3));
        for (Integer v : l2) {
            if (v == 2) l2.remove(v); // removing the second-to-last element: no CME, loop just ends
        }
        System.out.println("no CME: " + l2);
        Map<String, Integer> m = new HashMap<>();
        m.put("a", 1);
        m.put("b", 2);
        m.put("c", 3);
        try {
            for (String k : m.keySet()) m.put(k + k, 0);
        } catch (ConcurrentModificationException e) {
            System.out.println("CME from map put");
        }
        Iterator<Map.Entry<String, Integer>> it = m.entrySet().iterator();
        while (it.hasNext()) if (it.next().getValue() == 0) it.remove();
        System.out.println(m);
        Iterator<Integer> li = list.iterator();
        try {
            li.remove();
        } catch (IllegalStateException e) {
            System.out.println("remove before next: IllegalStateException");
        }
        int sum = 0;
        for (int v : new Range(3, 8)) sum += v;
        System.out.println("range sum " + sum);
        Iterator<Integer> r = new Range(0, 1).iterator();
        r.next();
        try {
            r.next();
        } catch (NoSuchElementException e) {
            System.out.println(e.getMessage());
        }
        try {
            r.remove();
        } catch (UnsupportedOperationException e) {
            System.out.println("default remove: " + e.getMessage());
        }
        List<String> sub = new ArrayList<>(List.of("x", "y", "z"));
        List<String> view = sub.subList(0, 2);
        sub.add("w");
        try {
            System.out.println(view.size());
        } catch (ConcurrentModificationException e) {
            System.out.println("subList CME");
        }
    }
}
