// StackOverflowError in threads other than main: caught inside the thread (which then carries
// on), in several threads at once, in threads created with an explicit stack size, and uncaught
// with a handler. Depths are not printed (they depend on the VM).
public class Main {
    static int recurse(int n) {
        return recurse(n + 1) + 1;
    }

    static final class Deep implements Runnable {
        String result;

        public void run() {
            try {
                recurse(0);
                result = "no overflow?";
            } catch (StackOverflowError e) {
                // The thread is usable again once the stack has unwound.
                result = "caught " + e.getClass().getName() + ", then fib(20) = " + fib(20);
            }
        }
    }

    static int fib(int n) {
        return n < 2 ? n : fib(n - 1) + fib(n - 2);
    }

    static final class Unbounded implements Runnable {
        public void run() {
            recurse(0);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Deep one = new Deep();
        Thread t = new Thread(one, "deep");
        t.start();
        t.join();
        System.out.println("deep: " + one.result);

        Deep[] deeps = new Deep[4];
        Thread[] ts = new Thread[4];
        for (int i = 0; i < 4; i++) {
            deeps[i] = new Deep();
            ts[i] = new Thread(null, deeps[i], "sized-" + i, (i + 1) * 256L * 1024);
        }
        for (Thread x : ts) x.start();
        for (Thread x : ts) x.join();
        for (int i = 0; i < 4; i++) System.out.println(ts[i].getName() + ": " + deeps[i].result);

        Thread uncaught = new Thread(new Unbounded(), "unbounded");
        uncaught.setUncaughtExceptionHandler(new Thread.UncaughtExceptionHandler() {
            public void uncaughtException(Thread th, Throwable e) {
                StackTraceElement top = e.getStackTrace()[0];
                System.out.println("handler: " + th.getName() + " died of " + e.getClass().getName() + " in "
                        + top.getClassName() + "." + top.getMethodName());
            }
        });
        uncaught.start();
        uncaught.join();

        Deep inMain = new Deep();
        inMain.run();
        System.out.println("main: " + inMain.result);
    }
}
