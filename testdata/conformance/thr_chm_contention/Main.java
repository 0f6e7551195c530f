import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

// ConcurrentHashMap updated from 8 threads at once: merge, compute, computeIfAbsent (the function
// runs once per key), putIfAbsent (exactly one winner per key), remove(key, value), and the
// table growing while others write. Results are printed sorted.
public class Main {
    static final int THREADS = 8;
    static final int KEYS = 64;
    static final int ROUNDS = 1_500;

    static final ConcurrentHashMap<String, Integer> merged = new ConcurrentHashMap<>();
    static final ConcurrentHashMap<Integer, Long> computed = new ConcurrentHashMap<>(4);
    static final ConcurrentHashMap<Integer, LongAdder> adders = new ConcurrentHashMap<>();
    static final AtomicInteger computeIfAbsentCalls = new AtomicInteger();
    static final ConcurrentHashMap<Integer, String> claims = new ConcurrentHashMap<>();
    static final AtomicInteger putIfAbsentWins = new AtomicInteger();
    static final ConcurrentHashMap<Integer, Integer> grown = new ConcurrentHashMap<>(2);
    static final ConcurrentHashMap<Integer, Integer> removable = new ConcurrentHashMap<>();
    static final AtomicInteger removeWins = new AtomicInteger();
    static final CountDownLatch go = new CountDownLatch(1);
    static final String[] NAMES = new String[KEYS];

    static {
        for (int k = 0; k < KEYS; k++) NAMES[k] = "k" + (k < 10 ? "0" : "") + k;
    }

    static final class Worker extends Thread {
        final int index;

        Worker(int index) {
            super("chm-" + index);
            this.index = index;
        }

        @Override
        public void run() {
            try {
                go.await();
            } catch (InterruptedException e) {
                throw new RuntimeException(e);
            }
            for (int i = 0; i < ROUNDS; i++) {
                int key = (i * 7 + index) % KEYS;
                merged.merge(NAMES[key], 1, Integer::sum);
                computed.compute(key, (k, v) -> v == null ? (long) k : v + k);
                adders.computeIfAbsent(key % 16, k -> {
                    computeIfAbsentCalls.incrementAndGet();
                    return new LongAdder();
                }).add(i % 3);
            }
            for (int k = 0; k < 100; k++) {
                if (claims.putIfAbsent(k, getName()) == null) putIfAbsentWins.incrementAndGet();
                grown.put(index * 1000 + k, k);
                if (removable.remove(k, k)) removeWins.incrementAndGet();
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        for (int k = 0; k < 100; k++) removable.put(k, k);
        List<Worker> ws = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) ws.add(new Worker(i));
        for (Worker w : ws) w.start();
        go.countDown();
        for (Worker w : ws) w.join();

        long total = 0;
        for (int v : merged.values()) total += v;
        Map<String, Integer> sorted = new TreeMap<>(merged);
        System.out.println("merge: " + merged.size() + " keys, total " + total);
        StringBuilder sb = new StringBuilder();
        int n = 0;
        for (Map.Entry<String, Integer> e : sorted.entrySet()) {
            if (n++ % 8 == 0) sb.append("\n  ");
            sb.append(e.getKey()).append('=').append(e.getValue()).append(' ');
        }
        System.out.println("merge counts:" + sb);
        long computedSum = 0;
        for (long v : computed.values()) computedSum += v;
        System.out.println("compute: " + computed.size() + " keys, sum " + computedSum + ", key 5 -> " + computed.get(5)
                + ", key 63 -> " + computed.get(63));
        long adderSum = 0;
        for (LongAdder a : adders.values()) adderSum += a.sum();
        System.out.println("computeIfAbsent: " + adders.size() + " keys, function calls " + computeIfAbsentCalls.get()
                + ", adder sum " + adderSum);
        System.out.println("putIfAbsent: " + claims.size() + " keys, wins " + putIfAbsentWins.get());
        System.out.println("grown: " + grown.size() + " entries, sum of keys "
                + grown.reduceKeysToLong(1, Integer::longValue, 0L, Long::sum));
        System.out.println("remove(key, value): wins " + removeWins.get() + ", left " + removable.size());
        System.out.println("mappingCount " + grown.mappingCount() + ", contains 7099 " + grown.containsKey(7099)
                + ", contains 8000 " + grown.containsKey(8000));
        System.out.println("parallel search: " + grown.search(1, (k, v) -> k == 3050 ? "found " + k + "=" + v : null));
        System.out.println("parallel reduceValues max: " + grown.reduceValues(1, Math::max));
        ConcurrentHashMap.KeySetView<String, Boolean> set = ConcurrentHashMap.newKeySet();
        Thread[] adders2 = new Thread[4];
        for (int i = 0; i < 4; i++) {
            final int base = i;
            adders2[i] = new Thread(new Runnable() {
                public void run() {
                    for (int k = 0; k < 200; k++) set.add("s" + ((k * 4 + base) % 300));
                }
            }, "set-" + i);
            adders2[i].start();
        }
        for (Thread t : adders2) t.join();
        System.out.println("newKeySet size " + set.size());
    }
}
