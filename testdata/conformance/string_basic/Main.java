public class Main {
    public static void main(String[] args) {
        String s = "Hello, World";
        System.out.println(s.length() + " " + s.charAt(4) + " " + s.indexOf('o') + " " + s.lastIndexOf('o') + " " + s.indexOf("World")
                + " " + s.indexOf('o', 5) + " " + s.indexOf("xyz") + " " + s.lastIndexOf("l", 5));
        System.out.println(s.substring(7) + "|" + s.substring(0, 5) + "|" + s.substring(12) + "|" + s.subSequence(1, 3));
        System.out.println(s.toUpperCase() + " " + s.toLowerCase() + " " + s.replace('l', 'L') + " " + s.replace("World", "There"));
        System.out.println(s.contains("lo, W") + " " + s.startsWith("Hell") + " " + s.endsWith("ld") + " " + s.startsWith("World", 7));
        System.out.println("  padded \t\n".trim() + "|" + "".isEmpty() + " " + " ".isEmpty() + " " + " \t".isBlank());
        System.out.println(s.equals("Hello, World") + " " + s.equalsIgnoreCase("hello, world") + " " + s.equals(null) + " " + "a".equals(new StringBuilder("a")));
        System.out.println(s.concat("!") + " " + String.valueOf(3.5) + String.valueOf(true) + String.valueOf('c') + String.valueOf(7L));
        System.out.println("a-b-c".replaceAll("-", "+") + " " + "aaa".replace("aa", "b") + " " + "x".repeat(5) + "|" + "ab".repeat(0) + "|");
        System.out.println(String.valueOf((Object) null) + " " + "null".equals(String.valueOf((Object) null)));
        String text = """
            Text block line 1
              indented "quotes"
            tail\
             joined
            """;
        System.out.print(text);
        char[] chars = s.toCharArray();
        int upper = 0;
        for (char c : chars) if (Character.isUpperCase(c)) upper++;
        System.out.println("upper " + upper);
        System.out.println("Mississippi".indexOf("ss", 3) + " " + "Mississippi".lastIndexOf("ss") + " " + "Mississippi".chars().count());
        String a = "hello";
        String b = "hel" + "lo";
        String c = new String("hello");
        String d = c.intern();
        String part = "hel";
        String e = part + "lo";
        System.out.println((a == b) + " " + (a == c) + " " + (a == d) + " " + (a == e) + " " + (a == e.intern()) + " " + a.equals(c));
        System.out.println("abc".compareTo("abd") + " " + "b".compareTo("a") + " " + "apple".compareTo("app") + " " + "A".compareTo("a"));
        System.out.println("%d items".formatted(3) + " " + "tEsT".toLowerCase().toUpperCase() + " " + "a,b,,c,".split(",").length);
        System.out.println(String.valueOf(new char[] {'x', 'y'}) + " " + String.copyValueOf(new char[] {'a', 'b', 'c'}, 1, 2) + " " + new String(new byte[] {72, 105}));
        System.out.println("hello".hashCode() + " " + "".hashCode() + " " + "The quick brown fox jumps over the lazy dog".hashCode());
    }
}
