import java.util.concurrent.atomic.AtomicInteger;

public class Main {
    static class Summer extends Thread {
        final int from, to;
        long result;
        Summer(int from, int to) {
            super("summer-" + from);
            this.from = from;
            this.to = to;
        }
        @Override public void run() {
            long s = 0;
            for (int i = from; i < to; i++) s += (long) i * i;
            result = s;
        }
    }

    static int shared;

    public static void main(String[] args) throws InterruptedException {
        Summer[] workers = new Summer[4];
        for (int i = 0; i < workers.length; i++) workers[i] = new Summer(i * 250_000, (i + 1) * 250_000);
        for (Summer w : workers) w.start();
        long total = 0;
        for (Summer w : workers) {
            w.join();
            total += w.result;
        }
        System.out.println("sum of squares " + total);
        final AtomicInteger atomic = new AtomicInteger();
        final Object lock = new Object();
        Thread[] ts = new Thread[3];
        for (int i = 0; i < ts.length; i++) {
            ts[i] = new Thread(new Runnable() {
                public void run() {
                    for (int k = 0; k < 10_000; k++) {
                        atomic.incrementAndGet();
                        synchronized (lock) {
                            shared++;
                        }
                    }
                }
            });
            ts[i].start();
        }
        for (Thread t : ts) t.join();
        System.out.println("atomic " + atomic.get() + " synchronized " + shared);
        Thread named = new Thread(new Runnable() {
            public void run() {
                System.out.println("in thread " + Thread.currentThread().getName() + " daemon=" + Thread.currentThread().isDaemon());
            }
        }, "worker-x");
        System.out.println("state before start " + named.getState());
        named.start();
        named.join();
        System.out.println("state after join " + named.getState() + " alive " + named.isAlive());
        System.out.println("main thread " + Thread.currentThread().getName() + " priority " + Thread.currentThread().getPriority());
    }
}
