public class Main {
    static String hex(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) sb.append(Integer.toHexString(s.charAt(i))).append(' ');
        return sb.toString().trim();
    }

    public static void main(String[] args) throws Exception {
        String s = "h\u00e9llo w\u00f6rld \u4e2d\u6587 \uD83D\uDE00!";
        System.out.println(s);
        System.out.println(s.length() + " " + s.codePointCount(0, s.length()) + " " + s.codePointAt(15) + " " + Character.charCount(s.codePointAt(15)));
        System.out.println(hex("\uD83D\uDE00\u00df"));
        System.out.println("stra\u00dfe".toUpperCase() + " " + "\u0130".toLowerCase().length() + " " + "\u00c9COLE".toLowerCase() + " " + "\u03a3\u03a3".toLowerCase());
        System.out.println("\u00e9".equalsIgnoreCase("\u00c9") + " " + "\u00e9".compareTo("e") + " " + "z".compareTo("\u00e9"));
        byte[] utf8 = s.getBytes("UTF-8");
        byte[] latin = "caf\u00e9".getBytes("ISO-8859-1");
        byte[] utf16 = "A\u00e9".getBytes("UTF-16");
        System.out.println(utf8.length + " " + latin.length + " " + utf16.length + " " + java.util.Arrays.toString(utf16));
        System.out.println(new String(utf8, "UTF-8").equals(s) + " " + new String(latin, "ISO-8859-1") + " " + new String(new byte[] {(byte) 0xE2, (byte) 0x82, (byte) 0xAC}, "UTF-8"));
        System.out.println(new String(new byte[] {(byte) 0xFF, 65, (byte) 0xC3}, "UTF-8").length() + " " + hex(new String(new byte[] {(byte) 0xFF, 65}, "UTF-8")));
        System.out.println("caf\u00e9".getBytes(java.nio.charset.StandardCharsets.US_ASCII)[3]);
        int[] cps = s.codePoints().toArray();
        System.out.println(cps.length + " " + cps[cps.length - 2]);
        String fromCps = new String(new int[] {0x1F601, 0x41, 0x10FFFF}, 0, 3);
        System.out.println(hex(fromCps) + " " + fromCps.length());
        StringBuilder sb = new StringBuilder();
        for (int cp = 0x3b1; cp < 0x3b1 + 10; cp++) sb.appendCodePoint(cp);
        System.out.println(sb + " " + sb.toString().toUpperCase());
        System.out.println(Character.isLetter('\u4e2d') + " " + Character.isDigit('\u0663') + " " + Character.getNumericValue('\u0663')
                + " " + Character.isLetter(0x1F600) + " " + Character.isSurrogate('\uD83D') + " " + Character.toChars(0x1F600).length);
        System.out.println("\u00e9t\u00e9".indexOf('\u00e9', 1) + " " + "a\uD83D\uDE00b".indexOf(0x1F600) + " " + "a\uD83D\uDE00b".offsetByCodePoints(0, 2));
        char c = '\u00ff';
        c++;
        System.out.println((int) c + " " + c);
        System.out.println("na\u00efve caf\u00e9".replace('\u00e9', 'e') + " " + "\t\u2003x\u2003".strip() + "|" + "\t\u2003x\u2003".trim() + "|");
    }
}
