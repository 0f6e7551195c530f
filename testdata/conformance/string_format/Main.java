public class Main {
    public static void main(String[] args) {
        System.out.println(String.format("[%d] [%5d] [%-5d] [%05d] [%+d] [%,d] [%(d] [% d]", 42, 42, 42, 42, 42, 1234567, -42, 42));
        System.out.println(String.format("[%d] [%,d] [%x] [%X] [%o] [%08X] [%#x] [%#o]", -42, -9876543210L, 255, 48879, 8, -1, 255, 8));
        System.out.println(String.format("[%e] [%.3e] [%E] [%12.4e] [%e]", 12345.678, 0.000123456, 1e100, -3.14159, 0.0));
        System.out.println(String.format("[%f] [%.3f] [%10.2f] [%-10.2f] [%010.3f] [%.0f] [%.0f] [%.0f] [%,.2f]", Math.PI, Math.E, 3.14159, 2.5, -1.5, 0.5, 1.5, 2.5, 1234567.891));
        System.out.println(String.format("[%g] [%.3g] [%g] [%g] [%a]", 0.0001234, 123456.0, 1e-5, 100000.0, 1.0));
        System.out.println(String.format("[%s] [%10s] [%-10s] [%.2s] [%S] [%s] [%s]", "str", "right", "left", "truncate", "upper", null, 3.5f));
        System.out.println(String.format("[%c] [%c] [%C] [%c] [%b] [%b] [%B] [%b]", 'x', 65, 'q', 0x1F600, true, null, false, "nonnull"));
        System.out.println(String.format("[%h] [%h] [%%] [%n]", "hello", 42).replace("\n", "NL"));
        System.out.println(String.format("%2$s %1$s %2$s %<s", "a", "b"));
        System.out.println(String.format("%.2f%%  %5.1f%%", 12.345, 99.95));
        System.out.println(String.format("[%x] [%x] [%X]", (byte) -1, (short) -1, -1L));
        System.out.println(String.format("[%,d] [%,d] [%,.3f]", Long.MIN_VALUE, 999, -0.0005));
        System.out.println(String.format("[%d] [%s] [%.3f]", new java.math.BigInteger("123456789012345678901234567890"), new java.math.BigDecimal("1.50"), new java.math.BigDecimal("2.0005")));
        System.out.println(String.format("[%f] [%f] [%f] [%e] [%.2f]", Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN, -0.0));
        System.out.println(String.format("[%10.3e] [%-12.1e] [%+.2e]", 123.456, 0.000999, 9.995));
        System.out.println(String.format("|%6.2f|%6.2f|%6.2f|", 1.005, 2.675, 1.115));
        System.out.printf("%s has %d items costing $%.2f%n", "cart", 3, 19.989);
        System.out.printf("%-8s|%8s|%08.2f|%n", "ab", "cd", 3.14159);
        System.out.print(String.format("%d%n", 1));
        System.out.println(String.format("%3$s-%1$s-%2$s", "x", "y", "z") + " " + String.format("%s", (Object) new String[] {"arr"}.length));
        StringBuilder table = new StringBuilder();
        String[] names = {"alpha", "beta", "gamma"};
        double[] vals = {1.5, 22.25, 333.125};
        for (int i = 0; i < names.length; i++) table.append(String.format("%-6s%8.3f%5d%n", names[i], vals[i], i * 100));
        System.out.print(table);
        System.out.println(String.format("%o %x %d", 0, 0, 0) + " " + Integer.toString(255, 16) + " " + String.format("%tY", new java.util.GregorianCalendar(2020, 0, 15)));
    }
}
