import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

// Explicit collections (System.gc() and Runtime.getRuntime().gc()) between mutations of live data
// structures: a HashMap of computed strings, arrays of boxed values, a LinkedList, a TreeMap and an
// object graph with cycles. Every structure is checked after each collection; only results are printed.
public class Main {
    static final class GraphNode {
        final int id;
        final List<GraphNode> edges = new ArrayList<>();
        GraphNode parent;      // back edge: cycles
        int[] payload;
        GraphNode(int id) { this.id = id; this.payload = new int[] {id, id * id}; }
    }

    static Map<String, String> map = new HashMap<>();
    static Integer[] ints = new Integer[5000];
    static Long[] longs = new Long[5000];
    static Double[] doubles = new Double[5000];
    static LinkedList<String> list = new LinkedList<>();
    static TreeMap<Integer, int[]> tree = new TreeMap<>();
    static GraphNode[] nodes = new GraphNode[2000];

    static void garbage(int n) {
        Object keep = null;
        for (int i = 0; i < n; i++) {
            Object[] o = new Object[16];
            o[i & 15] = keep;
            keep = (i & 63) == 0 ? null : o;
        }
    }

    static String check(String when) {
        int hash = 0;
        boolean ok = true;
        for (Map.Entry<String, String> e : new TreeMap<>(map).entrySet()) {
            ok &= e.getValue().equals("v" + e.getKey().substring(1));
            hash = hash * 31 + e.getKey().hashCode() + e.getValue().hashCode();
        }
        long boxed = 0;
        for (int i = 0; i < ints.length; i++) {
            boxed += ints[i] + longs[i] + (long) (double) doubles[i];
            ok &= ints[i] == 1000 + i * 7 || ints[i] == -(1000 + i * 7);
        }
        long listSum = 0;
        for (String s : list) listSum += Integer.parseInt(s.substring(4));
        long treeSum = 0;
        for (Map.Entry<Integer, int[]> e : tree.entrySet()) {
            ok &= e.getValue()[0] == e.getKey();
            treeSum += e.getValue()[1];
        }
        long graph = 0;
        int roots = 0;
        for (GraphNode n : nodes) {
            ok &= n.payload[0] == n.id && n.payload[1] == n.id * n.id;
            if (n.parent == null) roots++;
            else ok &= n.parent.edges.contains(n);
            for (GraphNode m : n.edges) graph += m.id;
        }
        return when + ": map " + map.size() + " #" + hash + ", boxed " + boxed + ", list " + list.size() + "/" + listSum
                + ", tree " + tree.size() + "/" + treeSum + ", graph " + roots + "/" + graph + ", consistent " + ok;
    }

    public static void main(String[] args) {
        for (int i = 0; i < 3000; i++) map.put("k" + i, "v" + i);
        for (int i = 0; i < ints.length; i++) {
            ints[i] = 1000 + i * 7; // beyond the Integer cache: distinct objects
            longs[i] = (long) i << 33;
            doubles[i] = i * 1.5;
        }
        for (int i = 0; i < 4000; i++) list.add("item" + i);
        for (int i = 0; i < 3000; i++) tree.put(i * 3, new int[] {i * 3, i});
        for (int i = 0; i < nodes.length; i++) nodes[i] = new GraphNode(i);
        for (int i = 1; i < nodes.length; i++) {
            GraphNode parent = nodes[(i - 1) / 3];
            parent.edges.add(nodes[i]);
            nodes[i].parent = parent;
            nodes[i].edges.add(nodes[(i * 7) % nodes.length]); // cross edges, more cycles
        }
        System.out.println(check("built"));

        System.gc();
        System.out.println(check("after System.gc()"));

        for (int i = 0; i < 3000; i += 2) map.remove("k" + i);
        for (int i = 3000; i < 4000; i++) map.put("k" + i, "v" + i);
        for (int i = 0; i < ints.length; i += 3) ints[i] = -ints[i];
        for (int i = 0; i < 1000; i++) list.removeFirst();
        for (int i = 0; i < 500; i++) list.add(500 * (i % 2), "item" + (10_000 + i));
        garbage(200_000);
        System.gc();
        System.out.println(check("mutated, System.gc()"));

        for (int i = 0; i < 3000; i += 5) tree.remove(i * 3);
        for (int i = 0; i < 500; i++) tree.put(-i - 1, new int[] {-i - 1, 7});
        // Drop a subtree out of the graph (its nodes still live in the array) and re-link it.
        GraphNode cut = nodes[1];
        nodes[0].edges.remove(cut);
        cut.parent = null;
        garbage(100_000);
        Runtime.getRuntime().gc();
        System.out.println(check("subtree cut, Runtime.gc()"));
        nodes[0].edges.add(cut);
        cut.parent = nodes[0];
        for (int i = 0; i < 3; i++) {
            garbage(50_000);
            System.gc();
        }
        System.out.println(check("relinked, three more collections"));

        // Drop everything but the graph and collect once more.
        map.clear();
        list.clear();
        tree.clear();
        System.gc();
        Runtime.getRuntime().gc();
        System.out.println(check("cleared"));
    }
}
