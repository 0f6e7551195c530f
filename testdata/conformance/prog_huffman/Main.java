import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;

public class Main {
    static abstract class Node implements Comparable<Node> {
        final int freq;
        final int order; // tie breaker for deterministic trees
        Node(int freq, int order) { this.freq = freq; this.order = order; }
        public int compareTo(Node o) { return freq != o.freq ? Integer.compare(freq, o.freq) : Integer.compare(order, o.order); }
    }

    static final class Leaf extends Node {
        final char ch;
        Leaf(char ch, int freq, int order) { super(freq, order); this.ch = ch; }
    }

    static final class Internal extends Node {
        final Node left, right;
        Internal(Node l, Node r, int order) { super(l.freq + r.freq, order); left = l; right = r; }
    }

    static void codes(Node n, String prefix, Map<Character, String> out) {
        if (n instanceof Leaf) {
            out.put(((Leaf) n).ch, prefix.isEmpty() ? "0" : prefix);
        } else {
            Internal in = (Internal) n;
            codes(in.left, prefix + '0', out);
            codes(in.right, prefix + '1', out);
        }
    }

    public static void main(String[] args) {
        String text = "this is an example of a huffman tree built deterministically from a short text";
        TreeMap<Character, Integer> freq = new TreeMap<>();
        for (char c : text.toCharArray()) freq.put(c, freq.getOrDefault(c, 0) + 1);
        PriorityQueue<Node> pq = new PriorityQueue<>();
        int order = 0;
        for (Map.Entry<Character, Integer> e : freq.entrySet()) pq.add(new Leaf(e.getKey(), e.getValue(), order++));
        while (pq.size() > 1) {
            Node a = pq.poll(), b = pq.poll();
            pq.add(new Internal(a, b, order++));
        }
        Map<Character, String> table = new TreeMap<>();
        codes(pq.peek(), "", table);
        for (Map.Entry<Character, String> e : table.entrySet()) System.out.println("'" + e.getKey() + "' " + freq.get(e.getKey()) + " " + e.getValue());
        StringBuilder bits = new StringBuilder();
        for (char c : text.toCharArray()) bits.append(table.get(c));
        System.out.println("encoded bits " + bits.length() + " vs " + text.length() * 8);
        StringBuilder decoded = new StringBuilder();
        Node cur = pq.peek();
        for (int i = 0; i < bits.length(); i++) {
            cur = bits.charAt(i) == '0' ? ((Internal) cur).left : ((Internal) cur).right;
            if (cur instanceof Leaf) {
                decoded.append(((Leaf) cur).ch);
                cur = pq.peek();
            }
        }
        System.out.println("roundtrip " + decoded.toString().equals(text));
    }
}
