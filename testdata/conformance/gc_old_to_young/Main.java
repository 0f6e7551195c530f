import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReferenceArray;

// Old-to-young references. Holders and arrays are allocated first and survive a lot of garbage, so a
// generational collector has promoted them; then references to newly allocated (young) objects are
// stored into them, each case through one kind of store only: putfield, aastore, System.arraycopy
// (young array to old array, and old array to itself), Arrays.fill, AtomicReferenceArray.set, a
// VarHandle on a field, and putstatic. The young objects are reachable only through those stores.
// More garbage forces young collections, which must find the young objects through the old ones
// (remembered set / card table) and keep them intact: their fields, their arrays and the young
// objects they point to in turn. Three rounds overwrite the same slots with newer objects.
public class Main {
    static final class Young {
        final int id;
        final int[] data;
        final Young child;

        Young(int id) {
            this.id = id;
            this.data = new int[8 + id % 8];
            for (int i = 0; i < data.length; i++) data[i] = id * 31 + i;
            this.child = new Young(-id - 1, null);
        }

        private Young(int id, Young none) {
            this.id = id;
            this.data = new int[] {id, id * 3};
            this.child = none;
        }

        // Whether this object still holds what the constructor put in it, for the given id.
        boolean intact(int expectedId) {
            if (id != expectedId || data.length != 8 + id % 8) return false;
            for (int i = 0; i < data.length; i++) if (data[i] != id * 31 + i) return false;
            Young c = child;
            return c != null && c.id == -id - 1 && c.child == null && c.data.length == 2
                    && c.data[0] == c.id && c.data[1] == c.id * 3;
        }
    }

    static final class Holder {
        final int index;
        Young young;       // written with putfield
        Young viaHandle;   // written through VH only
        Holder(int index) { this.index = index; }
    }

    static final VarHandle VH;
    static {
        try {
            VH = MethodHandles.lookup().findVarHandle(Holder.class, "viaHandle", Young.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    static final int N = 1000;
    static Holder[] holders;
    static Object[] aastoreTarget;
    static Object[] copyTarget;      // 2N: [0, N) from a young array, [N, 2N) copied within itself
    static Object[] fillTarget;
    static AtomicReferenceArray<Young> atomic;
    static Young staticYoung;        // written with putstatic

    static Object[] sink = new Object[128];
    static long churnSum;

    // Allocates about `megabytes` MB of garbage in objects and arrays of mixed sizes.
    static void churn(int megabytes) {
        long bytes = (long) megabytes << 20;
        int k = 0;
        while (bytes > 0) {
            int len = 16 + (k * 37) % 2000;
            byte[] b = new byte[len];
            b[len - 1] = (byte) k;
            sink[k & 127] = b;
            Object[] small = new Object[4];
            small[0] = b;
            sink[(k + 64) & 127] = small;
            churnSum += b[len - 1] + small.length;
            bytes -= len + 16 + 32;
            k++;
        }
    }

    // Each store happens in its own method so that no local variable of main refers to the young objects.
    static void storePutfield(int round) {
        for (int i = 0; i < N; i++) holders[i].young = new Young(round * 100_000 + i);
    }

    static void storeAastore(int round) {
        for (int i = 0; i < N; i++) aastoreTarget[i] = new Young(round * 100_000 + 10_000 + i);
    }

    static void storeArraycopy(int round) {
        Object[] fresh = new Object[N];
        for (int i = 0; i < N; i++) fresh[i] = new Young(round * 100_000 + 20_000 + i);
        System.arraycopy(fresh, 0, copyTarget, 0, N);                  // young array -> old array
        System.arraycopy(copyTarget, N / 2, copyTarget, N, N / 2);     // old -> old, second quarter
        System.arraycopy(copyTarget, 0, copyTarget, N + N / 2, N / 2); // old -> old, first quarter
    }

    static void storeFill(int round) {
        Arrays.fill(fillTarget, new Young(round * 100_000 + 30_000));
        Arrays.fill(fillTarget, 100, 200, new Young(round * 100_000 + 30_001));
    }

    static void storeAtomic(int round) {
        for (int i = 0; i < N; i++) atomic.set(i, new Young(round * 100_000 + 40_000 + i));
    }

    static void storeVarHandle(int round) {
        for (int i = 0; i < N; i++) VH.set(holders[i], new Young(round * 100_000 + 50_000 + i));
    }

    static void storePutstatic(int round) {
        staticYoung = new Young(round * 100_000 + 60_000);
    }

    static void verify(int round) {
        int base = round * 100_000;
        boolean ok = true;
        for (int i = 0; i < N; i++) ok &= holders[i].index == i && holders[i].young.intact(base + i);
        System.out.println("round " + round + " putfield: " + ok);

        ok = true;
        for (int i = 0; i < N; i++) ok &= ((Young) aastoreTarget[i]).intact(base + 10_000 + i);
        System.out.println("round " + round + " aastore: " + ok);

        ok = true;
        for (int i = 0; i < N; i++) ok &= ((Young) copyTarget[i]).intact(base + 20_000 + i);
        for (int i = 0; i < N / 2; i++) {
            ok &= copyTarget[N + i] == copyTarget[N / 2 + i];
            ok &= copyTarget[N + N / 2 + i] == copyTarget[i];
        }
        System.out.println("round " + round + " arraycopy: " + ok);

        ok = true;
        for (int i = 0; i < fillTarget.length; i++) {
            int expected = base + 30_000 + (i >= 100 && i < 200 ? 1 : 0);
            ok &= ((Young) fillTarget[i]).intact(expected);
        }
        ok &= fillTarget[0] == fillTarget[fillTarget.length - 1] && fillTarget[100] == fillTarget[199]
                && fillTarget[0] != fillTarget[100];
        System.out.println("round " + round + " Arrays.fill: " + ok);

        ok = true;
        for (int i = 0; i < N; i++) ok &= atomic.get(i).intact(base + 40_000 + i);
        System.out.println("round " + round + " AtomicReferenceArray.set: " + ok);

        ok = true;
        for (int i = 0; i < N; i++) ok &= ((Young) VH.get(holders[i])).intact(base + 50_000 + i);
        System.out.println("round " + round + " VarHandle.set: " + ok);

        System.out.println("round " + round + " putstatic: " + staticYoung.intact(base + 60_000));
    }

    public static void main(String[] args) {
        holders = new Holder[N];
        for (int i = 0; i < N; i++) holders[i] = new Holder(i);
        aastoreTarget = new Object[N];
        copyTarget = new Object[2 * N];
        fillTarget = new Object[500];
        atomic = new AtomicReferenceArray<>(N);

        churn(600); // the holders and arrays get old

        for (int round = 1; round <= 3; round++) {
            storePutfield(round);
            storeAastore(round);
            storeArraycopy(round);
            storeFill(round);
            storeAtomic(round);
            storeVarHandle(round);
            storePutstatic(round);
            churn(100); // several young collections with the young objects reachable only from old ones
            verify(round);
        }
        System.out.println("churn checksum " + churnSum);
    }
}
