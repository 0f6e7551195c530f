import java.util.concurrent.CountDownLatch;

// The VM waits for every non-daemon thread when main returns: a worker that sleeps 200 ms and a
// thread it starts in turn both print after main has returned, then a shutdown hook runs.
public class Main {
    static final CountDownLatch mainReturning = new CountDownLatch(1);

    static final class Worker extends Thread {
        Worker() {
            super("worker");
        }

        @Override
        public void run() {
            try {
                mainReturning.await();
                Thread.sleep(200);
                System.out.println("worker: slept 200 ms after main returned");
                CountDownLatch workerDone = new CountDownLatch(1);
                Thread second = new Thread(new Runnable() {
                    public void run() {
                        try {
                            workerDone.await();
                            Thread.sleep(50);
                        } catch (InterruptedException e) {
                            throw new RuntimeException(e);
                        }
                        System.out.println("second: started by the worker, daemon " + Thread.currentThread().isDaemon());
                    }
                }, "second");
                second.start();
                System.out.println("worker: ends without joining second");
                workerDone.countDown();
            } catch (InterruptedException e) {
                throw new RuntimeException(e);
            }
        }
    }

    public static void main(String[] args) {
        Runtime.getRuntime().addShutdownHook(new Thread("hook") {
            @Override
            public void run() {
                System.out.println("hook: runs after every non-daemon thread ended");
            }
        });
        Worker w = new Worker();
        w.start();
        System.out.println("main: worker alive " + w.isAlive() + ", daemon " + w.isDaemon());
        System.out.println("main returns");
        mainReturning.countDown();
    }
}
