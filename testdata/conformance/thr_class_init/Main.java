import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

// Class initialization under concurrency (JVMS 5.5): 8 threads touch a class whose static
// initializer is slow; it runs exactly once and every thread sees the fully initialized state.
// A failing initializer: exactly one thread gets ExceptionInInitializerError, all others
// NoClassDefFoundError. Two classes whose initializers use each other, touched from one thread.
public class Main {
    static final AtomicInteger slowInits = new AtomicInteger();
    static final AtomicInteger badInits = new AtomicInteger();

    static final class Slow {
        static final int[] TABLE;
        static final long CHECKSUM;

        static {
            slowInits.incrementAndGet();
            int[] t = new int[2_000];
            long sum = 0;
            for (int i = 0; i < t.length; i++) {
                t[i] = i * i % 1009;
                sum += t[i];
                if (i % 500 == 0) Thread.yield();
            }
            TABLE = t;
            CHECKSUM = sum;
        }

        static long verify() {
            long sum = 0;
            for (int v : TABLE) sum += v;
            return sum == CHECKSUM ? sum : -1;
        }
    }

    static final class Bad {
        static final int VALUE;

        static {
            badInits.incrementAndGet();
            if (badInits.get() > 0) {
                for (int i = 0; i < 3; i++) Thread.yield();
                throw new IllegalStateException("Bad's initializer fails");
            }
            VALUE = 1;
        }
    }

    static final class A {
        static final String NAME = "A";
        static final String SEEN;

        static {
            SEEN = "A sees B.tag=" + B.tag();
        }

        static String tag() {
            return NAME;
        }
    }

    static final class B {
        static final String SEEN;
        static String value = "b-initial";

        static {
            SEEN = "B sees A.SEEN=" + A.SEEN;
        }

        static String tag() {
            return value;
        }
    }

    static final class Holder {
        static final AtomicInteger instances = new AtomicInteger();
        static final Holder INSTANCE = new Holder();
        final long created;

        private Holder() {
            created = instances.incrementAndGet();
        }
    }

    interface Body {
        String run();
    }

    static String[] inThreads(int n, Body body) throws InterruptedException {
        CountDownLatch go = new CountDownLatch(1);
        String[] results = new String[n];
        Thread[] ts = new Thread[n];
        for (int i = 0; i < n; i++) {
            final int k = i;
            ts[i] = new Thread(new Runnable() {
                public void run() {
                    try {
                        go.await();
                    } catch (InterruptedException e) {
                        throw new RuntimeException(e);
                    }
                    results[k] = body.run();
                }
            }, "init-" + i);
            ts[i].start();
        }
        go.countDown();
        for (Thread t : ts) t.join();
        return results;
    }

    public static void main(String[] args) throws InterruptedException {
        String[] slow = inThreads(8, new Body() {
            public String run() {
                return "checksum " + Slow.verify();
            }
        });
        for (String s : slow) if (!s.equals(slow[0])) System.out.println("threads disagree: " + s);
        System.out.println("Slow: every thread saw " + slow[0] + "; initializer ran " + slowInits.get() + " time(s)");

        String[] bad = inThreads(8, new Body() {
            public String run() {
                try {
                    return "value " + Bad.VALUE;
                } catch (ExceptionInInitializerError e) {
                    return "EIIE caused by " + e.getCause();
                } catch (NoClassDefFoundError e) {
                    // (the cause's message names the thread that failed: not printed)
                    return "NCDFE " + e.getMessage() + ", cause " + (e.getCause() == null ? null : e.getCause().getClass().getName());
                }
            }
        });
        java.util.Map<String, Integer> counts = new java.util.TreeMap<>();
        for (String s : bad) counts.merge(s, 1, Integer::sum);
        System.out.println("Bad: initializer ran " + badInits.get() + " time(s)");
        for (java.util.Map.Entry<String, Integer> e : counts.entrySet()) System.out.println("  " + e.getValue() + " x " + e.getKey());
        try {
            System.out.println(Bad.VALUE);
        } catch (NoClassDefFoundError e) {
            System.out.println("main afterwards: NCDFE " + e.getMessage());
        }

        String[] holders = inThreads(6, new Body() {
            public String run() {
                return "instance " + Holder.INSTANCE.created;
            }
        });
        for (String s : holders) if (!s.equals(holders[0])) System.out.println("threads disagree: " + s);
        System.out.println("Holder: " + holders[0] + ", instances " + Holder.instances.get());

        // A's initializer touches B, whose initializer reads A.SEEN while A is still being
        // initialized by the same thread: it sees null.
        System.out.println(A.SEEN);
        System.out.println(B.SEEN);
    }
}
