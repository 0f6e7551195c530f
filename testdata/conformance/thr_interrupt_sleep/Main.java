import java.util.concurrent.CountDownLatch;

// Interrupting a thread in Thread.sleep: the sleep ends with InterruptedException("sleep
// interrupted") and the interrupt status is cleared.
public class Main {
    static class Sleeper extends Thread {
        final CountDownLatch aboutToSleep = new CountDownLatch(1);
        final long millis;
        final int nanos;
        String outcome;
        boolean flagAfter;

        Sleeper(String name, long millis, int nanos) {
            super(name);
            this.millis = millis;
            this.nanos = nanos;
        }

        @Override
        public void run() {
            aboutToSleep.countDown();
            try {
                if (nanos >= 0) Thread.sleep(millis, nanos);
                else Thread.sleep(millis);
                outcome = "slept to the end";
            } catch (InterruptedException e) {
                outcome = e.getClass().getName() + ": " + e.getMessage();
            }
            flagAfter = isInterrupted();
        }
    }

    static void interruptWhileSleeping(Sleeper s) throws InterruptedException {
        s.start();
        s.aboutToSleep.await();
        // Wait until it is really sleeping (not needed for the outcome: an interrupt that comes
        // before the sleep makes it throw at once with the same message).
        while (s.getState() != Thread.State.TIMED_WAITING) Thread.sleep(1);
        s.interrupt();
        s.join();
        System.out.println(s.getName() + ": " + s.outcome + "; isInterrupted afterwards " + s.flagAfter
                + "; state " + s.getState());
    }

    public static void main(String[] args) throws InterruptedException {
        interruptWhileSleeping(new Sleeper("sleeper-1", 10_000, -1));
        interruptWhileSleeping(new Sleeper("sleeper-2", 10_000, 500_000));
        interruptWhileSleeping(new Sleeper("sleeper-3", Long.MAX_VALUE, -1));

        // The interrupt may also come before the sleep: same exception, same message.
        Sleeper early = new Sleeper("early", 10_000, -1) {
            @Override
            public void run() {
                interrupt();
                super.run();
            }
        };
        early.start();
        early.join();
        System.out.println("early: " + early.outcome + "; isInterrupted afterwards " + early.flagAfter);

        // The main thread interrupts itself, then sleeps.
        Thread.currentThread().interrupt();
        try {
            Thread.sleep(0);
            System.out.println("sleep(0) with the flag set returned normally");
        } catch (InterruptedException e) {
            System.out.println("sleep(0) with the flag set: " + e.getMessage());
        }
        System.out.println("main interrupted now: " + Thread.currentThread().isInterrupted());
        Thread.currentThread().interrupt();
        try {
            Thread.sleep(5_000);
        } catch (InterruptedException e) {
            System.out.println("main sleep: " + e.getMessage() + ", flag " + Thread.interrupted());
        }
        // A sleep that is not interrupted ends normally.
        Thread.sleep(5);
        System.out.println("short sleep done");
    }
}
