import java.util.concurrent.locks.LockSupport;

// LockSupport: a permit given by unpark before park makes park return at once (permits do not
// accumulate), parkNanos and parkUntil time out, park is woken by unpark from another thread and by
// interrupt (the flag stays set), park returns at once while the flag is set, and getBlocker.
public class Main {
    static volatile boolean go;

    public static void main(String[] args) throws InterruptedException {
        Thread me = Thread.currentThread();
        LockSupport.unpark(me);
        LockSupport.park();
        System.out.println("unpark before park: park returned");

        LockSupport.unpark(me);
        LockSupport.unpark(me);
        LockSupport.park();
        // The second unpark did not add a permit: this park times out (or returns spuriously,
        // which also ends it; nothing is printed about which).
        LockSupport.parkNanos(20_000_000);
        System.out.println("permits do not accumulate; parkNanos returned");

        LockSupport.parkNanos(1_000_000);
        LockSupport.parkNanos(0);
        LockSupport.parkNanos(-5);
        LockSupport.parkUntil(System.currentTimeMillis() + 10);
        LockSupport.parkUntil(0);
        System.out.println("parkNanos/parkUntil returned");

        Object blocker = "the blocker object";
        Thread parked = new Thread(new Runnable() {
            public void run() {
                while (!go) LockSupport.park(blocker);
                System.out.println("parked thread released by unpark, blocker now " + LockSupport.getBlocker(Thread.currentThread()));
            }
        }, "parked");
        parked.start();
        while (parked.getState() != Thread.State.WAITING) Thread.sleep(1);
        System.out.println("while parked: state " + parked.getState() + ", blocker '" + LockSupport.getBlocker(parked) + "'");
        go = true;
        LockSupport.unpark(parked);
        parked.join();
        System.out.println("after exit: blocker " + LockSupport.getBlocker(parked));

        String[] report = new String[1];
        Thread interrupted = new Thread(new Runnable() {
            public void run() {
                while (!Thread.currentThread().isInterrupted()) LockSupport.park();
                report[0] = "park woken by interrupt; flag still " + Thread.currentThread().isInterrupted();
                // With the flag set, park returns at once.
                for (int i = 0; i < 3; i++) LockSupport.park();
                LockSupport.parkNanos(60_000_000_000L);
                report[0] += "; parks with the flag set returned; flag " + Thread.interrupted() + " then " + Thread.interrupted();
            }
        }, "interrupted");
        interrupted.start();
        while (interrupted.getState() != Thread.State.WAITING) Thread.sleep(1);
        interrupted.interrupt();
        interrupted.join();
        System.out.println(report[0]);

        Thread timed = new Thread(new Runnable() {
            public void run() {
                while (!go) LockSupport.parkNanos("timed blocker", 60_000_000_000L);
                go = false;
            }
        }, "timed");
        go = false;
        timed.start();
        while (timed.getState() != Thread.State.TIMED_WAITING) Thread.sleep(1);
        System.out.println("parkNanos: state " + timed.getState() + ", blocker '" + LockSupport.getBlocker(timed) + "'");
        go = true;
        LockSupport.unpark(timed);
        timed.join();
        System.out.println("timed park released, go reset to " + go);

        // unpark of a thread that has not started has no effect; of a terminated one neither.
        Thread notStarted = new Thread(new Runnable() {
            public void run() {
                LockSupport.parkNanos(10_000_000);
                report[0] = "unpark before start was not kept (or the park was spurious)";
            }
        }, "not-started");
        LockSupport.unpark(notStarted);
        LockSupport.unpark(null);
        notStarted.start();
        notStarted.join();
        LockSupport.unpark(notStarted);
        System.out.println("unpark(null), unpark of NEW and TERMINATED threads: fine");

        // A hand-made mutex built on park/unpark, used by 4 threads.
        SpinParkLock lock = new SpinParkLock();
        int[] counter = new int[1];
        Thread[] ts = new Thread[4];
        for (int i = 0; i < ts.length; i++) {
            ts[i] = new Thread(new Runnable() {
                public void run() {
                    for (int k = 0; k < 2_000; k++) {
                        lock.lock();
                        try {
                            counter[0]++;
                        } finally {
                            lock.unlock();
                        }
                    }
                }
            }, "mutex-" + i);
        }
        for (Thread t : ts) t.start();
        for (Thread t : ts) t.join();
        System.out.println("park-based mutex counter " + counter[0]);
    }

    /** A simple FIFO-less lock: a CAS on a state word, waiters park and are unparked on release. */
    static final class SpinParkLock {
        private final java.util.concurrent.atomic.AtomicBoolean locked = new java.util.concurrent.atomic.AtomicBoolean();
        private final java.util.concurrent.ConcurrentLinkedQueue<Thread> waiters = new java.util.concurrent.ConcurrentLinkedQueue<>();

        void lock() {
            if (locked.compareAndSet(false, true)) return;
            Thread me = Thread.currentThread();
            waiters.add(me);
            while (!locked.compareAndSet(false, true)) LockSupport.park(this);
            waiters.remove(me);
        }

        void unlock() {
            locked.set(false);
            Thread next = waiters.peek();
            if (next != null) LockSupport.unpark(next);
        }
    }
}
