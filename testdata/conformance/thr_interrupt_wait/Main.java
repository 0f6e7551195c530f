import java.util.concurrent.CountDownLatch;

// Interrupts outside Thread.sleep: in Object.wait (with and without timeout), in Thread.join,
// before a wait or sleep, the interrupted()/isInterrupted() semantics, and interrupts of threads
// that are not alive.
public class Main {
    static final Object lock = new Object();

    static void describe(String what, Throwable e) {
        System.out.println(what + ": " + e.getClass().getName() + " message=" + e.getMessage());
    }

    static final class Waiter extends Thread {
        final long timeout;
        volatile boolean waiting;
        String outcome;
        boolean flagAfter;
        boolean holdsLockInHandler;

        Waiter(String name, long timeout) {
            super(name);
            this.timeout = timeout;
        }

        @Override
        public void run() {
            synchronized (lock) {
                waiting = true;
                try {
                    // Loop so that a spurious wake-up cannot end the test early.
                    while (true) lock.wait(timeout);
                } catch (InterruptedException e) {
                    outcome = e.getClass().getName() + " message=" + e.getMessage();
                    holdsLockInHandler = Thread.holdsLock(lock);
                }
                flagAfter = isInterrupted();
            }
        }
    }

    static void interruptWaiter(Waiter w) throws InterruptedException {
        w.start();
        // Once `waiting` is set and we own the monitor, the waiter has released it in wait().
        while (true) {
            synchronized (lock) {
                if (w.waiting) break;
            }
            Thread.sleep(1);
        }
        w.interrupt();
        w.join();
        System.out.println(w.getName() + ": " + w.outcome + "; holds the monitor in the handler "
                + w.holdsLockInHandler + "; isInterrupted afterwards " + w.flagAfter);
    }

    public static void main(String[] args) throws InterruptedException {
        interruptWaiter(new Waiter("wait()", 0));
        interruptWaiter(new Waiter("wait(60000)", 60_000));

        // A thread blocked in join() on a thread that never ends by itself.
        CountDownLatch release = new CountDownLatch(1);
        Thread blocker = new Thread(new Runnable() {
            public void run() {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    System.out.println("blocker interrupted?");
                }
            }
        }, "blocker");
        blocker.start();
        String[] joinOutcome = new String[1];
        Thread joiner = new Thread(new Runnable() {
            public void run() {
                try {
                    blocker.join();
                    joinOutcome[0] = "join returned";
                } catch (InterruptedException e) {
                    joinOutcome[0] = "join: " + e.getClass().getName() + " message=" + e.getMessage()
                            + ", flag " + Thread.currentThread().isInterrupted();
                }
            }
        }, "joiner");
        joiner.start();
        while (joiner.getState() != Thread.State.WAITING) Thread.sleep(1);
        joiner.interrupt();
        joiner.join();
        System.out.println(joinOutcome[0]);
        System.out.println("blocker still alive: " + blocker.isAlive());
        release.countDown();
        blocker.join();
        System.out.println("blocker alive after release: " + blocker.isAlive());

        // Interrupt status already set: wait and sleep throw at once and clear it.
        Thread.currentThread().interrupt();
        synchronized (lock) {
            try {
                lock.wait();
            } catch (InterruptedException e) {
                describe("wait with the flag set", e);
                System.out.println("flag after: " + Thread.currentThread().isInterrupted());
            }
        }
        Thread.currentThread().interrupt();
        synchronized (lock) {
            try {
                lock.wait(10, 5);
            } catch (InterruptedException e) {
                describe("wait(10, 5) with the flag set", e);
            }
        }
        Thread.currentThread().interrupt();
        try {
            Thread.sleep(10_000);
        } catch (InterruptedException e) {
            describe("sleep with the flag set", e);
        }
        Thread.currentThread().interrupt();
        try {
            blocker.join();
            System.out.println("join on a terminated thread with the flag set returned, flag "
                    + Thread.currentThread().isInterrupted());
        } catch (InterruptedException e) {
            describe("join on a terminated thread with the flag set", e);
        }
        Thread.interrupted();

        // interrupted() reads and clears; isInterrupted() only reads.
        Thread me = Thread.currentThread();
        System.out.println("initially " + me.isInterrupted());
        me.interrupt();
        System.out.println("after interrupt: isInterrupted " + me.isInterrupted() + " " + me.isInterrupted());
        System.out.println("interrupted() " + Thread.interrupted() + " then " + Thread.interrupted());
        System.out.println("isInterrupted now " + me.isInterrupted());
        me.interrupt();
        me.interrupt();
        System.out.println("twice interrupted: " + Thread.interrupted() + " " + Thread.interrupted());

        // Interrupting a thread that is not alive.
        Thread fresh = new Thread(new Runnable() {
            public void run() {
                System.out.println("fresh runs, isInterrupted " + Thread.currentThread().isInterrupted());
            }
        }, "fresh");
        fresh.interrupt();
        System.out.println("NEW thread after interrupt: isInterrupted " + fresh.isInterrupted());
        fresh.start();
        fresh.join();
        fresh.interrupt();
        System.out.println("TERMINATED thread after interrupt: isInterrupted " + fresh.isInterrupted());

        // A thread that checks its own flag in a loop.
        Thread spinner = new Thread(new Runnable() {
            public void run() {
                while (!Thread.currentThread().isInterrupted()) Thread.onSpinWait();
                System.out.println("spinner saw the interrupt, flag still " + Thread.currentThread().isInterrupted());
            }
        }, "spinner");
        spinner.start();
        while (spinner.getState() == Thread.State.NEW) Thread.sleep(1);
        spinner.interrupt();
        spinner.join();
    }
}
