import java.util.HashMap;
import java.util.Map;

// String.hashCode and String.equals on Latin-1 and UTF-16 strings (rjava runs the StringLatin1 and
// StringUTF16 loops natively): empty strings, bytes above 0x7f, chars above 0xff, surrogates.
public class Main {
    public static void main(String[] args) {
        String[] samples = {
            "", "a", "hello", "Hello, World!", "caf\u00e9", "\u00ff\u00fe\u0080",
            "\u4e2d\u6587", "mixed \u00e9 and \u4e2d", "\ud83d\ude00 smile", "\ud800",
            "java.lang.invoke", "a".repeat(1000), "\u00e9".repeat(333), "\u4e2d".repeat(77),
        };
        for (String s : samples) {
            System.out.println(s.length() + " " + s.hashCode());
        }
        for (String a : samples) {
            StringBuilder row = new StringBuilder();
            for (String b : samples) {
                String copy = new String(b.toCharArray());
                row.append(a.equals(copy) ? '1' : '0');
            }
            System.out.println(row);
        }
        System.out.println("abc".equals("abd") + " " + "abc".equals("ab") + " " + "ab".equals("abc"));
        System.out.println("\u00e9t\u00e9".equals("\u00e9t\u00e8") + " " + "x\u4e2d".equals("x\u4e2d"));
        System.out.println("AaAa".hashCode() == "BBBB".hashCode());
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < 2000; i++) {
            String key = "k" + (i % 37) + (i % 2 == 0 ? "\u00e9" : "\u4e2d");
            counts.merge(key, 1, Integer::sum);
        }
        System.out.println(counts.size() + " " + counts.get("k5\u00e9") + " " + counts.get("k36\u4e2d"));
        int h = 0;
        for (String k : new java.util.TreeSet<>(counts.keySet())) {
            h = 31 * h + k.hashCode();
        }
        System.out.println(h);
    }
}
