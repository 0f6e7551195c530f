import java.util.ArrayDeque;
import java.util.Queue;

public class Main {
    static final Queue<Integer> queue = new ArrayDeque<>();
    static final int CAPACITY = 4;
    static boolean done;

    public static void main(String[] args) throws InterruptedException {
        Thread producer = new Thread(new Runnable() {
            public void run() {
                for (int i = 1; i <= 50; i++) {
                    synchronized (queue) {
                        while (queue.size() == CAPACITY) {
                            try {
                                queue.wait();
                            } catch (InterruptedException e) {
                                return;
                            }
                        }
                        queue.add(i);
                        queue.notifyAll();
                    }
                }
                synchronized (queue) {
                    done = true;
                    queue.notifyAll();
                }
            }
        });
        producer.start();
        long sum = 0;
        int received = 0;
        while (true) {
            Integer v;
            synchronized (queue) {
                while (queue.isEmpty() && !done) queue.wait();
                if (queue.isEmpty() && done) break;
                v = queue.poll();
                queue.notifyAll();
            }
            sum += v;
            received++;
        }
        producer.join();
        System.out.println("received " + received + " sum " + sum);
        Thread sleeper = new Thread(new Runnable() {
            public void run() {
                try {
                    Thread.sleep(60_000);
                    System.out.println("not interrupted?");
                } catch (InterruptedException e) {
                    System.out.println("sleeper interrupted, flag now " + Thread.currentThread().isInterrupted());
                }
            }
        });
        sleeper.start();
        sleeper.interrupt();
        sleeper.join();
        Thread.currentThread().interrupt();
        System.out.println("self interrupted " + Thread.interrupted() + " then " + Thread.interrupted());
    }
}
