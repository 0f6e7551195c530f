import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

// Many short-lived threads: 200 started at once that each add to a synchronized list and an
// AtomicInteger, threads that start and join threads of their own (three levels), and threads
// started one after another, each joining the previous one.
public class Main {
    static final List<Integer> list = Collections.synchronizedList(new ArrayList<>());
    static final AtomicInteger atomic = new AtomicInteger();

    static final class Adder extends Thread {
        final int value;

        Adder(int value) {
            super("adder-" + value);
            this.value = value;
        }

        @Override
        public void run() {
            list.add(value);
            atomic.addAndGet(value);
        }
    }

    static final class Spawner extends Thread {
        final int level, fanout;
        final AtomicInteger leaves;

        Spawner(int level, int fanout, AtomicInteger leaves, String name) {
            super(name);
            this.level = level;
            this.fanout = fanout;
            this.leaves = leaves;
        }

        @Override
        public void run() {
            if (level == 0) {
                leaves.incrementAndGet();
                return;
            }
            Spawner[] children = new Spawner[fanout];
            for (int i = 0; i < fanout; i++) children[i] = new Spawner(level - 1, fanout, leaves, getName() + "." + i);
            for (Spawner c : children) c.start();
            try {
                for (Spawner c : children) c.join();
            } catch (InterruptedException e) {
                throw new RuntimeException(e);
            }
        }
    }

    static final class Chained extends Thread {
        final Chained previous;
        final CountDownLatch finished = new CountDownLatch(1);
        final int[] order;
        final int index;

        Chained(Chained previous, int[] order, int index) {
            super("chained-" + index);
            this.previous = previous;
            this.order = order;
            this.index = index;
        }

        @Override
        public void run() {
            try {
                // Not previous.join(): the previous thread may not have been started yet.
                if (previous != null) previous.finished.await();
            } catch (InterruptedException e) {
                throw new RuntimeException(e);
            }
            synchronized (order) {
                order[index] = order[order.length - 1]++;
            }
            finished.countDown();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Adder[] adders = new Adder[200];
        for (int i = 0; i < adders.length; i++) adders[i] = new Adder(i + 1);
        for (Adder a : adders) a.start();
        for (Adder a : adders) a.join();
        List<Integer> sorted = new ArrayList<>(list);
        Collections.sort(sorted);
        boolean exact = true;
        for (int i = 0; i < sorted.size(); i++) exact &= sorted.get(i) == i + 1;
        System.out.println("200 threads: list size " + list.size() + ", each value once " + exact + ", atomic sum " + atomic.get());
        int alive = 0;
        for (Adder a : adders) if (a.isAlive()) alive++;
        System.out.println("alive after join: " + alive);

        // 4 + 16 + 64 threads, 64 leaves; every parent joins its children.
        AtomicInteger leaves = new AtomicInteger();
        Spawner root = new Spawner(3, 4, leaves, "root");
        root.start();
        root.join();
        System.out.println("nested spawning: leaves " + leaves.get());

        // Started in reverse order, each waits for the one before it: they finish in index order.
        int n = 20;
        int[] order = new int[n + 1];
        Chained[] chain = new Chained[n];
        for (int i = 0; i < n; i++) chain[i] = new Chained(i == 0 ? null : chain[i - 1], order, i);
        for (int i = n - 1; i >= 0; i--) chain[i].start();
        for (Chained c : chain) c.join();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) sb.append(order[i]).append(' ');
        System.out.println("chained finish order: " + sb.toString().trim());

        // Waves: 10 rounds of 10 threads, all joined before the next round.
        int total = 0;
        for (int round = 0; round < 10; round++) {
            Adder[] wave = new Adder[10];
            for (int i = 0; i < wave.length; i++) wave[i] = new Adder(1000 + round * 10 + i);
            for (Adder a : wave) a.start();
            for (Adder a : wave) a.join();
            total += wave.length;
        }
        System.out.println("waves: " + total + " more threads, list size " + list.size() + ", atomic sum " + atomic.get());
        System.out.println("active count in main's group (main only): " + Thread.currentThread().getThreadGroup().activeCount());
    }
}
