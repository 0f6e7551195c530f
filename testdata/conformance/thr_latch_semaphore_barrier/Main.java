import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Exchanger;
import java.util.concurrent.Phaser;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

// The synchronizers of java.util.concurrent: CountDownLatch, Semaphore bounding concurrency,
// CyclicBarrier with a barrier action over several generations (and broken by reset), Phaser
// with registration and deregistration, and Exchanger.
public class Main {
    static void latch() throws InterruptedException {
        CountDownLatch start = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(5);
        AtomicInteger work = new AtomicInteger();
        for (int i = 0; i < 5; i++) {
            final int k = i;
            new Thread(new Runnable() {
                public void run() {
                    try {
                        start.await();
                        work.addAndGet(k * 10);
                        done.countDown();
                    } catch (InterruptedException e) {
                        throw new RuntimeException(e);
                    }
                }
            }, "latch-" + i).start();
        }
        System.out.println("latch: count before " + done.getCount() + ", await(10 ms) " + done.await(10, TimeUnit.MILLISECONDS));
        start.countDown();
        done.await();
        System.out.println("latch: count after " + done.getCount() + ", work " + work.get() + ", await again "
                + done.await(0, TimeUnit.SECONDS));
        done.countDown();
        System.out.println("latch: countDown at zero stays " + done.getCount());
    }

    static void semaphore() throws InterruptedException {
        Semaphore sem = new Semaphore(3);
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger maxInside = new AtomicInteger();
        AtomicInteger entries = new AtomicInteger();
        Thread[] ts = new Thread[10];
        for (int i = 0; i < ts.length; i++) {
            ts[i] = new Thread(new Runnable() {
                public void run() {
                    for (int r = 0; r < 20; r++) {
                        sem.acquireUninterruptibly();
                        try {
                            int now = inside.incrementAndGet();
                            maxInside.accumulateAndGet(now, Math::max);
                            entries.incrementAndGet();
                            Thread.yield();
                            inside.decrementAndGet();
                        } finally {
                            sem.release();
                        }
                    }
                }
            }, "sem-" + i);
        }
        for (Thread t : ts) t.start();
        for (Thread t : ts) t.join();
        System.out.println("semaphore: entries " + entries.get() + ", max inside <= 3: " + (maxInside.get() <= 3)
                + ", permits back " + sem.availablePermits());
        System.out.println("semaphore: tryAcquire(3) " + sem.tryAcquire(3) + ", tryAcquire " + sem.tryAcquire()
                + ", timed tryAcquire " + sem.tryAcquire(10, TimeUnit.MILLISECONDS) + ", drain " + sem.drainPermits());
        sem.release(2);
        Semaphore zero = new Semaphore(0);
        Thread releaser = new Thread(new Runnable() {
            public void run() {
                zero.release(4);
            }
        }, "releaser");
        releaser.start();
        zero.acquire(4);
        releaser.join();
        System.out.println("semaphore: acquired 4 released by another thread; permits " + sem.availablePermits()
                + " and " + zero.availablePermits());
    }

    static void barrier() throws InterruptedException {
        final int parties = 4;
        final int[] slots = new int[parties];
        List<String> log = new ArrayList<>();
        int[] generation = new int[1];
        CyclicBarrier barrier = new CyclicBarrier(parties, new Runnable() {
            public void run() {
                int sum = 0;
                for (int s : slots) sum += s;
                log.add("generation " + generation[0]++ + " sum " + sum);
            }
        });
        Thread[] ts = new Thread[parties];
        int[] arrivalIndexes = new int[parties];
        for (int i = 0; i < parties; i++) {
            final int k = i;
            ts[i] = new Thread(new Runnable() {
                public void run() {
                    try {
                        for (int round = 1; round <= 3; round++) {
                            slots[k] = round * (k + 1);
                            arrivalIndexes[k] += barrier.await();
                        }
                    } catch (InterruptedException | BrokenBarrierException e) {
                        throw new RuntimeException(e);
                    }
                }
            }, "party-" + i);
        }
        for (Thread t : ts) t.start();
        for (Thread t : ts) t.join();
        int arrivalSum = 0;
        for (int a : arrivalIndexes) arrivalSum += a;
        System.out.println("barrier: " + log + ", sum of arrival indexes " + arrivalSum + ", broken " + barrier.isBroken());

        CyclicBarrier three = new CyclicBarrier(3);
        String[] outcome = new String[1];
        Thread lonely = new Thread(new Runnable() {
            public void run() {
                try {
                    three.await();
                    outcome[0] = "passed (wrong)";
                } catch (BrokenBarrierException e) {
                    outcome[0] = "BrokenBarrierException after reset";
                } catch (InterruptedException e) {
                    outcome[0] = "interrupted (wrong)";
                }
            }
        }, "lonely");
        lonely.start();
        while (three.getNumberWaiting() != 1) Thread.sleep(1);
        three.reset();
        lonely.join();
        System.out.println("barrier: " + outcome[0] + "; broken after reset " + three.isBroken());
        try {
            three.await(10, TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            System.out.println("barrier: timed await -> TimeoutException, broken " + three.isBroken());
        } catch (BrokenBarrierException e) {
            System.out.println("barrier: unexpected BrokenBarrierException");
        }
    }

    static void phaser() throws InterruptedException {
        List<String> log = new ArrayList<>();
        Phaser phaser = new Phaser(1) {
            @Override
            protected boolean onAdvance(int phase, int registered) {
                log.add("phase " + phase + " with " + registered);
                return phase >= 3 || registered == 0;
            }
        };
        Thread[] ts = new Thread[3];
        for (int i = 0; i < ts.length; i++) {
            final int rounds = i + 1;
            phaser.register();
            ts[i] = new Thread(new Runnable() {
                public void run() {
                    for (int r = 0; r < rounds; r++) phaser.arriveAndAwaitAdvance();
                    phaser.arriveAndDeregister();
                }
            }, "phased-" + i);
            ts[i].start();
        }
        // main takes part in phases 0 to 3; the last party leaves in phase 3, which terminates.
        for (int p = 0; p < 4; p++) phaser.arriveAndAwaitAdvance();
        for (Thread t : ts) t.join();
        System.out.println("phaser: " + log + ", phase now " + phaser.getPhase() + ", registered " + phaser.getRegisteredParties());
        int last = phaser.arriveAndDeregister();
        System.out.println("phaser: final arrive returned " + last + ", terminated " + phaser.isTerminated() + ", log " + log);
    }

    static void exchanger() throws InterruptedException {
        Exchanger<String> ex = new Exchanger<>();
        String[] got = new String[1];
        Thread partner = new Thread(new Runnable() {
            public void run() {
                try {
                    got[0] = ex.exchange("from partner");
                } catch (InterruptedException e) {
                    throw new RuntimeException(e);
                }
            }
        }, "partner");
        partner.start();
        String mine = ex.exchange("from main");
        partner.join();
        System.out.println("exchanger: main got '" + mine + "', partner got '" + got[0] + "'");
    }

    public static void main(String[] args) throws InterruptedException {
        latch();
        semaphore();
        barrier();
        phaser();
        exchanger();
    }
}
