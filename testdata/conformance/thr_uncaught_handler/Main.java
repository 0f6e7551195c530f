// Uncaught-exception handlers: per thread, per ThreadGroup, the default handler, and their
// precedence; a handler that throws itself; and finally the main thread dying with a default
// handler installed (exit code 1, the handler reports it).
public class Main {
    static final class Thrower implements Runnable {
        final String message;

        Thrower(String message) {
            this.message = message;
        }

        public void run() {
            throw new IllegalStateException(message);
        }
    }

    static final class Named implements Thread.UncaughtExceptionHandler {
        final String name;

        Named(String name) {
            this.name = name;
        }

        public void uncaughtException(Thread t, Throwable e) {
            System.out.println(name + " handler: thread " + t.getName() + " current " + Thread.currentThread().getName()
                    + " same " + (t == Thread.currentThread()) + ": " + e);
        }
    }

    static final class BadHandler implements Thread.UncaughtExceptionHandler {
        public void uncaughtException(Thread t, Throwable e) {
            System.out.println("bad handler got " + e.getMessage() + ", now throws");
            throw new IllegalArgumentException("from the handler");
        }
    }

    static final class Group extends ThreadGroup {
        Group(String name) {
            super(name);
        }

        @Override
        public void uncaughtException(Thread t, Throwable e) {
            System.out.println("group " + getName() + " handler: " + t.getName() + ": " + e.getMessage());
        }
    }

    static void runAndJoin(Thread t) throws InterruptedException {
        t.start();
        t.join();
    }

    public static void main(String[] args) throws InterruptedException {
        System.out.println("default handler initially: " + Thread.getDefaultUncaughtExceptionHandler());
        Thread plain = new Thread(new Thrower("no handler at all"), "plain");
        System.out.println("a thread's handler is its group: " + (plain.getUncaughtExceptionHandler() == plain.getThreadGroup()));
        runAndJoin(plain);

        Thread own = new Thread(new Thrower("own handler"), "own");
        Named ownHandler = new Named("per-thread");
        own.setUncaughtExceptionHandler(ownHandler);
        System.out.println("getUncaughtExceptionHandler returns it: " + (own.getUncaughtExceptionHandler() == ownHandler));
        runAndJoin(own);

        Thread.setDefaultUncaughtExceptionHandler(new Named("default"));
        runAndJoin(new Thread(new Thrower("default handler"), "uses-default"));

        Thread both = new Thread(new Thrower("per-thread wins over default"), "both");
        both.setUncaughtExceptionHandler(new Named("per-thread"));
        runAndJoin(both);

        Group group = new Group("custom-group");
        runAndJoin(new Thread(group, new Thrower("group override"), "in-group"));
        Thread groupAndOwn = new Thread(group, new Thrower("per-thread wins over group"), "in-group-own");
        groupAndOwn.setUncaughtExceptionHandler(new Named("per-thread"));
        runAndJoin(groupAndOwn);

        ThreadGroup plainGroup = new ThreadGroup("plain-group");
        runAndJoin(new Thread(plainGroup, new Thrower("plain group delegates to default"), "in-plain-group"));

        Thread bad = new Thread(new Thrower("handled badly"), "bad");
        bad.setUncaughtExceptionHandler(new BadHandler());
        runAndJoin(bad);
        System.out.println("main: bad thread alive " + bad.isAlive());

        // ThreadDeath is ignored silently by ThreadGroup.uncaughtException without a default handler.
        Thread.setDefaultUncaughtExceptionHandler(null);
        Thread death = new Thread(new Runnable() {
            public void run() {
                throw new ThreadDeath();
            }
        }, "thread-death");
        runAndJoin(death);
        System.out.println("main: ThreadDeath printed nothing");

        runAndJoin(new Thread(new Thrower("back to the plain default"), "plain-again"));

        Thread.setDefaultUncaughtExceptionHandler(new Named("default"));
        System.out.println("main throws now");
        throw new UnsupportedOperationException("main dies");
    }
}
