import java.util.ArrayList;
import java.util.List;

// OutOfMemoryError that the program catches, in a 32 MB heap: filling the heap with 1 MB arrays
// until allocation fails ("Java heap space"), recovering after the arrays are dropped, doing it again,
// and array sizes beyond the VM's limit ("Requested array size exceeds VM limit"), which fail without
// trying to collect. How many arrays fit depends on the collector, so only a lower bound is printed.
public class Main {
    static List<byte[]> hog = new ArrayList<>();
    static boolean finallyRan;

    static int fillHeap() {
        int count = 0;
        try {
            while (true) {
                byte[] b = new byte[1 << 20];
                b[0] = (byte) count;
                b[b.length - 1] = (byte) ~count;
                hog.add(b);
                count++;
            }
        } finally {
            finallyRan = true;
        }
    }

    static String describe(Throwable t) {
        return t.getClass().getName() + ": " + t.getMessage();
    }

    static void tooBig(String what, int length, int kind) {
        try {
            Object a;
            switch (kind) {
                case 0: a = new byte[length]; break;
                case 1: a = new int[length]; break;
                case 2: a = new long[length]; break;
                case 3: a = new Object[length]; break;
                default: a = new long[2][length]; break;
            }
            System.out.println(what + ": allocated?! " + (a != null));
        } catch (OutOfMemoryError e) {
            System.out.println(what + ": " + describe(e));
        }
    }

    public static void main(String[] args) {
        for (int round = 1; round <= 2; round++) {
            int count = -1;
            finallyRan = false;
            try {
                count = fillHeap();
            } catch (OutOfMemoryError e) {
                int filled = hog.size();
                boolean contents = true;
                for (int i = 0; i < filled; i++) {
                    byte[] b = hog.get(i);
                    contents &= b[0] == (byte) i && b[b.length - 1] == (byte) ~i;
                }
                hog.clear(); // make room before doing anything else
                System.out.println("round " + round + ": caught " + describe(e));
                System.out.println("  is a VirtualMachineError: " + (e instanceof VirtualMachineError)
                        + ", finally ran: " + finallyRan);
                System.out.println("  filled at least 4 MB first: " + (filled >= 4) + ", arrays intact: " + contents);
            }
            System.out.println("  fillHeap returned: " + (count != -1));

            // Allocate normally again: 8 MB in 64 KB arrays kept at once, then a checksum.
            List<long[]> again = new ArrayList<>();
            for (int i = 0; i < 128; i++) {
                long[] a = new long[1 << 13];
                for (int j = 0; j < a.length; j += 512) a[j] = i * 1_000_003L + j;
                again.add(a);
            }
            long sum = 0;
            for (long[] a : again) for (int j = 0; j < a.length; j += 512) sum += a[j];
            System.out.println("  recovered, checksum " + sum);
        }

        // Lengths beyond the limit fail at once, whatever the heap size; just below it they are
        // ordinary "Java heap space" failures.
        tooBig("new long[Integer.MAX_VALUE]", Integer.MAX_VALUE, 2);
        tooBig("new long[Integer.MAX_VALUE - 1]", Integer.MAX_VALUE - 1, 2);
        tooBig("new long[Integer.MAX_VALUE - 2]", Integer.MAX_VALUE - 2, 2);
        tooBig("new byte[Integer.MAX_VALUE]", Integer.MAX_VALUE, 0);
        tooBig("new byte[Integer.MAX_VALUE - 1]", Integer.MAX_VALUE - 1, 0);
        tooBig("new byte[Integer.MAX_VALUE - 2]", Integer.MAX_VALUE - 2, 0);
        tooBig("new int[Integer.MAX_VALUE]", Integer.MAX_VALUE, 1);
        tooBig("new Object[Integer.MAX_VALUE]", Integer.MAX_VALUE, 3);
        tooBig("new Object[Integer.MAX_VALUE - 2]", Integer.MAX_VALUE - 2, 3);
        tooBig("new long[2][Integer.MAX_VALUE]", Integer.MAX_VALUE, 4);
        tooBig("new long[2][Integer.MAX_VALUE - 2]", Integer.MAX_VALUE - 2, 4);
        tooBig("new long[100_000_000]", 100_000_000, 2);

        // And the heap still works.
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 1000; i++) sb.append(i % 10);
        System.out.println("recovered: " + sb.length());
    }
}
