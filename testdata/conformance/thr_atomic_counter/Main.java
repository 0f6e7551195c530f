import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;

// The java.util.concurrent.atomic classes used from 8 threads at once: every result printed is
// the same whatever the interleaving.
public class Main {
    static final int THREADS = 8;
    static final int ITERATIONS = 20_000;

    static final AtomicInteger ints = new AtomicInteger();
    static final AtomicLong longs = new AtomicLong();
    static final AtomicInteger max = new AtomicInteger(Integer.MIN_VALUE);
    static final AtomicLong updated = new AtomicLong();
    static final AtomicInteger casLoop = new AtomicInteger();
    static final AtomicReference<String> longest = new AtomicReference<>("");
    static final AtomicReference<Integer> boxed = new AtomicReference<>(0);
    static final LongAdder adder = new LongAdder();
    static final LongAccumulator minimum = new LongAccumulator(Math::min, Long.MAX_VALUE);
    static final AtomicIntegerArray buckets = new AtomicIntegerArray(16);
    static final AtomicBoolean claimed = new AtomicBoolean();
    static final AtomicInteger winners = new AtomicInteger();
    static final CountDownLatch start = new CountDownLatch(1);

    static class Worker implements Runnable {
        final int index;

        Worker(int index) {
            this.index = index;
        }

        public void run() {
            try {
                start.await();
            } catch (InterruptedException e) {
                throw new RuntimeException(e);
            }
            if (claimed.compareAndSet(false, true)) winners.incrementAndGet();
            for (int i = 0; i < ITERATIONS; i++) {
                ints.incrementAndGet();
                longs.addAndGet(3);
                max.accumulateAndGet(index * ITERATIONS + i, Math::max);
                updated.updateAndGet(v -> v + 2);
                int v;
                do {
                    v = casLoop.get();
                } while (!casLoop.compareAndSet(v, v + 5));
                adder.increment();
                minimum.accumulate(1_000_000 - index * 1000 - i % 1000);
                buckets.getAndIncrement(i & 15);
            }
            String mine = "x".repeat(index + 1);
            longest.accumulateAndGet(mine, (a, b) -> a.length() >= b.length() ? a : b);
            for (int i = 0; i < 2_000; i++) {
                Integer cur, next;
                do {
                    cur = boxed.get();
                    next = cur + 1;
                } while (!boxed.compareAndSet(cur, next));
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Thread[] ts = new Thread[THREADS];
        for (int i = 0; i < THREADS; i++) ts[i] = new Thread(new Worker(i), "atomic-" + i);
        for (Thread t : ts) t.start();
        start.countDown();
        for (Thread t : ts) t.join();
        System.out.println("AtomicInteger incrementAndGet " + ints.get());
        System.out.println("AtomicLong addAndGet " + longs.get());
        System.out.println("accumulateAndGet max " + max.get());
        System.out.println("updateAndGet " + updated.get());
        System.out.println("compareAndSet loop " + casLoop.get());
        System.out.println("AtomicReference longest " + longest.get().length());
        System.out.println("AtomicReference<Integer> CAS loop " + boxed.get());
        System.out.println("LongAdder " + adder.sum() + " sumThenReset " + adder.sumThenReset() + " after " + adder.sum());
        System.out.println("LongAccumulator min " + minimum.get());
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < buckets.length(); i++) sb.append(i == 0 ? "" : ",").append(buckets.get(i));
        System.out.println("AtomicIntegerArray " + sb);
        System.out.println("AtomicBoolean winners " + winners.get() + " claimed " + claimed.get());
        System.out.println("getAndSet " + ints.getAndSet(7) + " -> " + ints.get());
        System.out.println("weakCompareAndSetPlain retry " + retryWeak(ints, 7, 8) + " -> " + ints.get());
        System.out.println("compareAndExchange " + longs.compareAndExchange(1, 2) + " " + longs.compareAndExchange(480000, 1) + " -> " + longs.get());
    }

    static boolean retryWeak(AtomicInteger a, int expect, int update) {
        // A weak CAS may fail spuriously; retrying while the value is unchanged must succeed.
        while (a.get() == expect) {
            if (a.weakCompareAndSetPlain(expect, update)) return true;
        }
        return false;
    }
}
