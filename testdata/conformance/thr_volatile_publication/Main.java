// Publication between threads without locks: plain writes made visible by a volatile write
// (happens-before through the volatile flag), an immutable object with final fields published
// through a plain (racy) static field, volatile long/double never torn, and a ping-pong over
// volatile fields.
public class Main {
    static int[] data;
    static String text;
    static long plainLong;
    static volatile boolean ready;

    static final class Immutable {
        final int x;
        final String s;
        final int[] arr;

        Immutable(int x, String s) {
            this.x = x;
            this.s = s;
            this.arr = new int[] {x, x * 2, x * 3};
        }
    }

    static Immutable racy; // plain, non-volatile

    static volatile long vlong;
    static volatile double vdouble;
    static volatile boolean writerDone;

    static volatile int ping;

    static final class Writer extends Thread {
        Writer() {
            super("writer");
        }

        @Override
        public void run() {
            int[] d = new int[100];
            for (int i = 0; i < d.length; i++) d[i] = i * i;
            data = d;
            text = "published text";
            plainLong = 0x1234_5678_9abc_def0L;
            ready = true;
        }
    }

    static final class Reader extends Thread {
        String result;

        Reader() {
            super("reader");
        }

        @Override
        public void run() {
            while (!ready) Thread.onSpinWait();
            long sum = 0;
            for (int v : data) sum += v;
            result = "reader saw sum " + sum + ", text '" + text + "', long " + Long.toHexString(plainLong);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Reader reader = new Reader();
        reader.start();
        new Writer().start();
        reader.join();
        System.out.println(reader.result);

        String[] seen = new String[1];
        Thread racer = new Thread(new Runnable() {
            public void run() {
                Immutable im;
                // The reference is read racily; the call keeps the JIT from hoisting the load.
                while ((im = racy) == null) Thread.yield();
                seen[0] = "final fields: x " + im.x + ", s " + im.s + ", arr " + im.arr[0] + "," + im.arr[1] + "," + im.arr[2];
            }
        }, "racer");
        racer.start();
        racy = new Immutable(7, "seven");
        racer.join();
        System.out.println(seen[0]);

        // Volatile longs and doubles are written and read atomically.
        final long A = 0L, B = -1L;
        final double C = 1.0, D = -Double.MAX_VALUE;
        boolean[] torn = new boolean[1];
        int[] reads = new int[1];
        Thread checker = new Thread(new Runnable() {
            public void run() {
                while (!writerDone) {
                    long l = vlong;
                    double d = vdouble;
                    if ((l != A && l != B) || (d != C && d != D)) torn[0] = true;
                    reads[0]++;
                }
            }
        }, "checker");
        vlong = A;
        vdouble = C;
        checker.start();
        Thread flipper = new Thread(new Runnable() {
            public void run() {
                for (int i = 0; i < 100_000; i++) {
                    vlong = (i & 1) == 0 ? B : A;
                    vdouble = (i & 1) == 0 ? D : C;
                }
                writerDone = true;
            }
        }, "flipper");
        flipper.start();
        flipper.join();
        checker.join();
        System.out.println("volatile long/double torn: " + torn[0] + ", final values " + vlong + " " + vdouble);

        // Ping-pong: two threads take turns through one volatile int, 1000 times each.
        Thread pong = new Thread(new Runnable() {
            public void run() {
                for (int i = 0; i < 500; i++) {
                    while (ping % 2 == 0) Thread.yield();
                    ping = ping + 1;
                }
            }
        }, "pong");
        pong.start();
        for (int i = 0; i < 500; i++) {
            while (ping % 2 == 1) Thread.yield();
            ping = ping + 1;
        }
        pong.join();
        System.out.println("ping-pong ended at " + ping);
    }
}
