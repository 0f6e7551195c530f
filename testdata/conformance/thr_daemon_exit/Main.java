import java.util.concurrent.CountDownLatch;

// Daemon threads do not keep the VM alive: main returns while daemons sleep in a loop, wait on a
// monitor forever, and spin; the program exits 0 with only main's output. Daemon status is
// inherited by threads a daemon creates.
public class Main {
    static final Object never = new Object();
    static volatile boolean childDaemon;
    static volatile long ticks;

    static final class Sleeper implements Runnable {
        final CountDownLatch started;

        Sleeper(CountDownLatch started) {
            this.started = started;
        }

        public void run() {
            Thread child = new Thread(new Waiter(started), "daemon-child");
            childDaemon = child.isDaemon();
            child.start();
            started.countDown();
            while (true) {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    // ignored: a daemon keeps going
                }
                ticks++;
            }
        }
    }

    static final class Waiter implements Runnable {
        final CountDownLatch started;

        Waiter(CountDownLatch started) {
            this.started = started;
        }

        public void run() {
            started.countDown();
            synchronized (never) {
                while (true) {
                    try {
                        never.wait();
                    } catch (InterruptedException e) {
                        // ignored
                    }
                }
            }
        }
    }

    static final class Spinner implements Runnable {
        final CountDownLatch started;

        Spinner(CountDownLatch started) {
            this.started = started;
        }

        public void run() {
            started.countDown();
            long x = 0;
            while (true) {
                x += 1;
                if (x == Long.MIN_VALUE) System.out.println("wrapped");
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        CountDownLatch started = new CountDownLatch(3);
        Thread sleeper = new Thread(new Sleeper(started), "daemon-sleeper");
        System.out.println("default daemon status of a thread made by main: " + sleeper.isDaemon());
        sleeper.setDaemon(true);
        sleeper.start();
        Thread spinner = new Thread(new Spinner(started), "daemon-spinner");
        spinner.setDaemon(true);
        spinner.start();
        started.await();
        System.out.println("child of a daemon is daemon: " + childDaemon);
        System.out.println("daemons alive: " + sleeper.isAlive() + " " + spinner.isAlive());
        try {
            sleeper.setDaemon(false);
        } catch (IllegalThreadStateException e) {
            System.out.println("setDaemon on a started thread: " + e.getClass().getName());
        }
        System.out.println("main returns");
    }
}
