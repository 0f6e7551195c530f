import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public class Main {
    enum E { A }

    public static void main(String[] args) {
        String[] strs = {"", "a", "abc", "hello world", "\u00e9\u00e8", "\uD83D\uDE00", "polygenelubricants", "GydZG_", "DESIGNING WORKHOUSES"};
        for (String s : strs) System.out.print(s.hashCode() + " ");
        System.out.println();
        System.out.println(Integer.hashCode(-7) + " " + Long.hashCode(-7L) + " " + Long.hashCode(Long.MIN_VALUE) + " " + Double.hashCode(-0.0) + " " + Double.hashCode(0.0)
                + " " + Double.hashCode(Double.NaN) + " " + Float.hashCode(-1.5f) + " " + Boolean.hashCode(false) + " " + Character.hashCode('z') + " " + Short.hashCode((short) -1) + " " + Byte.hashCode((byte) -1));
        List<Object> list = new ArrayList<>(Arrays.asList(1, "two", 3.0, null, 'c'));
        System.out.println(list.hashCode() + " " + Arrays.asList().hashCode() + " " + List.of(1, 2, 3).hashCode() + " " + Arrays.hashCode(new Object[] {1, "two", 3.0, null, 'c'}));
        Map<String, Integer> m = new HashMap<>();
        m.put("k1", 1);
        m.put("k2", 2);
        System.out.println(m.hashCode() + " " + Map.entry("k1", 1).hashCode() + " " + new java.util.TreeMap<>(m).hashCode());
        System.out.println(new java.math.BigInteger("123456789123456789").hashCode() + " " + new java.math.BigDecimal("3.14").hashCode() + " " + java.util.Optional.of("x").hashCode());
        System.out.println(Arrays.hashCode(new int[0]) + " " + Arrays.hashCode((int[]) null) + " " + Arrays.deepHashCode(new Object[] {new Object[] {"x"}}) + " " + java.util.Objects.hash(1, 2, 3));
        System.out.println((E.A.hashCode() == System.identityHashCode(E.A)) + " " + "x".equals(E.A.name().toLowerCase().replace('a', 'x')));
        int h = 0;
        for (int i = 0; i < 10000; i++) h = h * 31 + Integer.toString(i).hashCode();
        System.out.println(h);
    }
}
