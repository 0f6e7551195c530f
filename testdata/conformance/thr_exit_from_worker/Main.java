import java.util.concurrent.CountDownLatch;

// System.exit(3) called from a worker thread while main is blocked in join and another
// non-daemon thread is blocked forever: the shutdown hook runs, nothing else prints, exit code 3.
public class Main {
    static final CountDownLatch forever = new CountDownLatch(1);

    static final class Exiter extends Thread {
        Exiter() {
            super("exiter");
        }

        @Override
        public void run() {
            try {
                // Let main reach join() first (not needed for the result).
                while (mainThread.getState() != Thread.State.WAITING) Thread.sleep(1);
                System.out.println("exiter: main is " + mainThread.getState() + ", calling System.exit(3)");
                System.exit(3);
            } catch (InterruptedException e) {
                throw new RuntimeException(e);
            } finally {
                System.out.println("exiter: finally must not run");
            }
        }
    }

    static final class Stuck extends Thread {
        Stuck() {
            super("stuck");
        }

        @Override
        public void run() {
            try {
                forever.await();
            } catch (InterruptedException e) {
                System.out.println("stuck: interrupted?");
            }
            System.out.println("stuck: must not get here");
        }
    }

    static Thread mainThread;

    public static void main(String[] args) throws InterruptedException {
        mainThread = Thread.currentThread();
        Runtime.getRuntime().addShutdownHook(new Thread("hook") {
            @Override
            public void run() {
                System.out.println("hook: runs in " + Thread.currentThread().getName() + "; stuck alive " + stuck.isAlive());
                System.out.flush();
            }
        });
        stuck = new Stuck();
        stuck.start();
        Exiter e = new Exiter();
        System.out.println("main: joining the exiter");
        e.start();
        e.join();
        System.out.println("main: join returned (must not happen)");
    }

    static Stuck stuck;
}
