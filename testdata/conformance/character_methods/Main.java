public class Main {
    public static void main(String[] args) {
        char[] cs = {'a', 'Z', '5', ' ', '\t', '\n', '_', '$', '\u00e9', '\u00df', '\u0391', '\u4e2d', '\u0663', '\u2003', '\u00a0', '!', '\u0000', '\u00b2', '\u2160'};
        for (char c : cs) {
            System.out.println(Integer.toHexString(c) + ": letter=" + Character.isLetter(c) + " digit=" + Character.isDigit(c) + " lod=" + Character.isLetterOrDigit(c)
                    + " alpha=" + Character.isAlphabetic(c) + " ws=" + Character.isWhitespace(c) + " space=" + Character.isSpaceChar(c) + " upper=" + Character.isUpperCase(c)
                    + " lower=" + Character.isLowerCase(c) + " toU=" + Integer.toHexString(Character.toUpperCase(c)) + " toL=" + Integer.toHexString(Character.toLowerCase(c))
                    + " num=" + Character.getNumericValue(c) + " type=" + Character.getType(c) + " jstart=" + Character.isJavaIdentifierStart(c)
                    + " jpart=" + Character.isJavaIdentifierPart(c) + " iso=" + Character.isISOControl(c) + " def=" + Character.isDefined(c));
        }
        System.out.println(Character.digit('f', 16) + " " + Character.digit('z', 36) + " " + Character.digit('9', 8) + " " + Character.forDigit(11, 16) + " " + Character.forDigit(5, 2)
                + " " + (int) Character.forDigit(20, 10));
        System.out.println(Character.toString(97) + " " + Character.toString('b') + " " + Character.getName('a') + " " + Character.isTitleCase('\u01c5') + " " + Character.toTitleCase('\u01c6'));
        System.out.println(Character.isHighSurrogate('\ud83d') + " " + Character.isLowSurrogate('\ude00') + " " + Character.toCodePoint('\ud83d', '\ude00') + " " + Character.isSupplementaryCodePoint(0x1F600)
                + " " + Character.isValidCodePoint(0x110000) + " " + Character.highSurrogate(0x1F600) + Character.lowSurrogate(0x1F600) + " " + Character.isBmpCodePoint(0xFFFF));
        System.out.println(Character.UnicodeBlock.of('\u4e2d') + " " + Character.UnicodeBlock.of('a') + " " + Character.UnicodeScript.of('\u0391') + " " + Character.isIdeographic('\u4e2d'));
        System.out.println(Character.MIN_RADIX + " " + Character.MAX_RADIX + " " + (int) Character.MIN_VALUE + " " + Character.MAX_CODE_POINT + " " + Character.compare('a', 'b') + " " + Character.valueOf('x').compareTo('y'));
        int letters = 0, digits = 0, spaces = 0, other = 0;
        for (char c : "Hello World 2024! Ünïcödé ١٢٣".toCharArray()) {
            if (Character.isLetter(c)) letters++;
            else if (Character.isDigit(c)) digits++;
            else if (Character.isWhitespace(c)) spaces++;
            else other++;
        }
        System.out.println(letters + " " + digits + " " + spaces + " " + other);
    }
}
