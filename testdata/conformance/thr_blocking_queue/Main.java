import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.TimeUnit;

// Producer/consumer through java.util.concurrent blocking queues, ended by poison pills.
public class Main {
    static final Integer POISON = -1;

    static final class Producer extends Thread {
        final BlockingQueue<Integer> q;
        final int from, to;

        Producer(BlockingQueue<Integer> q, int from, int to) {
            super("producer-" + from);
            this.q = q;
            this.from = from;
            this.to = to;
        }

        @Override
        public void run() {
            try {
                for (int i = from; i < to; i++) q.put(i);
            } catch (InterruptedException e) {
                throw new RuntimeException(e);
            }
        }
    }

    static final class Consumer extends Thread {
        final BlockingQueue<Integer> q;
        long sum;
        int count;

        Consumer(BlockingQueue<Integer> q, int n) {
            super("consumer-" + n);
            this.q = q;
        }

        @Override
        public void run() {
            try {
                while (true) {
                    Integer v = q.take();
                    if (v.equals(POISON)) return;
                    sum += v;
                    count++;
                }
            } catch (InterruptedException e) {
                throw new RuntimeException(e);
            }
        }
    }

    static void runQueue(String label, BlockingQueue<Integer> q, int producers, int consumers, int perProducer)
            throws InterruptedException {
        List<Producer> ps = new ArrayList<>();
        List<Consumer> cs = new ArrayList<>();
        for (int i = 0; i < producers; i++) ps.add(new Producer(q, i * perProducer, (i + 1) * perProducer));
        for (int i = 0; i < consumers; i++) cs.add(new Consumer(q, i));
        for (Consumer c : cs) c.start();
        for (Producer p : ps) p.start();
        for (Producer p : ps) p.join();
        for (int i = 0; i < consumers; i++) q.put(POISON);
        long sum = 0;
        int count = 0;
        for (Consumer c : cs) {
            c.join();
            sum += c.sum;
            count += c.count;
        }
        System.out.println(label + ": " + count + " items, sum " + sum + ", left " + q.size());
    }

    public static void main(String[] args) throws InterruptedException {
        runQueue("ArrayBlockingQueue(4)", new ArrayBlockingQueue<>(4), 3, 2, 1500);
        runQueue("ArrayBlockingQueue(1, fair)", new ArrayBlockingQueue<>(1, true), 2, 2, 500);
        runQueue("LinkedBlockingQueue", new LinkedBlockingQueue<>(), 4, 3, 1000);
        runQueue("LinkedBlockingQueue(2)", new LinkedBlockingQueue<>(2), 2, 4, 1000);

        // One producer and one consumer: FIFO order is preserved exactly.
        BlockingQueue<Integer> fifo = new ArrayBlockingQueue<>(3);
        StringBuilder seen = new StringBuilder();
        Thread consumer = new Thread(new Runnable() {
            public void run() {
                try {
                    for (Integer v; !(v = fifo.take()).equals(POISON); ) seen.append(v).append(' ');
                } catch (InterruptedException e) {
                    throw new RuntimeException(e);
                }
            }
        }, "fifo-consumer");
        consumer.start();
        for (int i = 0; i < 15; i++) fifo.put(i * i);
        fifo.put(POISON);
        consumer.join();
        System.out.println("fifo: " + seen.toString().trim());

        // A SynchronousQueue hands each item over directly.
        SynchronousQueue<String> handoff = new SynchronousQueue<>();
        Thread taker = new Thread(new Runnable() {
            public void run() {
                try {
                    StringBuilder sb = new StringBuilder();
                    for (int i = 0; i < 3; i++) sb.append(handoff.take());
                    handoff.put(sb.toString());
                } catch (InterruptedException e) {
                    throw new RuntimeException(e);
                }
            }
        }, "taker");
        taker.start();
        handoff.put("a");
        handoff.put("b");
        handoff.put("c");
        System.out.println("synchronous queue reply: " + handoff.take());
        taker.join();

        // Timed operations on an empty / full queue time out.
        ArrayBlockingQueue<String> full = new ArrayBlockingQueue<>(1);
        full.put("only");
        System.out.println("offer on full: " + full.offer("more", 20, TimeUnit.MILLISECONDS));
        System.out.println("poll: " + full.poll(20, TimeUnit.MILLISECONDS));
        System.out.println("poll on empty: " + full.poll(20, TimeUnit.MILLISECONDS));
        try {
            full.add("x");
            full.add("y");
        } catch (IllegalStateException e) {
            System.out.println("add on full: " + e.getMessage());
        }
    }
}
