import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

// Allocates about 2 GB in total in short-lived objects (arrays of several kinds and sizes, small
// objects, linked lists that die) in a 64 MB heap, so the collector has to run many times. A few
// long-lived structures, built at the start and touched throughout, are verified at the end: objects
// that the collector moves must keep their contents and their references.
public class Main {
    static final class Node {
        final int value;
        Node next;
        Node(int value, Node next) { this.value = value; this.next = next; }
    }

    static final class Pair {
        final long a;
        final Object b;
        Pair(long a, Object b) { this.a = a; this.b = b; }
    }

    static long allocated; // bytes requested, approximately (16-byte headers assumed)

    // A short linked list, summed and dropped.
    static long list(int n, int seed) {
        Node head = null;
        for (int i = 0; i < n; i++) {
            head = new Node(seed + i, head);
        }
        allocated += 24L * n;
        long sum = 0;
        for (Node p = head; p != null; p = p.next) {
            sum += p.value;
        }
        return sum;
    }

    // Arrays of several element types, filled, summed and dropped.
    static long arrays(int round) {
        int n = 64 + (round % 200) * 32;            // 64 .. 6432 elements
        byte[] b = new byte[n];
        int[] ia = new int[n];
        long[] la = new long[n / 2];
        double[] da = new double[n / 4];
        char[] ca = new char[n / 8];
        Object[] oa = new Object[n / 16];
        allocated += 16 * 6 + n + 4L * n + 8L * (n / 2) + 8L * (n / 4) + 2L * (n / 8) + 4L * (n / 16);
        // Sparse writes: the point is the allocation, not the filling.
        for (int i = 0; i < n; i += 13) {
            b[i] = (byte) (i * 7 + round);
            ia[i] = i ^ round;
        }
        for (int i = 0; i < la.length; i += 13) la[i] = (long) i * round;
        for (int i = 0; i < da.length; i += 13) da[i] = i * 0.5;
        for (int i = 0; i < ca.length; i += 13) ca[i] = (char) ('a' + i % 26);
        la[la.length - 1] = round;
        da[da.length - 1] = round * 0.25;
        ca[ca.length - 1] = (char) ('A' + round % 26);
        for (int i = 0; i < oa.length; i++) {
            oa[i] = new Pair(i, ia);
            allocated += 24;
        }
        long sum = 0;
        for (int i = 0; i < n; i += 91) sum += b[i] + ia[i];
        sum += la[la.length - 1] + (long) da[da.length - 1] + ca[ca.length - 1];
        if (oa.length > 0) sum += ((Pair) oa[oa.length - 1]).a + ((int[]) ((Pair) oa[0]).b).length;
        return sum;
    }

    // Many small objects that point at each other, then die.
    static long smallObjects(int round) {
        Pair last = null;
        for (int i = 0; i < 500; i++) {
            last = new Pair(round + i, last);
        }
        allocated += 24L * 500;
        long sum = 0;
        int count = 0;
        for (Pair p = last; p != null; p = (Pair) p.b) {
            sum += p.a;
            count++;
        }
        return sum + count;
    }

    public static void main(String[] args) {
        // Long-lived structures: built first, so they are old by the time most garbage dies.
        int[] keep = new int[10_000];
        for (int i = 0; i < keep.length; i++) keep[i] = i * i;
        Node keptList = null;
        for (int i = 0; i < 5_000; i++) keptList = new Node(i, keptList);
        Map<String, Integer> keptMap = new HashMap<>();
        for (int i = 0; i < 2_000; i++) keptMap.put("key" + i, i * 3);
        List<long[]> keptArrays = new ArrayList<>();
        Object[] recent = new Object[64]; // a few survivors that are replaced as we go

        long checksum = 0;
        int round = 0;
        while (allocated < 2_000_000_000L) {
            checksum += arrays(round);
            checksum += list(200 + round % 300, round);
            checksum += smallObjects(round);
            if (round % 1000 == 0) {
                long[] la = new long[1000];
                for (int i = 0; i < la.length; i++) la[i] = (long) round * i;
                keptArrays.add(la);
            }
            recent[round % recent.length] = new Pair(round, new int[] {round, -round});
            allocated += 48;
            checksum = checksum * 31 + round;
            round++;
        }
        System.out.println("rounds " + round);
        System.out.println("checksum " + checksum);

        // Verify the long-lived structures.
        boolean ok = true;
        for (int i = 0; i < keep.length; i++) ok &= keep[i] == i * i;
        System.out.println("int array intact: " + ok);
        ok = true;
        int expect = 4_999;
        int count = 0;
        for (Node p = keptList; p != null; p = p.next) {
            ok &= p.value == expect--;
            count++;
        }
        System.out.println("list intact: " + (ok && count == 5_000));
        ok = keptMap.size() == 2_000;
        for (int i = 0; i < 2_000; i++) ok &= keptMap.get("key" + i) == i * 3;
        System.out.println("map intact: " + ok);
        ok = true;
        for (int k = 0; k < keptArrays.size(); k++) {
            long r = k * 1000L;
            long[] la = keptArrays.get(k);
            for (int i = 0; i < la.length; i++) ok &= la[i] == r * i;
        }
        System.out.println("kept arrays " + keptArrays.size() + " intact: " + ok);
        ok = true;
        for (int i = 0; i < recent.length; i++) {
            Pair p = (Pair) recent[i];
            int[] v = (int[]) p.b;
            ok &= p.a % recent.length == i && v[0] == p.a && v[1] == -p.a && p.a >= round - recent.length;
        }
        System.out.println("recent survivors intact: " + ok);
    }
}
