import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

public class Main {
    static final String TEXT = "It was the best of times, it was the worst of times, it was the age of wisdom, "
            + "it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity, "
            + "it was the season of Light, it was the season of Darkness, it was the spring of hope, "
            + "it was the winter of despair, we had everything before us, we had nothing before us, "
            + "we were all going direct to Heaven, we were all going direct the other way - in short, "
            + "the period was so far like the present period, that some of its noisiest authorities "
            + "insisted on its being received, for good or for evil, in the superlative degree of comparison only.";

    public static void main(String[] args) {
        Map<String, Integer> counts = new HashMap<>();
        int total = 0;
        for (String raw : TEXT.split("[^A-Za-z]+")) {
            if (raw.isEmpty()) continue;
            String w = raw.toLowerCase();
            counts.put(w, counts.getOrDefault(w, 0) + 1);
            total++;
        }
        System.out.println("words " + total + ", distinct " + counts.size());
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
        Collections.sort(entries, new Comparator<Map.Entry<String, Integer>>() {
            public int compare(Map.Entry<String, Integer> a, Map.Entry<String, Integer> b) {
                int c = b.getValue().compareTo(a.getValue());
                return c != 0 ? c : a.getKey().compareTo(b.getKey());
            }
        });
        for (int i = 0; i < 10; i++) System.out.printf("%2d. %-8s %3d%n", i + 1, entries.get(i).getKey(), entries.get(i).getValue());
        TreeMap<Integer, List<String>> byLength = new TreeMap<>();
        for (String w : counts.keySet()) {
            List<String> l = byLength.get(w.length());
            if (l == null) byLength.put(w.length(), l = new ArrayList<>());
            l.add(w);
        }
        for (Map.Entry<Integer, List<String>> e : byLength.entrySet()) {
            Collections.sort(e.getValue());
            System.out.println(e.getKey() + ": " + e.getValue());
        }
        int[] letters = new int[26];
        for (char c : TEXT.toLowerCase().toCharArray()) if (c >= 'a' && c <= 'z') letters[c - 'a']++;
        StringBuilder hist = new StringBuilder();
        for (int i = 0; i < 26; i++) if (letters[i] > 20) hist.append((char) ('a' + i)).append('=').append(letters[i]).append(' ');
        System.out.println(hist.toString().trim());
        String longest = "";
        for (String w : counts.keySet()) if (w.length() > longest.length() || (w.length() == longest.length() && w.compareTo(longest) < 0)) longest = w;
        System.out.println("longest " + longest + ", sentences " + TEXT.split("[.!?]").length);
    }
}
