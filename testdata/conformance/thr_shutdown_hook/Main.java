import java.util.concurrent.CountDownLatch;

// Shutdown hooks after main returns normally: registration errors, removeShutdownHook, hooks
// running concurrently (hook A waits for hook B, whatever order they start in), and what a hook
// may not do.
public class Main {
    static final CountDownLatch bDone = new CountDownLatch(1);
    static volatile String mainResult;

    static final class HookA extends Thread {
        HookA() {
            super("hook-A");
        }

        @Override
        public void run() {
            try {
                bDone.await();
            } catch (InterruptedException e) {
                throw new RuntimeException(e);
            }
            System.out.println(getName() + ": after hook-B; sees main's result " + mainResult
                    + "; daemon " + isDaemon());
            try {
                Runtime.getRuntime().addShutdownHook(new Thread("late"));
            } catch (IllegalStateException e) {
                System.out.println(getName() + ": addShutdownHook during shutdown: " + e.getMessage());
            }
            try {
                Runtime.getRuntime().removeShutdownHook(this);
            } catch (IllegalStateException e) {
                System.out.println(getName() + ": removeShutdownHook during shutdown: " + e.getMessage());
            }
        }
    }

    static final class HookB extends Thread {
        HookB() {
            super("hook-B");
        }

        @Override
        public void run() {
            System.out.println(getName() + ": runs in thread " + Thread.currentThread().getName());
            bDone.countDown();
        }
    }

    static final class Removed extends Thread {
        Removed() {
            super("removed");
        }

        @Override
        public void run() {
            System.out.println("the removed hook must not run");
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Runtime rt = Runtime.getRuntime();
        HookA a = new HookA();
        HookB b = new HookB();
        Removed removed = new Removed();
        rt.addShutdownHook(a);
        rt.addShutdownHook(removed);
        rt.addShutdownHook(b);
        try {
            rt.addShutdownHook(a);
        } catch (IllegalArgumentException e) {
            System.out.println("add twice: " + e.getMessage());
        }
        System.out.println("remove: " + rt.removeShutdownHook(removed));
        System.out.println("remove again: " + rt.removeShutdownHook(removed));
        System.out.println("remove never added: " + rt.removeShutdownHook(new Thread("stranger")));
        // A running thread cannot be a hook (one that has already ended could be added, and
        // would then fail to start at shutdown): keep it running until the check is done.
        CountDownLatch release = new CountDownLatch(1);
        Thread started = new Thread(new Runnable() {
            public void run() {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    throw new RuntimeException(e);
                }
            }
        }, "started");
        started.start();
        try {
            rt.addShutdownHook(started);
        } catch (IllegalArgumentException e) {
            System.out.println("add a running thread: " + e.getMessage());
        }
        release.countDown();
        started.join();
        try {
            rt.addShutdownHook(null);
        } catch (NullPointerException e) {
            System.out.println("add null: NullPointerException");
        }
        System.out.println("hooks are NEW until shutdown: " + a.getState() + " " + b.getState());
        mainResult = "42";
        System.out.println("main returns normally");
    }
}
