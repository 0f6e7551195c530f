import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.StringJoiner;

public class Main {
    static void show(String label, String[] parts) {
        StringBuilder sb = new StringBuilder(label).append(" (").append(parts.length).append("):");
        for (String p : parts) sb.append(" [").append(p).append(']');
        System.out.println(sb);
    }

    public static void main(String[] args) {
        show("comma", "a,b,,c,,".split(","));
        show("comma -1", "a,b,,c,,".split(",", -1));
        show("comma 2", "a,b,,c,,".split(",", 2));
        show("spaces", "  lots   of  space ".split("\\s+"));
        show("trimmed", "  lots   of  space ".trim().split(" +"));
        show("chars", "abc".split(""));
        show("dot", "1.2.3".split("\\."));
        show("pipe", "x|y|z".split("\\|"));
        show("regex alt", "one1two22three333four".split("\\d+"));
        show("empty", "".split(","));
        show("only sep", ",,,".split(","));
        show("lookahead", "CamelCaseString".split("(?=[A-Z])"));
        System.out.println(String.join(", ", "a", "b", "c") + " | " + String.join("/", Arrays.asList("x", "y")) + " | " + String.join("-", new ArrayList<String>()));
        List<String> parts = new ArrayList<>();
        parts.add("p");
        parts.add(null);
        parts.add("q");
        System.out.println(String.join("+", parts));
        StringJoiner sj = new StringJoiner(", ", "{", "}");
        sj.setEmptyValue("EMPTY");
        System.out.println(sj);
        sj.add("one").add("two");
        System.out.println(sj + " " + sj.length());
        System.out.println("ab".repeat(3) + "|" + "-".repeat(10) + "|" + "".repeat(5) + "|");
        try {
            "x".repeat(-1);
        } catch (IllegalArgumentException e) {
            System.out.println("repeat: " + e.getMessage());
        }
        String ws = " \t\u2002 mixed whitespace \u2002\t ";
        System.out.println("[" + ws.strip() + "] [" + ws.stripLeading() + "] [" + ws.stripTrailing() + "] [" + ws.trim() + "]");
        System.out.println("[" + "   ".strip() + "] " + "   ".isBlank() + " " + "\u2002".isBlank() + " " + "\u2002".trim().length());
        String multi = "line1\nline2\r\nline3\rline4\n";
        System.out.println(multi.lines().count() + " " + Arrays.toString(multi.split("\\R")));
        System.out.println("  indent\n    more".stripIndent() + "|" + "tab\\there".translateEscapes() + "|" + "x\ny".indent(2).replace('\n', '$'));
        System.out.println("hello".chars().sum() + " " + "hello".chars().count() + " " + "hello".chars().max().getAsInt());
        char[] sorted = "sorting".toCharArray();
        Arrays.sort(sorted);
        System.out.println(new String(sorted));
    }
}
