public class Main {
    private int count;
    private static int staticCount;
    private final Object lock = new Object();

    synchronized void inc() { count++; }

    static synchronized void sinc() { staticCount++; }

    void nested(int depth) {
        synchronized (lock) {
            synchronized (this) {
                count += depth;
                if (depth > 0) nested(depth - 1); // re-entrant
            }
        }
    }

    synchronized int failInside() {
        count++;
        throw new IllegalStateException("thrown while holding the monitor");
    }

    public static void main(String[] args) throws InterruptedException {
        Main m = new Main();
        for (int i = 0; i < 1000; i++) {
            m.inc();
            sinc();
        }
        m.nested(10);
        System.out.println(m.count + " " + staticCount);
        try {
            m.failInside();
        } catch (IllegalStateException e) {
            System.out.println(e.getMessage());
        }
        synchronized (m) {
            System.out.println("holds lock: " + Thread.holdsLock(m) + " " + Thread.holdsLock(m.lock));
        }
        System.out.println("after: " + Thread.holdsLock(m));
        try {
            m.lock.wait();
        } catch (IllegalMonitorStateException e) {
            System.out.println("wait without lock: " + e.getMessage());
        }
        try {
            m.lock.notify();
        } catch (IllegalMonitorStateException e) {
            System.out.println("notify without lock: " + e.getMessage());
        }
        synchronized (m.lock) {
            m.lock.notifyAll();
            m.lock.wait(1);
            System.out.println("timed wait returned");
        }
        StringBuffer sb = new StringBuffer();
        for (int i = 0; i < 5; i++) sb.append(i);
        System.out.println(sb + " " + Thread.currentThread().getName());
    }
}
