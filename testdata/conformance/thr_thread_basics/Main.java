import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.LockSupport;

// Thread properties and life cycle: default names (Thread-0, Thread-1 for the first unnamed
// threads of the program), setName, priorities, daemon flag, thread group, isAlive, getState in
// every state (polled until reached), double start, run() called directly, toString.
public class Main {
    static final Object monitor = new Object();

    static void awaitState(Thread t, Thread.State s) throws InterruptedException {
        while (t.getState() != s) Thread.sleep(1);
        System.out.println(t.getName() + " reached " + t.getState());
    }

    static final class Noop implements Runnable {
        public void run() {
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Thread main = Thread.currentThread();
        System.out.println("current: " + main.getName() + ", priority " + main.getPriority() + ", daemon " + main.isDaemon()
                + ", alive " + main.isAlive() + ", state " + main.getState() + ", group " + main.getThreadGroup().getName());
        System.out.println("main's toString: " + main);
        System.out.println("group parent: " + main.getThreadGroup().getParent().getName() + ", its parent "
                + main.getThreadGroup().getParent().getParent());

        Thread t0 = new Thread(new Noop());
        Thread t1 = new Thread() {
            @Override
            public void run() {
            }
        };
        Thread named = new Thread(new Noop(), "named");
        Thread t2 = new Thread(new Noop());
        System.out.println("default names: " + t0.getName() + ", " + t1.getName() + ", " + t2.getName() + "; given: " + named.getName());
        System.out.println("toString of a new thread: " + t0);
        t0.setName("renamed");
        System.out.println("after setName: " + t0.getName());
        try {
            t0.setName(null);
        } catch (NullPointerException e) {
            System.out.println("setName(null): NullPointerException " + e.getMessage());
        }
        System.out.println("inherited: priority " + t0.getPriority() + ", daemon " + t0.isDaemon() + ", group "
                + t0.getThreadGroup().getName());
        t0.setPriority(Thread.MAX_PRIORITY);
        t1.setPriority(Thread.MIN_PRIORITY);
        System.out.println("priorities: " + t0.getPriority() + " " + t1.getPriority() + " " + Thread.NORM_PRIORITY);
        try {
            t0.setPriority(11);
        } catch (IllegalArgumentException e) {
            System.out.println("setPriority(11): " + e.getClass().getName() + " " + e.getMessage());
        }
        ThreadGroup low = new ThreadGroup("low");
        low.setMaxPriority(4);
        Thread inLow = new Thread(low, new Noop(), "in-low");
        inLow.setPriority(9);
        System.out.println("priority capped by group max " + low.getMaxPriority() + ": " + inLow.getPriority()
                + ", group " + inLow.getThreadGroup().getName() + " parent " + low.getParent().getName());
        System.out.println("toString with priority: " + inLow);

        System.out.println("before start: alive " + t0.isAlive() + ", state " + t0.getState());
        t0.start();
        t0.join();
        System.out.println("after join: alive " + t0.isAlive() + ", state " + t0.getState());
        try {
            t0.start();
        } catch (IllegalThreadStateException e) {
            System.out.println("second start: " + e.getClass().getName() + " message " + e.getMessage());
        }
        System.out.println("toString of a terminated thread: " + t0);

        // run() called directly runs in the caller and does not start the thread.
        String[] ranIn = new String[1];
        Thread direct = new Thread(new Runnable() {
            public void run() {
                ranIn[0] = Thread.currentThread().getName();
            }
        }, "direct");
        direct.run();
        System.out.println("direct run() ran in " + ranIn[0] + "; state " + direct.getState());
        System.out.println("Thread without a target: run() does nothing");
        new Thread("empty").run();

        // WAITING in Object.wait(), TIMED_WAITING in wait(ms) and sleep, BLOCKED on a monitor,
        // WAITING in join and in park, RUNNABLE while spinning.
        Thread waiting = new Thread(new Runnable() {
            public void run() {
                synchronized (monitor) {
                    try {
                        monitor.wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
        }, "waiting");
        waiting.start();
        awaitState(waiting, Thread.State.WAITING);
        waiting.interrupt();
        waiting.join();

        Thread timed = new Thread(new Runnable() {
            public void run() {
                synchronized (monitor) {
                    try {
                        monitor.wait(60_000);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
        }, "timed-wait");
        timed.start();
        awaitState(timed, Thread.State.TIMED_WAITING);
        timed.interrupt();
        timed.join();

        Thread sleeping = new Thread(new Runnable() {
            public void run() {
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "sleeping");
        sleeping.start();
        awaitState(sleeping, Thread.State.TIMED_WAITING);
        sleeping.interrupt();
        sleeping.join();

        Thread blocked = new Thread(new Runnable() {
            public void run() {
                synchronized (monitor) {
                    Thread.currentThread().setName("blocked-got-it");
                }
            }
        }, "blocked");
        synchronized (monitor) {
            blocked.start();
            awaitState(blocked, Thread.State.BLOCKED);
        }
        blocked.join();
        System.out.println("after the monitor was released: " + blocked.getName() + " " + blocked.getState());

        CountDownLatch never = new CountDownLatch(1);
        Thread target = new Thread(new Runnable() {
            public void run() {
                try {
                    never.await();
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "latch-waiter");
        target.start();
        awaitState(target, Thread.State.WAITING);
        Thread joiner = new Thread(new Runnable() {
            public void run() {
                try {
                    target.join();
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "joiner");
        joiner.start();
        awaitState(joiner, Thread.State.WAITING);
        Thread timedJoiner = new Thread(new Runnable() {
            public void run() {
                try {
                    target.join(60_000);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "timed-joiner");
        timedJoiner.start();
        awaitState(timedJoiner, Thread.State.TIMED_WAITING);
        never.countDown();
        target.join();
        joiner.join();
        timedJoiner.join();
        System.out.println("joiners done: " + joiner.getState() + " " + timedJoiner.getState());

        Thread parked = new Thread(new Runnable() {
            public void run() {
                LockSupport.parkNanos(60_000_000_000L);
            }
        }, "parked");
        parked.start();
        awaitState(parked, Thread.State.TIMED_WAITING);
        LockSupport.unpark(parked);
        parked.join();

        volatile_stop = false;
        Thread spinning = new Thread(new Runnable() {
            public void run() {
                while (!volatile_stop) Thread.onSpinWait();
            }
        }, "spinning");
        spinning.start();
        awaitState(spinning, Thread.State.RUNNABLE);
        volatile_stop = true;
        spinning.join();
        System.out.println("spinning: alive " + spinning.isAlive() + ", state " + spinning.getState());
        System.out.println("current thread is main: " + (Thread.currentThread() == main) + ", holds monitor "
                + Thread.holdsLock(monitor));
        System.out.println("Thread.State values: " + java.util.Arrays.toString(Thread.State.values()));
    }

    static volatile boolean volatile_stop;
}
