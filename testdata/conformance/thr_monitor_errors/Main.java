// Monitor misuse and monitor bookkeeping: IllegalMonitorStateException from wait/notify/notifyAll
// without owning the monitor (also when owning a different one, and in another thread while main
// owns it), argument checks of wait/sleep/join, re-entrant nesting, Thread.holdsLock, monitors
// released by exceptions, and synchronized methods on classes and arrays.
public class Main {
    static final Object a = new Object();
    static final Object b = new Object();

    static void show(String what, Throwable e) {
        System.out.println(what + ": " + e.getClass().getName() + ": " + e.getMessage());
    }

    interface Action {
        void run() throws Exception;
    }

    static void attempt(String what, Action action) {
        try {
            action.run();
            System.out.println(what + ": no exception");
        } catch (Exception e) {
            show(what, e);
        }
    }

    static synchronized void staticSync() {
        System.out.println("static synchronized holds Main.class: " + Thread.holdsLock(Main.class));
    }

    synchronized void instanceSync(int depth) {
        if (depth > 0) {
            instanceSync(depth - 1);
            return;
        }
        System.out.println("re-entrant depth 5 holds this: " + Thread.holdsLock(this));
    }

    static int depthCount;

    static void nest(Object lock, int depth) {
        synchronized (lock) {
            depthCount++;
            if (depth > 0) nest(lock, depth - 1);
        }
    }

    public static void main(String[] args) throws Exception {
        attempt("wait without monitor", () -> a.wait());
        attempt("wait(10) without monitor", () -> a.wait(10));
        attempt("wait(10, 10) without monitor", () -> a.wait(10, 10));
        attempt("notify without monitor", () -> a.notify());
        attempt("notifyAll without monitor", () -> a.notifyAll());
        attempt("wait on a while holding b", () -> {
            synchronized (b) {
                a.wait();
            }
        });
        attempt("notify a while holding b", () -> {
            synchronized (b) {
                a.notify();
            }
        });
        attempt("notify on a String literal", () -> "literal".notify());
        attempt("notify on a Class", () -> Main.class.notifyAll());

        attempt("wait(-1)", () -> {
            synchronized (a) {
                a.wait(-1);
            }
        });
        attempt("wait(-1) without monitor", () -> a.wait(-1));
        attempt("wait(0, -1)", () -> {
            synchronized (a) {
                a.wait(0, -1);
            }
        });
        attempt("wait(0, 1000000)", () -> {
            synchronized (a) {
                a.wait(0, 1_000_000);
            }
        });
        attempt("wait(1, 999999)", () -> {
            synchronized (a) {
                a.wait(1, 999_999);
            }
        });
        attempt("sleep(-5)", () -> Thread.sleep(-5));
        attempt("sleep(0, -1)", () -> Thread.sleep(0, -1));
        attempt("sleep(0, 1000000)", () -> Thread.sleep(0, 1_000_000));
        attempt("join(-1)", () -> Thread.currentThread().join(-1));
        attempt("join(0, 1000000)", () -> Thread.currentThread().join(0, 1_000_000));
        attempt("join(1) on self", () -> Thread.currentThread().join(1));
        attempt("notify and notifyAll holding the monitor", () -> {
            synchronized (a) {
                a.notify();
                a.notifyAll();
            }
        });

        // Another thread cannot notify a monitor that main holds, and cannot enter it.
        String[] other = new String[2];
        synchronized (a) {
            Thread t = new Thread(new Runnable() {
                public void run() {
                    try {
                        a.notify();
                        other[0] = "no exception";
                    } catch (IllegalMonitorStateException e) {
                        other[0] = e.getClass().getName() + ": " + e.getMessage();
                    }
                    other[1] = "holdsLock(a) in other thread " + Thread.holdsLock(a);
                }
            }, "other");
            t.start();
            t.join();
            System.out.println("other thread notify while main holds the monitor: " + other[0]);
            System.out.println(other[1] + ", in main " + Thread.holdsLock(a));
        }

        staticSync();
        new Main().instanceSync(5);
        nest(a, 9);
        System.out.println("nested 10 deep: " + depthCount + ", holds afterwards " + Thread.holdsLock(a));
        synchronized (a) {
            synchronized (b) {
                synchronized (a) {
                    System.out.println("a, b, a: holds a " + Thread.holdsLock(a) + ", b " + Thread.holdsLock(b));
                }
                System.out.println("after inner a: holds a " + Thread.holdsLock(a));
            }
            System.out.println("after b: holds b " + Thread.holdsLock(b));
        }
        System.out.println("after all: holds a " + Thread.holdsLock(a) + ", b " + Thread.holdsLock(b));
        try {
            Thread.holdsLock(null);
        } catch (NullPointerException e) {
            System.out.println("holdsLock(null): NullPointerException");
        }
        try {
            Object nothing = null;
            synchronized (nothing) {
                System.out.println("entered null monitor?");
            }
        } catch (NullPointerException e) {
            System.out.println("synchronized (null): NullPointerException");
        }

        // An exception leaving a synchronized block or method releases the monitor, which another
        // thread can then take.
        try {
            synchronized (b) {
                throw new IllegalStateException("leaving with an exception");
            }
        } catch (IllegalStateException e) {
            System.out.println("caught: " + e.getMessage() + ", holds b " + Thread.holdsLock(b));
        }
        boolean[] entered = new boolean[1];
        Thread taker = new Thread(new Runnable() {
            public void run() {
                synchronized (b) {
                    entered[0] = true;
                }
            }
        }, "taker");
        taker.start();
        taker.join();
        System.out.println("another thread entered b: " + entered[0]);

        int[] array = new int[3];
        synchronized (array) {
            array.notifyAll();
            System.out.println("arrays have monitors: " + Thread.holdsLock(array));
        }
        synchronized (a) {
            a.wait(1);
            System.out.println("wait(1) returned holding a: " + Thread.holdsLock(a));
            a.wait(0, 1);
            System.out.println("wait(0, 1) returned holding a: " + Thread.holdsLock(a));
        }
    }
}
