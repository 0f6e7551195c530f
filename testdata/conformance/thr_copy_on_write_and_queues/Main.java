import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

// The non-blocking concurrent collections under concurrent writers: CopyOnWriteArrayList/Set,
// ConcurrentLinkedQueue/Deque with concurrent producers and consumers, ConcurrentSkipListMap/Set.
// Only aggregates and sorted contents are printed.
public class Main {
    interface Body {
        void run(int index) throws Exception;
    }

    static void inThreads(int n, String name, Body body) throws InterruptedException {
        CountDownLatch go = new CountDownLatch(1);
        Thread[] ts = new Thread[n];
        for (int i = 0; i < n; i++) {
            final int k = i;
            ts[i] = new Thread(new Runnable() {
                public void run() {
                    try {
                        go.await();
                        body.run(k);
                    } catch (Exception e) {
                        throw new RuntimeException(e);
                    }
                }
            }, name + "-" + i);
            ts[i].start();
        }
        go.countDown();
        for (Thread t : ts) t.join();
    }

    static String pad3(int v) {
        return v < 10 ? "00" + v : v < 100 ? "0" + v : Integer.toString(v);
    }

    public static void main(String[] args) throws InterruptedException {
        CopyOnWriteArrayList<Integer> cow = new CopyOnWriteArrayList<>();
        inThreads(4, "cow", k -> {
            for (int i = 0; i < 250; i++) cow.add(k * 250 + i);
        });
        long sum = 0;
        for (int v : cow) sum += v;
        List<Integer> sorted = new ArrayList<>(cow);
        sorted.sort(null);
        System.out.println("CopyOnWriteArrayList: size " + cow.size() + ", sum " + sum + ", sorted first " + sorted.get(0)
                + " last " + sorted.get(sorted.size() - 1));
        Iterator<Integer> snapshot = cow.iterator();
        cow.clear();
        int count = 0;
        while (snapshot.hasNext()) {
            snapshot.next();
            count++;
        }
        System.out.println("iterator snapshot after clear: " + count + " elements; list now " + cow.size());
        try {
            cow.iterator().remove();
        } catch (UnsupportedOperationException | IllegalStateException e) {
            System.out.println("snapshot iterator remove: " + e.getClass().getName());
        }

        CopyOnWriteArraySet<String> cowSet = new CopyOnWriteArraySet<>();
        AtomicInteger added = new AtomicInteger();
        inThreads(4, "cowset", k -> {
            for (int i = 0; i < 50; i++) if (cowSet.add("e" + ((i + k * 13) % 60))) added.incrementAndGet();
        });
        System.out.println("CopyOnWriteArraySet: size " + cowSet.size() + ", successful adds " + added.get());
        CopyOnWriteArrayList<String> absent = new CopyOnWriteArrayList<>();
        AtomicInteger absentWins = new AtomicInteger();
        inThreads(6, "absent", k -> {
            for (int i = 0; i < 40; i++) if (absent.addIfAbsent("v" + i)) absentWins.incrementAndGet();
        });
        System.out.println("addIfAbsent: size " + absent.size() + ", wins " + absentWins.get());

        ConcurrentLinkedQueue<Integer> q = new ConcurrentLinkedQueue<>();
        AtomicLong consumed = new AtomicLong();
        AtomicInteger consumedCount = new AtomicInteger();
        final int producers = 3, perProducer = 1_000;
        inThreads(6, "clq", k -> {
            if (k < producers) {
                for (int i = 0; i < perProducer; i++) q.offer(k * perProducer + i);
            } else {
                while (consumedCount.get() < producers * perProducer) {
                    Integer v = q.poll();
                    if (v == null) {
                        Thread.yield();
                        continue;
                    }
                    consumed.addAndGet(v);
                    consumedCount.incrementAndGet();
                }
            }
        });
        System.out.println("ConcurrentLinkedQueue: consumed " + consumedCount.get() + ", sum " + consumed.get() + ", empty "
                + q.isEmpty());

        ConcurrentLinkedDeque<Integer> deque = new ConcurrentLinkedDeque<>();
        inThreads(4, "cld", k -> {
            for (int i = 0; i < 200; i++) {
                if (k % 2 == 0) deque.addFirst(i);
                else deque.addLast(-i);
            }
        });
        long dsum = 0;
        for (int v : deque) dsum += v;
        System.out.println("ConcurrentLinkedDeque: size " + deque.size() + ", sum " + dsum + ", first >= 0 "
                + (deque.peekFirst() >= 0) + ", last <= 0 " + (deque.peekLast() <= 0));

        ConcurrentSkipListMap<Integer, String> skip = new ConcurrentSkipListMap<>();
        inThreads(4, "skip", k -> {
            for (int i = 0; i < 300; i++) skip.put(i * 4 + k, "t" + k);
            for (int i = 0; i < 300; i += 3) skip.remove(i * 4 + k);
        });
        System.out.println("ConcurrentSkipListMap: size " + skip.size() + ", first " + skip.firstKey() + ", last "
                + skip.lastKey() + ", headMap(100) " + skip.headMap(100).size() + ", ceiling(600) " + skip.ceilingEntry(600)
                + ", floor(13) " + skip.floorKey(13));
        Map<String, Integer> perThread = new java.util.TreeMap<>();
        for (String v : skip.values()) perThread.merge(v, 1, Integer::sum);
        System.out.println("entries per writer " + perThread);
        ConcurrentSkipListSet<String> skipSet = new ConcurrentSkipListSet<>();
        inThreads(4, "skipset", k -> {
            for (int i = 0; i < 100; i++) skipSet.add(pad3((i * 7 + k * 3) % 150));
        });
        System.out.println("ConcurrentSkipListSet: size " + skipSet.size() + ", first " + skipSet.first() + ", last "
                + skipSet.last() + ", descending first " + skipSet.descendingSet().first());
    }
}
