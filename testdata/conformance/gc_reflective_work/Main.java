// Work run through reflection (Method.invoke, Constructor.newInstance) allocates enough to
// collect many times in a small heap: the objects the reflective natives hold (the receiver, the
// arguments, the new instance) must survive collections that run while the invoked code runs.
import java.lang.reflect.*;
public class Main {
    int[] data;
    Main(int n) { data = new int[n]; for (int i = 0; i < n; i++) data[i] = i; }
    static long work(int rounds, Object keep) {
        long sum = 0;
        for (int r = 0; r < rounds; r++) { int[] x = new int[64]; x[3] = r; sum += x[3]; }
        return sum + ((Main) keep).data[5];
    }
    long inst(String s, Integer k) { long t = 0; for (int i = 0; i < k; i++) { t += new StringBuilder(s).append(i).length(); } return t + data.length; }
    public static void main(String[] a) throws Exception {
        Constructor<Main> c = Main.class.getDeclaredConstructor(int.class);
        Main m = c.newInstance(100);
        Method w = Main.class.getDeclaredMethod("work", int.class, Object.class);
        System.out.println(w.invoke(null, 300_000, m));
        Method i = Main.class.getDeclaredMethod("inst", String.class, Integer.class);
        for (int r = 0; r < 5; r++) System.out.println(i.invoke(m, "abc", 20_000));
        for (int r = 0; r < 5000; r++) { Main n = c.newInstance(50); if (n.data[49] != 49) throw new Error(); }
        System.out.println("ok");
    }
}
