import java.util.ArrayList;
import java.util.List;

// String-heavy churn in a 32 MB heap, with no finalizers anywhere: concatenation, String.valueOf,
// StringBuilder building and editing, split/join/replace, and String.intern() of computed strings,
// which must give the very objects of the literals (==) before and after collections.
public class Main {
    static String kept;          // an interned computed string with no literal, kept alive
    static final List<String> survivors = new ArrayList<>();

    static long churnStrings(int rounds, int salt) {
        long h = 0;
        for (int r = 0; r < rounds; r++) {
            String s = salt + ":";
            for (int i = 0; i < 20; i++) s = s + i + ',';             // concatenation
            h = h * 31 + s.hashCode();
            h += String.valueOf(r * 17 + salt).length() + String.valueOf(r * 0.5).hashCode()
                    + String.valueOf((char) ('a' + r % 26)).charAt(0) + String.valueOf(r % 3 == 0).length();

            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 50; i++) sb.append(i).append('-');
            sb.insert(0, "start:").reverse().setLength(sb.length() - 3);
            sb.deleteCharAt(0).replace(0, 2, "XY");
            String built = sb.toString();
            h = h * 31 + built.hashCode();

            String[] parts = s.split(",");
            h += String.join("|", parts).length() + s.replace(',', ';').indexOf(';')
                    + s.toUpperCase().length() + parts.length;
            if (r % 100 == 0) survivors.add(built + "#" + r); // a few long-lived strings along the way
        }
        return h;
    }

    static long bigStrings(int count) {
        long h = 0;
        for (int c = 0; c < count; c++) {
            StringBuilder sb = new StringBuilder(100_000);
            for (int i = 0; i < 10_000; i++) sb.append((char) ('A' + (i + c) % 26)).append(i % 10);
            String big = sb.toString();                  // about 20 000 chars
            String bigger = big + big + big + big + big; // about 100 000 chars
            h += bigger.hashCode() + bigger.lastIndexOf("A0") + bigger.substring(50_000, 50_010).hashCode();
        }
        return h;
    }

    public static void main(String[] args) {
        String hel = "hel";
        String lo = new StringBuilder("ol").reverse().toString();
        String computed = hel + lo;
        System.out.println("computed equals literal: " + computed.equals("hello") + ", same object: " + (computed == "hello"));
        String canon = computed.intern();
        System.out.println("interned is the literal: " + (canon == "hello"));
        kept = ("dyn" + 12345 * hel.length()).intern();

        long h1 = churnStrings(4_000, 1);
        System.gc();
        long h2 = bigStrings(60);
        System.gc();

        String again = (new String(new char[] {'h', 'e', 'l', 'l', 'o'})).intern();
        System.out.println("after collections, interned is the literal: " + (again == "hello") + ", and the earlier one: " + (canon == again));
        // The literal is used (resolved) before anything interns an equal string, so the copy stays a copy.
        String gcWorld = String.valueOf(new char[] {'g', 'c', 'W', 'o', 'r', 'l', 'd'});
        boolean equal = gcWorld.equals("gcWorld");
        System.out.println("valueOf(char[]) equals the literal: " + equal + ", is the literal: " + (gcWorld == "gcWorld")
                + ", its intern is the literal: " + (gcWorld.intern() == "gcWorld"));
        System.out.println("kept interned string still canonical: " + (("dyn" + 37035).intern() == kept));
        System.out.println("concatenated literals are constants: " + (("hel" + "lo") == "hello"));
        final String fhel = "hel";
        System.out.println("final local constant folded: " + ((fhel + "lo") == "hello") + ", non-final: " + ((hel + "lo") == "hello"));

        long h3 = churnStrings(4_000, 2);
        System.gc();
        boolean intact = true;
        for (int i = 0; i < survivors.size(); i++) {
            String s = survivors.get(i);
            String[] halves = s.split("#");
            intact &= halves.length == 2 && halves[0].startsWith("XY") && Integer.parseInt(halves[1]) % 100 == 0;
        }
        System.out.println("checksums " + h1 + " " + h2 + " " + h3);
        System.out.println("survivors " + survivors.size() + " intact " + intact + ", first " + survivors.get(0).substring(0, 20));
        System.out.println("literal still == after churn: " + ("hello" == canon) + ", " + ("dyn37035".equals(kept)));
    }
}
