public class Main {
    static String dense(int x) {
        switch (x) {
            case 0: return "zero";
            case 1: return "one";
            case 2: return "two";
            case 3:
            case 4: return "three-or-four";
            case 5: return "five";
            case 6: return "six";
            default: return "other(" + x + ")";
        }
    }

    static String sparse(int x) {
        switch (x) {
            case -1000000: return "minus-million";
            case -1: return "minus-one";
            case 10: return "ten";
            case 1000: return "thousand";
            case 123456789: return "big";
            case Integer.MAX_VALUE: return "max";
            case Integer.MIN_VALUE: return "min";
            default: return "?";
        }
    }

    static int fallthrough(int x) {
        int r = 0;
        switch (x) {
            case 1: r += 1;
            case 2: r += 10;
            case 3: r += 100; break;
            case 4: r += 1000;
            default: r += 10000;
        }
        return r;
    }

    static String negDense(int x) {
        switch (x) {
            case -3: return "m3";
            case -2: return "m2";
            case -1: return "m1";
            case 0: return "z";
            case 1: return "p1";
            default: return "d";
        }
    }

    static String arrow(char c) {
        return switch (c) {
            case 'a', 'e', 'i', 'o', 'u' -> "vowel";
            case 'y' -> {
                String s = "some";
                yield s + "times";
            }
            default -> Character.isLetter(c) ? "consonant" : "other";
        };
    }

    static String bytes(byte b) {
        switch (b) {
            case -128: return "minbyte";
            case 127: return "maxbyte";
            default: return "b" + b;
        }
    }

    public static void main(String[] args) {
        for (int i = -2; i <= 8; i++) System.out.print(dense(i) + " ");
        System.out.println();
        int[] keys = {-1000000, -1, 0, 10, 11, 1000, 123456789, Integer.MAX_VALUE, Integer.MIN_VALUE};
        for (int k : keys) System.out.print(sparse(k) + " ");
        System.out.println();
        for (int i = 0; i <= 5; i++) System.out.print(fallthrough(i) + " ");
        System.out.println();
        for (int i = -4; i <= 2; i++) System.out.print(negDense(i) + " ");
        System.out.println();
        for (char c : "hey you!".toCharArray()) System.out.print(arrow(c) + " ");
        System.out.println();
        System.out.println(bytes((byte) -128) + " " + bytes((byte) 127) + " " + bytes((byte) 3));
        int total = 0;
        for (int i = 0; i < 1000; i++) {
            switch (i % 7) {
                case 0: total += 3; break;
                case 1: total -= 1; break;
                case 5: total *= 2; total %= 100003; break;
                default: total++;
            }
        }
        System.out.println("total=" + total);
    }
}
