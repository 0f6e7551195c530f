import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

public class Main {
    public static void main(String[] args) {
        List<Integer> l = new ArrayList<>();
        for (int i = 1; i <= 10; i++) l.add(i);
        Collections.shuffle(l, new Random(42));
        System.out.println("shuffled " + l);
        Collections.sort(l);
        System.out.println("sorted " + l);
        Collections.reverse(l);
        System.out.println("reversed " + l);
        Collections.swap(l, 0, 9);
        Collections.rotate(l, 3);
        System.out.println("swapped+rotated " + l);
        System.out.println(Collections.max(l) + " " + Collections.min(l) + " " + Collections.frequency(Arrays.asList(1, 2, 1, 1), 1));
        Collections.sort(l);
        System.out.println(Collections.binarySearch(l, 7) + " " + Collections.binarySearch(l, 11));
        List<Integer> ro = Collections.unmodifiableList(l);
        try {
            ro.add(1);
        } catch (UnsupportedOperationException e) {
            System.out.println("unmodifiable add: " + e + " msg=" + e.getMessage());
        }
        try {
            ro.set(0, 1);
        } catch (UnsupportedOperationException e) {
            System.out.println("unmodifiable set");
        }
        l.set(0, 100);
        System.out.println("view sees change: " + ro.get(0));
        try {
            List.of(1, 2).add(3);
        } catch (UnsupportedOperationException e) {
            System.out.println("List.of add: " + e.getMessage());
        }
        try {
            List.of(1, null);
        } catch (NullPointerException e) {
            System.out.println("List.of null: NPE");
        }
        System.out.println(Collections.nCopies(3, "ab") + " " + Collections.emptyList() + " " + Collections.singletonList(7) + " " + Collections.emptyMap());
        Map<String, Integer> single = Collections.singletonMap("k", 1);
        System.out.println(single + " " + List.of(3, 1, 2) + " " + List.copyOf(l).size());
        List<String> names = new ArrayList<>(List.of("bob", "Alice", "carol", "Dave"));
        Collections.sort(names, Collections.reverseOrder(String.CASE_INSENSITIVE_ORDER));
        System.out.println(names);
        Random r = new Random(12345);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 5; i++) sb.append(r.nextInt(100)).append(' ');
        sb.append(r.nextLong()).append(' ').append(r.nextDouble()).append(' ').append(r.nextBoolean()).append(' ').append(r.nextInt()).append(' ').append(r.nextFloat()).append(' ').append(r.nextGaussian());
        System.out.println(sb);
        List<Integer> fill = new ArrayList<>(Collections.nCopies(4, 0));
        Collections.fill(fill, 9);
        List<Integer> dst = new ArrayList<>(List.of(1, 2, 3, 4, 5));
        Collections.copy(dst, fill);
        System.out.println(fill + " " + dst + " " + Collections.disjoint(List.of(1, 2), List.of(3)) + " " + Collections.indexOfSubList(dst, List.of(9, 5)));
        List<Integer> syn = Collections.synchronizedList(new ArrayList<Integer>());
        syn.add(1);
        System.out.println(syn + " " + Collections.unmodifiableMap(single).get("k"));
    }
}
