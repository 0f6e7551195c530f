import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

public class Main {
    public static void main(String[] args) {
        Pattern p = Pattern.compile("(\\w+)@(\\w+)\\.(com|org)");
        Matcher m = p.matcher("mail alice@example.com and bob@test.org, not carol@x.net");
        while (m.find()) {
            System.out.println(m.group() + " user=" + m.group(1) + " host=" + m.group(2) + " tld=" + m.group(3) + " at " + m.start() + "-" + m.end());
        }
        System.out.println("2023-01-15".matches("\\d{4}-\\d{2}-\\d{2}") + " " + "abc".matches("a.c") + " " + "abcd".matches("a.c"));
        System.out.println("John Smith".replaceAll("(\\w+) (\\w+)", "$2, $1") + " | " + "a1b22c333".replaceAll("[0-9]+", "#") + " | " + "aaa".replaceFirst("a", "b"));
        Pattern named = Pattern.compile("(?<key>[a-z]+)=(?<val>\\d+)");
        Matcher nm = named.matcher("x=1 yy=22 zzz=333");
        int total = 0;
        while (nm.find()) {
            System.out.print(nm.group("key") + ":" + nm.group("val") + " ");
            total += Integer.parseInt(nm.group("val"));
        }
        System.out.println("total=" + total);
        Pattern ci = Pattern.compile("hello", Pattern.CASE_INSENSITIVE);
        System.out.println(ci.matcher("Say HeLLo!").find() + " " + Pattern.matches("[A-Z][a-z]*", "Word") + " " + Pattern.quote("a.b"));
        Matcher g = Pattern.compile("(a)(b)?").matcher("ac");
        System.out.println(g.lookingAt() + " " + g.groupCount() + " " + g.group(2) + " " + g.start(1));
        StringBuilder sb = new StringBuilder();
        Matcher ap = Pattern.compile("\\d+").matcher("a1b23c456");
        while (ap.find()) ap.appendReplacement(sb, "<" + (Integer.parseInt(ap.group()) * 2) + ">");
        ap.appendTail(sb);
        System.out.println(sb);
        try {
            Pattern.compile("(unclosed");
        } catch (PatternSyntaxException e) {
            System.out.println("syntax: " + e.getDescription() + " at " + e.getIndex());
            System.out.println(e.getMessage());
        }
        System.out.println("a,b;c d".split("[,; ]").length + " " + "x".replaceAll(".*", "Y") + " " + "tom".replaceAll("^|$", "\""));
        Pattern greedy = Pattern.compile("<.+>"), lazy = Pattern.compile("<.+?>");
        String html = "<b>bold</b>";
        Matcher gm = greedy.matcher(html), lm = lazy.matcher(html);
        gm.find();
        lm.find();
        System.out.println(gm.group() + " " + lm.group());
        System.out.println("aaa".matches("(a|aa)+") + " " + "ab12".matches("(?i)[A-Z]+\\d+") + " " + "line1\nline2".matches("(?s).*line2"));
        Matcher multi = Pattern.compile("^\\w+$", Pattern.MULTILINE).matcher("one\ntwo\nthree");
        int lines = 0;
        while (multi.find()) lines++;
        System.out.println("multiline matches " + lines);
        System.out.println("über straße".matches("\\p{L}+ \\p{L}+") + " " + "x1".replaceAll("\\p{Alpha}", "A") + " " + "tab\there".split("\\t")[1]);
    }
}
