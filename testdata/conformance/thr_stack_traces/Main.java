import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

// Thread.getStackTrace of another (waiting) thread and Thread.getAllStackTraces.
public class Main {
    static final Object lock = new Object();

    static final class Waiter implements Runnable {
        void deep(int n) throws InterruptedException {
            if (n == 0) {
                synchronized (lock) {
                    lock.wait();
                }
            } else {
                deep(n - 1);
            }
        }

        public void run() {
            try {
                deep(3);
            } catch (InterruptedException e) {
                System.out.println("waiter interrupted");
            }
        }
    }

    public static void main(String[] args) throws Exception {
        Thread t = new Thread(new Waiter(), "waiter");
        System.out.println("before start: " + t.getStackTrace().length + " frames");
        t.start();
        while (t.getState() != Thread.State.WAITING) Thread.sleep(1);
        for (StackTraceElement e : t.getStackTrace()) System.out.println("  " + e);

        Map<Thread, StackTraceElement[]> all = Thread.getAllStackTraces();
        List<String> names = new ArrayList<>();
        for (Thread x : all.keySet()) {
            if (x.getName().equals("main") || x.getName().equals("waiter")) names.add(x.getName());
        }
        Collections.sort(names);
        System.out.println("among all threads: " + names);
        System.out.println("waiter's top frame: " + all.get(t)[0]);
        System.out.println("main's top frame: " + all.get(Thread.currentThread())[0]);
        System.out.println("own trace starts with: " + Thread.currentThread().getStackTrace()[0]);

        t.interrupt();
        t.join();
        System.out.println("after join: " + t.getStackTrace().length + " frames");
        System.out.println("dead thread in getAllStackTraces: " + Thread.getAllStackTraces().containsKey(t));
    }
}
