public class Main {
    static long id(long x) { return x; }

    public static void main(String[] args) {
        long max = Long.MAX_VALUE, min = Long.MIN_VALUE;
        System.out.println("max+1 = " + (max + id(1)));
        System.out.println("min-1 = " + (min - id(1)));
        System.out.println("max*3 = " + (max * id(3)));
        System.out.println("min/-1 = " + (min / id(-1)));
        System.out.println("min%-1 = " + (min % id(-1)));
        System.out.println("-min = " + (-min));
        long[] xs = {7, -7, 0, 1, -1, 1L << 40, -(1L << 40) - 3, Long.MAX_VALUE, Long.MIN_VALUE};
        long[] ys = {3, -3, 2, -2, 1000000007L, -1};
        for (long x : xs) {
            StringBuilder sb = new StringBuilder();
            for (long y : ys) {
                sb.append(x / y).append(',').append(x % y).append(' ');
            }
            System.out.println(x + ": " + sb.toString().trim());
        }
        long f = 1;
        for (int i = 1; i <= 25; i++) {
            f *= i;
            System.out.println(i + "! = " + f);
        }
        long h = 1125899906842597L;
        String s = "The quick brown fox";
        for (int i = 0; i < s.length(); i++) {
            h = 31 * h + s.charAt(i);
        }
        System.out.println("hash = " + h);
        int i = 1000000;
        long widened = i * i;
        long proper = (long) i * i;
        System.out.println(widened + " " + proper);
        long mixed = 5 + 3L * Integer.MAX_VALUE;
        System.out.println(mixed);
        System.out.println(Long.MAX_VALUE / 10 + " " + Long.MIN_VALUE / 10 + " " + Long.MIN_VALUE % 10);
        long x = 10;
        x += Integer.MAX_VALUE; x *= 3; x -= 7; x /= 2; x %= 1000003;
        System.out.println(x);
        long p = 3, q = p++ + ++p;
        System.out.println(p + " " + q);
    }
}
