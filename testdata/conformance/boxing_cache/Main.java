import java.util.ArrayList;
import java.util.List;

public class Main {
    static Integer box(int i) { return i; }

    public static void main(String[] args) {
        Integer a = 127, b = 127, c = 128, d = 128;
        System.out.println((a == b) + " " + (c == d) + " " + c.equals(d) + " " + (c.intValue() == d));
        Integer m1 = -128, m2 = -128, m3 = -129, m4 = -129;
        System.out.println((m1 == m2) + " " + (m3 == m4));
        System.out.println((box(100) == box(100)) + " " + (box(1000) == box(1000)) + " " + (Integer.valueOf(5) == Integer.valueOf(5)));
        Long l1 = 127L, l2 = 127L, l3 = 128L, l4 = 128L;
        System.out.println((l1 == l2) + " " + (l3 == l4) + " " + l3.equals(128L) + " " + l3.equals(128));
        Character c1 = 'a', c2 = 'a', c3 = '\u0100', c4 = '\u0100';
        System.out.println((c1 == c2) + " " + (c3 == c4));
        Boolean t1 = true, t2 = Boolean.valueOf("TRUE");
        System.out.println((t1 == t2) + " " + (t1 == Boolean.TRUE));
        Short s1 = 10, s2 = 10;
        Byte b1 = 1, b2 = 1;
        System.out.println((s1 == s2) + " " + (b1 == b2));
        Double d1 = 1.0, d2 = 1.0;
        System.out.println((d1 == d2) + " " + d1.equals(d2) + " " + Double.valueOf(Double.NaN).equals(Double.NaN) + " " + Double.valueOf(0.0).equals(-0.0));
        Integer n = null;
        try {
            int x = n + 1;
        } catch (NullPointerException e) {
            System.out.println("auto-unboxing null: NPE");
        }
        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < 5; i++) list.add(i * 100);
        int sum = 0;
        for (int v : list) sum += v;
        System.out.println(sum + " " + list.get(2).getClass().getSimpleName());
        Object o = 42;
        Object o2 = 42L;
        Object o3 = 'x';
        Object o4 = 1.5f;
        System.out.println(o.getClass().getName() + " " + o2.getClass().getName() + " " + o3.getClass().getName() + " " + o4.getClass().getName());
        Integer counter = 0;
        for (int i = 0; i < 300; i++) counter++;
        System.out.println(counter + " " + (counter == 300));
        long mixed = a + l3;
        double dm = a * 1.5;
        System.out.println(mixed + " " + dm + " " + (a < c) + " " + (a.compareTo(c)) + " " + Integer.compare(c, a));
        Integer big1 = 1000, big2 = 1000;
        System.out.println((big1 <= big2 && big1 >= big2 && big1 != big2) + " " + big1.hashCode() + " " + Long.valueOf(-1).hashCode()
                + " " + Double.valueOf(1.5).hashCode() + " " + Boolean.TRUE.hashCode() + " " + Character.valueOf('A').hashCode());
        Number num = true ? 1 : 2.0; // numeric promotion in conditional: 1.0
        System.out.println(num);
        Integer nul = null;
        Integer res = false ? 1 : nul == null ? Integer.valueOf(7) : nul;
        System.out.println(res);
    }
}
