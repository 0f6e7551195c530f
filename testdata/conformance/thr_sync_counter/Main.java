// Counters incremented under `synchronized` from 8 threads: a synchronized block on a shared
// lock object, a synchronized instance method, a static synchronized method, and a block on the
// Class object (the same monitor the static synchronized method uses).
public class Main {
    static final int THREADS = 8;
    static final int ITERATIONS = 20_000;

    static final Object LOCK = new Object();
    static long blockCount;
    static long staticCount;
    static long classBlockCount;

    long instanceCount;

    synchronized void incInstance() {
        instanceCount++;
    }

    static synchronized void incStatic() {
        staticCount++;
    }

    static class Worker extends Thread {
        final Main shared;
        final int index;

        Worker(Main shared, int index) {
            super("counter-" + index);
            this.shared = shared;
            this.index = index;
        }

        @Override
        public void run() {
            for (int i = 0; i < ITERATIONS; i++) {
                synchronized (LOCK) {
                    blockCount++;
                }
                shared.incInstance();
                incStatic();
                if ((i & 1) == index % 2) {
                    synchronized (Main.class) {
                        classBlockCount += 2;
                        // Mixed with the static synchronized method: the same monitor.
                        staticCount--;
                        staticCount++;
                    }
                }
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Main shared = new Main();
        Worker[] workers = new Worker[THREADS];
        for (int i = 0; i < THREADS; i++) workers[i] = new Worker(shared, i);
        for (Worker w : workers) w.start();
        for (Worker w : workers) w.join();
        System.out.println("block count " + blockCount);
        System.out.println("instance count " + shared.instanceCount);
        System.out.println("static count " + staticCount);
        System.out.println("class block count " + classBlockCount);
        System.out.println("expected " + (long) THREADS * ITERATIONS);

        // A nested, re-entrant increment path: every thread takes LOCK, then the instance
        // monitor twice (through the synchronized method), in the same order.
        Thread[] nested = new Thread[4];
        final long[] nestedCount = new long[1];
        for (int i = 0; i < nested.length; i++) {
            nested[i] = new Thread(new Runnable() {
                public void run() {
                    for (int k = 0; k < 5_000; k++) {
                        synchronized (LOCK) {
                            synchronized (shared) {
                                shared.incInstance();
                                nestedCount[0]++;
                            }
                        }
                    }
                }
            }, "nested-" + i);
        }
        for (Thread t : nested) t.start();
        for (Thread t : nested) t.join();
        System.out.println("nested count " + nestedCount[0] + " instance count " + shared.instanceCount);
        System.out.println("main holds LOCK: " + Thread.holdsLock(LOCK));
    }
}
