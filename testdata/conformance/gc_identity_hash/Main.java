import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Set;

// Identity hash codes must not change when the collector moves objects. Hashes of many objects of
// several kinds are recorded (some before any collection, some only after the objects have been
// moved), then garbage is churned and System.gc() called, and the hashes compared again. Only
// whether they are unchanged is printed, never the values. IdentityHashMap and a HashSet of objects
// with the default hashCode must still find their keys afterwards.
public class Main {
    static final class Plain {
        final int n;
        Plain(int n) { this.n = n; }
    }

    static Object[] sink = new Object[256];
    static long churnSum;

    static void churn(int megabytes) {
        long bytes = (long) megabytes << 20;
        int k = 0;
        while (bytes > 0) {
            int len = 32 + (k * 53) % 1500;
            long[] a = new long[len / 8];
            a[0] = k;
            sink[k & 255] = a;
            sink[(k + 128) & 255] = new Plain(k);
            churnSum += a[0] & 7;
            bytes -= len + 32;
            k++;
        }
    }

    static Object make(int i) {
        switch (i % 5) {
            case 0: return new Object();
            case 1: return new Plain(i);
            case 2: return new int[i % 7];
            case 3: return new String("s" + i); // a distinct String; its hashCode is not the identity hash
            default: return new Object[] {new Plain(-i)};
        }
    }

    public static void main(String[] args) {
        final int n = 20_000;
        Object[] objs = new Object[n];
        for (int i = 0; i < n; i++) objs[i] = make(i);

        // Hash the first half now, while the objects are young.
        int[] hashes = new int[n];
        for (int i = 0; i < n / 2; i++) hashes[i] = System.identityHashCode(objs[i]);

        IdentityHashMap<Object, Integer> ids = new IdentityHashMap<>();
        for (int i = 0; i < n; i += 3) ids.put(objs[i], i);
        Set<Object> plainSet = new HashSet<>();
        for (int i = 0; i < n; i += 5) plainSet.add(objs[i]); // java.lang.Object: default hashCode

        churn(200);
        System.gc();

        // Hash the second half only now, after the objects have (probably) been moved.
        for (int i = n / 2; i < n; i++) hashes[i] = System.identityHashCode(objs[i]);

        boolean defaultMatches = true;
        for (int i = 0; i < n; i++) {
            if (!(objs[i] instanceof String)) defaultMatches &= objs[i].hashCode() == hashes[i];
        }
        System.out.println("Object.hashCode() equals identityHashCode: " + defaultMatches);

        for (int pass = 1; pass <= 3; pass++) {
            churn(150);
            System.gc();
            churn(50);
            boolean same = true;
            for (int i = 0; i < n; i++) same &= System.identityHashCode(objs[i]) == hashes[i];
            System.out.println("pass " + pass + ": identity hashes unchanged: " + same);

            boolean found = ids.size() == (n + 2) / 3;
            for (int i = 0; i < n; i += 3) {
                Integer v = ids.get(objs[i]);
                found &= v != null && v == i;
            }
            System.out.println("pass " + pass + ": IdentityHashMap finds all keys: " + found);

            boolean set = plainSet.size() == n / 5;
            for (int i = 0; i < n; i++) set &= plainSet.contains(objs[i]) == (i % 5 == 0);
            System.out.println("pass " + pass + ": HashSet of Objects finds exactly its members: " + set);
        }

        // Equal but distinct keys are not found by identity; the originals are.
        String s3 = (String) objs[3];
        String copy = new String(s3);
        System.out.println("equal copy found: " + ids.containsKey(copy) + ", original found: " + ids.containsKey(s3));
        System.out.println("fresh object found: " + ids.containsKey(new Object()));

        // Removing and re-adding after collections.
        for (int i = 0; i < n; i += 6) ids.remove(objs[i]);
        System.gc();
        boolean after = true;
        for (int i = 0; i < n; i += 3) after &= ids.containsKey(objs[i]) == (i % 6 != 0);
        System.out.println("after removals: size " + ids.size() + ", lookups right: " + after);

        // Contents of the objects survived too.
        long sum = 0;
        for (int i = 0; i < n; i++) {
            Object o = objs[i];
            if (o instanceof Plain) sum += ((Plain) o).n;
            else if (o instanceof int[]) sum += ((int[]) o).length;
            else if (o instanceof String) sum += ((String) o).length();
            else if (o instanceof Object[]) sum -= ((Plain) ((Object[]) o)[0]).n;
        }
        System.out.println("contents sum " + sum + ", churn " + churnSum);
    }
}
