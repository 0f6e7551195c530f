// Uncaught exceptions in threads other than main: the default handling prints
// `Exception in thread "NAME" ` and the stack trace on stderr, the thread dies, and the program
// goes on (exit code 0).
public class Main {
    static final class Boom implements Runnable {
        public void run() {
            System.out.println("worker-1 runs");
            throw new RuntimeException("boom");
        }
    }

    static final class Deep implements Runnable {
        public void run() {
            level(3);
        }

        void level(int n) {
            if (n == 0) {
                try {
                    Integer.parseInt("not a number");
                } catch (NumberFormatException e) {
                    throw new IllegalStateException("wrapped", e);
                }
            }
            level(n - 1);
        }
    }

    static final class Failing extends Thread {
        Failing() {
            super("subclass-thread");
        }

        @Override
        public void run() {
            throw new AssertionError("an Error from a Thread subclass");
        }
    }

    static final class NullMessage extends Thread {
        NullMessage() {
            super("null-message");
        }

        @Override
        public void run() {
            Object o = null;
            o.hashCode();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Thread t = new Thread(new Boom(), "worker-1");
        t.start();
        t.join();
        System.out.println("main: worker-1 alive " + t.isAlive() + ", state " + t.getState());

        Thread deep = new Thread(new Deep(), "deep");
        deep.start();
        deep.join();
        System.out.println("main: deep done");

        Failing f = new Failing();
        f.start();
        f.join();
        System.out.println("main: subclass-thread done");

        NullMessage n = new NullMessage();
        n.start();
        n.join();
        System.out.println("main: null-message done");

        // A thread whose name changed while running reports its current name.
        Thread renamed = new Thread(new Runnable() {
            public void run() {
                Thread.currentThread().setName("renamed");
                throw new UnsupportedOperationException("after rename");
            }
        }, "original");
        renamed.start();
        renamed.join();
        System.out.println("main: " + renamed.getName() + " done; main still "
                + Thread.currentThread().getName());
    }
}
