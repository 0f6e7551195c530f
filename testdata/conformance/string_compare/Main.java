import java.util.Arrays;
import java.util.Comparator;

public class Main {
    public static void main(String[] args) {
        String[] words = {"banana", "Apple", "apple", "cherry", "Banana", "", "a", "ab", "B", "\u00e9clair", "zebra", "Zebra", "10", "9", "_x"};
        for (String a : new String[] {"apple", "Apple", "", "b", "\u00e9"}) {
            StringBuilder sb = new StringBuilder(a + ":");
            for (String b : words) sb.append(' ').append(Integer.signum(a.compareTo(b)) * Math.min(Math.abs(a.compareTo(b)), 99));
            System.out.println(sb);
        }
        String[] sorted = words.clone();
        Arrays.sort(sorted);
        System.out.println(Arrays.toString(sorted));
        Arrays.sort(sorted, String.CASE_INSENSITIVE_ORDER);
        System.out.println(Arrays.toString(sorted));
        Arrays.sort(sorted, Comparator.reverseOrder());
        System.out.println(Arrays.toString(sorted));
        System.out.println("Hello".compareToIgnoreCase("hello") + " " + "a".compareToIgnoreCase("B") + " " + "abc".compareTo("abcd") + " " + "abcd".compareTo("abc"));
        System.out.println("hello".regionMatches(true, 1, "XELLX", 1, 3) + " " + "hello".regionMatches(1, "XELLX", 1, 3));
        int h = 0;
        for (String w : words) h = 31 * h + w.hashCode();
        System.out.println("combined hash " + h);
        for (String w : new String[] {"", "a", "polygenelubricants", "Aa", "BB", "\u00e9", "\uD83D\uDE00"}) System.out.print(w.hashCode() + " ");
        System.out.println();
        System.out.println("abc".contentEquals("abc") + " " + "a".equals("A") + " " + "ß".equalsIgnoreCase("SS"));
    }
}
