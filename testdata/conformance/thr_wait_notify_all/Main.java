// notifyAll and notify with several waiters on one monitor. Waiters count themselves under the
// monitor before they wait, so once main holds the monitor and sees the full count, every waiter
// is in wait() (it released the monitor only there). notifyAll wakes them all; notify hands out
// one permit at a time, and each permit is taken by exactly one waiter.
public class Main {
    static final Object lock = new Object();
    static int waiting;
    static int woken;
    static int generation;
    static int permits;
    static int consumed;

    static final class AllWaiter extends Thread {
        AllWaiter(int i) {
            super("all-" + i);
        }

        @Override
        public void run() {
            synchronized (lock) {
                int myGeneration = generation;
                waiting++;
                try {
                    while (generation == myGeneration) lock.wait();
                } catch (InterruptedException e) {
                    throw new RuntimeException(e);
                }
                waiting--;
                woken++;
            }
        }
    }

    static final class PermitWaiter extends Thread {
        PermitWaiter(int i) {
            super("permit-" + i);
        }

        @Override
        public void run() {
            synchronized (lock) {
                waiting++;
                try {
                    while (permits == 0) lock.wait();
                } catch (InterruptedException e) {
                    throw new RuntimeException(e);
                }
                permits--;
                consumed++;
                waiting--;
                lock.notifyAll(); // tell main a permit was taken
            }
        }
    }

    static void awaitWaiting(int n) throws InterruptedException {
        while (true) {
            synchronized (lock) {
                if (waiting == n) return;
            }
            Thread.sleep(1);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        AllWaiter[] all = new AllWaiter[6];
        for (int i = 0; i < all.length; i++) all[i] = new AllWaiter(i);
        for (AllWaiter w : all) w.start();
        awaitWaiting(all.length);
        synchronized (lock) {
            System.out.println("waiting before notifyAll: " + waiting);
            generation++;
            lock.notifyAll();
            System.out.println("woken while main still holds the monitor: " + woken);
        }
        for (AllWaiter w : all) w.join();
        System.out.println("woken by one notifyAll: " + woken + ", still waiting " + waiting);

        // notify with no waiters is a no-op.
        synchronized (lock) {
            lock.notify();
            lock.notifyAll();
        }

        PermitWaiter[] pw = new PermitWaiter[4];
        for (int i = 0; i < pw.length; i++) pw[i] = new PermitWaiter(i);
        for (PermitWaiter w : pw) w.start();
        awaitWaiting(pw.length);
        for (int round = 1; round <= pw.length; round++) {
            synchronized (lock) {
                permits++;
                lock.notify();
                while (consumed < round) lock.wait();
                System.out.println("round " + round + ": permits taken " + consumed + ", left " + permits + ", still waiting "
                        + waiting);
            }
        }
        for (PermitWaiter w : pw) w.join();
        System.out.println("all permit waiters done: " + consumed);

        // Two monitors: a waiter on the inner one keeps the outer one; the re-entrant inner monitor
        // is fully released by wait() and fully re-acquired after.
        Object outer = new Object();
        Object inner = new Object();
        boolean[] flag = new boolean[1];
        String[] report = new String[1];
        Thread nested = new Thread(new Runnable() {
            public void run() {
                synchronized (outer) {
                    synchronized (inner) {
                        synchronized (inner) {
                            try {
                                while (!flag[0]) inner.wait();
                            } catch (InterruptedException e) {
                                throw new RuntimeException(e);
                            }
                            report[0] = "nested waiter woke holding outer " + Thread.holdsLock(outer) + " inner "
                                    + Thread.holdsLock(inner);
                        }
                        report[0] += ", still inner after one exit " + Thread.holdsLock(inner);
                    }
                }
            }
        }, "nested");
        nested.start();
        while (nested.getState() != Thread.State.WAITING) Thread.sleep(1);
        synchronized (inner) {
            System.out.println("main entered inner while nested waits (re-entrant monitor fully released)");
            flag[0] = true;
            inner.notifyAll();
        }
        boolean[] gotOuter = new boolean[1];
        nested.join();
        synchronized (outer) {
            gotOuter[0] = true;
        }
        System.out.println(report[0] + "; main then took outer " + gotOuter[0]);
    }
}
