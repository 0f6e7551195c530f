import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

// Timed blocking that ends by timeout: wait(ms) without a notify, wait(ms, ns), join(ms) and
// join(ms, ns) on a thread that is still running, sleep(ms, ns), TimeUnit helpers, and a timed
// wait cut short by a notify. Nothing depends on how long anything took, only on the outcome.
public class Main {
    static final Object lock = new Object();
    static boolean notified;

    public static void main(String[] args) throws InterruptedException {
        synchronized (lock) {
            lock.wait(50);
            System.out.println("wait(50) timed out; still holding the lock: " + Thread.holdsLock(lock));
            lock.wait(5, 500_000);
            System.out.println("wait(5, 500000) timed out");
        }

        // A worker in a timed wait continues by itself after the timeout.
        String[] report = new String[1];
        Thread worker = new Thread(new Runnable() {
            public void run() {
                synchronized (lock) {
                    try {
                        lock.wait(30);
                    } catch (InterruptedException e) {
                        throw new RuntimeException(e);
                    }
                    report[0] = "worker continued after its timed wait, notified " + notified;
                }
            }
        }, "timed-worker");
        worker.start();
        worker.join();
        System.out.println(report[0]);

        CountDownLatch release = new CountDownLatch(1);
        Thread busy = new Thread(new Runnable() {
            public void run() {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    throw new RuntimeException(e);
                }
            }
        }, "busy");
        busy.start();
        busy.join(50);
        System.out.println("join(50) returned; busy alive " + busy.isAlive());
        busy.join(10, 999_999);
        System.out.println("join(10, 999999) returned; busy alive " + busy.isAlive());
        TimeUnit.MILLISECONDS.timedJoin(busy, 10);
        System.out.println("timedJoin returned; busy alive " + busy.isAlive());
        release.countDown();
        busy.join(60_000);
        System.out.println("join(60000) after release returned; busy alive " + busy.isAlive() + ", state " + busy.getState());
        busy.join(5);
        System.out.println("join(5) on a terminated thread returns at once");

        Thread.sleep(20, 999_999);
        Thread.sleep(0, 1);
        Thread.sleep(0);
        TimeUnit.MICROSECONDS.sleep(1500);
        TimeUnit.NANOSECONDS.sleep(-1);
        System.out.println("sleeps done");
        synchronized (lock) {
            TimeUnit.MILLISECONDS.timedWait(lock, 15);
        }
        System.out.println("TimeUnit.timedWait returned");

        // A long timed wait ended early by notify: the waiter sees the flag set under the lock.
        Thread waiter = new Thread(new Runnable() {
            public void run() {
                synchronized (lock) {
                    try {
                        while (!notified) lock.wait(60_000);
                    } catch (InterruptedException e) {
                        throw new RuntimeException(e);
                    }
                    report[0] = "waiter woke with notified " + notified;
                }
            }
        }, "long-waiter");
        waiter.start();
        while (waiter.getState() != Thread.State.TIMED_WAITING) Thread.sleep(1);
        synchronized (lock) {
            notified = true;
            lock.notify();
        }
        waiter.join();
        System.out.println(report[0]);

        // Several threads waiting with different timeouts all come back by themselves.
        Thread[] ts = new Thread[5];
        int[] returned = new int[1];
        for (int i = 0; i < ts.length; i++) {
            final int ms = 5 + 7 * i;
            ts[i] = new Thread(new Runnable() {
                public void run() {
                    Object own = new Object();
                    synchronized (own) {
                        try {
                            own.wait(ms);
                        } catch (InterruptedException e) {
                            throw new RuntimeException(e);
                        }
                    }
                    synchronized (returned) {
                        returned[0]++;
                    }
                }
            }, "timeout-" + i);
            ts[i].start();
        }
        for (Thread t : ts) t.join();
        System.out.println("threads back from their own timed waits: " + returned[0]);
    }
}
