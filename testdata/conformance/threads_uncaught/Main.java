public class Main {
    public static void main(String[] args) throws InterruptedException {
        Thread t = new Thread(new Runnable() {
            public void run() {
                System.out.println("worker starting");
                throw new IllegalStateException("worker failed");
            }
        }, "worker-1");
        t.start();
        t.join();
        System.out.println("main continues after worker died, alive=" + t.isAlive());
        Thread handled = new Thread(new Runnable() {
            public void run() {
                throw new RuntimeException("handled by handler");
            }
        }, "worker-2");
        handled.setUncaughtExceptionHandler(new Thread.UncaughtExceptionHandler() {
            public void uncaughtException(Thread th, Throwable e) {
                System.out.println("handler got " + e.getMessage() + " from " + th.getName());
            }
        });
        handled.start();
        handled.join();
        System.out.println("main exits normally");
    }
}
