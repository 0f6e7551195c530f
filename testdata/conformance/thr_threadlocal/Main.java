import java.util.concurrent.atomic.AtomicInteger;

// ThreadLocal: per-thread initial values, independent values under concurrent use, remove()
// bringing back the initial value, InheritableThreadLocal copied at thread creation (with a
// childValue override), and values not leaking between threads.
public class Main {
    static final AtomicInteger initCalls = new AtomicInteger();
    static final ThreadLocal<String> NAME = ThreadLocal.withInitial(() -> {
        initCalls.incrementAndGet();
        return "init:" + Thread.currentThread().getName();
    });
    static final ThreadLocal<int[]> COUNTER = new ThreadLocal<int[]>() {
        @Override
        protected int[] initialValue() {
            return new int[1];
        }
    };
    static final ThreadLocal<String> PLAIN = new ThreadLocal<>();
    static final InheritableThreadLocal<String> INHERITED = new InheritableThreadLocal<>();
    static final InheritableThreadLocal<StringBuilder> TRANSFORMED = new InheritableThreadLocal<StringBuilder>() {
        @Override
        protected StringBuilder childValue(StringBuilder parent) {
            return new StringBuilder(parent).append("+child");
        }
    };

    static final class Worker extends Thread {
        final int index;
        String report;

        Worker(int index) {
            super("tl-" + index);
            this.index = index;
        }

        @Override
        public void run() {
            String first = NAME.get();
            NAME.set("set-by-" + index);
            for (int i = 0; i < 1_000 * (index + 1); i++) COUNTER.get()[0]++;
            Thread.yield();
            String second = NAME.get();
            NAME.remove();
            String third = NAME.get();
            report = getName() + ": first " + first + ", after set " + second + ", after remove " + third
                    + ", counter " + COUNTER.get()[0] + ", plain " + PLAIN.get() + ", inherited " + INHERITED.get();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        PLAIN.set("main's plain");
        INHERITED.set("from main");
        TRANSFORMED.set(new StringBuilder("main"));
        Worker[] ws = new Worker[6];
        for (int i = 0; i < ws.length; i++) ws[i] = new Worker(i);
        for (Worker w : ws) w.start();
        for (Worker w : ws) w.join();
        for (Worker w : ws) System.out.println(w.report);
        System.out.println("initializer calls " + initCalls.get());
        System.out.println("main: name " + NAME.get() + ", counter " + COUNTER.get()[0] + ", plain " + PLAIN.get());
        System.out.println("initializer calls " + initCalls.get());

        // Inheritance happens when the Thread object is created, not when it starts.
        String[] seen = new String[4];
        Thread child = new Thread(new Runnable() {
            public void run() {
                seen[0] = INHERITED.get();
                seen[1] = TRANSFORMED.get().toString();
                INHERITED.set("changed in child");
                TRANSFORMED.get().append("!");
                Thread grandchild = new Thread(new Runnable() {
                    public void run() {
                        seen[2] = INHERITED.get() + " / " + TRANSFORMED.get();
                    }
                }, "grandchild");
                grandchild.start();
                try {
                    grandchild.join();
                } catch (InterruptedException e) {
                    throw new RuntimeException(e);
                }
                seen[3] = PLAIN.get();
            }
        }, "child");
        INHERITED.set("changed before start");
        child.start();
        child.join();
        System.out.println("child saw " + seen[0] + " / " + seen[1]);
        System.out.println("grandchild saw " + seen[2]);
        System.out.println("child's plain ThreadLocal " + seen[3]);
        System.out.println("main still " + INHERITED.get() + " / " + TRANSFORMED.get());
        Thread noInherit = new Thread(null, new Runnable() {
            public void run() {
                seen[0] = INHERITED.get();
            }
        }, "no-inherit", 0, false);
        noInherit.start();
        noInherit.join();
        System.out.println("inheritThreadLocals=false sees " + seen[0]);
        INHERITED.remove();
        System.out.println("after remove in main " + INHERITED.get());
        PLAIN.set(null);
        System.out.println("set(null) " + PLAIN.get());
    }
}
