// A Thread subclass declaring methods with the names of Thread's private exit() and
// dispatchUncaughtException(Throwable): they do not override them, so the VM must not call them.
public class Main {
    static final class Worker extends Thread {
        final boolean fail;

        Worker(String name, boolean fail) {
            super(name);
            this.fail = fail;
        }

        @Override
        public void run() {
            System.out.println(getName() + " runs");
            if (fail) throw new IllegalStateException("failing on purpose");
        }

        public void exit() {
            System.out.println("Worker.exit() called by " + Thread.currentThread().getName());
        }

        public void dispatchUncaughtException(Throwable t) {
            System.out.println("Worker.dispatchUncaughtException called");
        }
    }

    public static void main(String[] args) throws Exception {
        Worker ok = new Worker("ok", false);
        ok.start();
        ok.join();
        Worker bad = new Worker("bad", true);
        bad.start();
        bad.join();
        System.out.println("states: " + ok.getState() + " " + bad.getState());
        ok.exit();
    }
}
