import java.util.HashSet;
import java.util.Iterator;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;

public class Main {
    public static void main(String[] args) {
        Set<String> hs = new HashSet<>();
        for (String s : "to be or not to be that is the question".split(" ")) hs.add(s);
        System.out.println(hs + " " + hs.size() + " " + hs.contains("be") + " " + hs.add("be") + " " + hs.remove("or"));
        Set<Integer> nums = new HashSet<>();
        for (int i = 0; i < 50; i += 3) nums.add(i * 1000003);
        System.out.println(nums);
        Set<String> other = new HashSet<>(java.util.List.of("to", "question", "answer"));
        Set<String> inter = new HashSet<>(hs);
        inter.retainAll(other);
        Set<String> union = new HashSet<>(hs);
        union.addAll(other);
        Set<String> diff = new HashSet<>(hs);
        diff.removeAll(other);
        System.out.println(inter + " " + union + " " + diff);
        TreeSet<Integer> ts = new TreeSet<>();
        for (int i = 0; i < 20; i++) ts.add((i * 37) % 23);
        System.out.println(ts + " " + ts.first() + " " + ts.last() + " " + ts.floor(12) + " " + ts.ceiling(12) + " " + ts.lower(0) + " " + ts.higher(22));
        System.out.println(ts.headSet(5) + " " + ts.tailSet(18) + " " + ts.subSet(8, 12) + " " + ts.descendingSet().first());
        NavigableSet<Integer> desc = ts.descendingSet();
        Iterator<Integer> it = desc.iterator();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 5; i++) sb.append(it.next()).append(' ');
        System.out.println(sb + " pollFirst=" + ts.pollFirst() + " pollLast=" + ts.pollLast());
        TreeSet<String> words = new TreeSet<>(hs);
        System.out.println(words + " " + words.headSet("that", true));
        Set<Character> chars = new HashSet<>();
        for (char c : "abracadabra".toCharArray()) chars.add(c);
        System.out.println(chars);
        Set<Double> ds = new HashSet<>();
        ds.add(0.0);
        ds.add(-0.0);
        ds.add(Double.NaN);
        ds.add(Double.NaN);
        System.out.println(ds.size() + " " + ds.contains(-0.0) + " " + new TreeSet<>(ds));
        Set<Long> longs = new HashSet<>();
        for (long l = 1; l < 1L << 40; l *= 9) longs.add(l);
        System.out.println(longs + " " + longs.hashCode());
        System.out.println(hs.equals(new HashSet<>(hs)) + " " + hs.hashCode());
    }
}
