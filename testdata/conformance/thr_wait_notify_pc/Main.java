// Producer/consumer over a hand-written bounded buffer (a ring of ints) guarded by its monitor,
// with wait/notifyAll: 3 producers and 3 consumers, then a single producer/consumer pair with a
// buffer of capacity 1 whose consumer records the exact order.
public class Main {
    static final class BoundedBuffer {
        private final int[] items;
        private int head, tail, count;
        private int producersLeft;

        BoundedBuffer(int capacity, int producers) {
            items = new int[capacity];
            producersLeft = producers;
        }

        synchronized void put(int v) throws InterruptedException {
            while (count == items.length) wait();
            items[tail] = v;
            tail = (tail + 1) % items.length;
            count++;
            notifyAll();
        }

        synchronized void producerDone() {
            producersLeft--;
            notifyAll();
        }

        /** Returns the next item, or Integer.MIN_VALUE once all producers are done and it is empty. */
        synchronized int take() throws InterruptedException {
            while (count == 0) {
                if (producersLeft == 0) return Integer.MIN_VALUE;
                wait();
            }
            int v = items[head];
            head = (head + 1) % items.length;
            count--;
            notifyAll();
            return v;
        }
    }

    static final class Producer extends Thread {
        final BoundedBuffer buf;
        final int from, to;

        Producer(BoundedBuffer buf, int from, int to, String name) {
            super(name);
            this.buf = buf;
            this.from = from;
            this.to = to;
        }

        @Override
        public void run() {
            try {
                for (int i = from; i < to; i++) buf.put(i);
            } catch (InterruptedException e) {
                throw new RuntimeException(e);
            } finally {
                buf.producerDone();
            }
        }
    }

    static final class Consumer extends Thread {
        final BoundedBuffer buf;
        long sum;
        int count;
        long squares;

        Consumer(BoundedBuffer buf, String name) {
            super(name);
            this.buf = buf;
        }

        @Override
        public void run() {
            try {
                while (true) {
                    int v = buf.take();
                    if (v == Integer.MIN_VALUE) return;
                    sum += v;
                    squares += (long) v * v;
                    count++;
                }
            } catch (InterruptedException e) {
                throw new RuntimeException(e);
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        BoundedBuffer buf = new BoundedBuffer(5, 3);
        Producer[] producers = new Producer[3];
        Consumer[] consumers = new Consumer[3];
        for (int i = 0; i < 3; i++) {
            producers[i] = new Producer(buf, i * 2000, (i + 1) * 2000, "producer-" + i);
            consumers[i] = new Consumer(buf, "consumer-" + i);
        }
        for (int i = 0; i < 3; i++) {
            consumers[i].start();
            producers[i].start();
        }
        long sum = 0, squares = 0;
        int count = 0;
        for (int i = 0; i < 3; i++) {
            producers[i].join();
            consumers[i].join();
        }
        for (Consumer c : consumers) {
            sum += c.sum;
            squares += c.squares;
            count += c.count;
        }
        System.out.println("consumed " + count + " items, sum " + sum + ", sum of squares " + squares);

        // One producer, one consumer, capacity 1: the consumer sees the exact production order.
        BoundedBuffer single = new BoundedBuffer(1, 1);
        StringBuilder order = new StringBuilder();
        Thread consumer = new Thread(new Runnable() {
            public void run() {
                try {
                    for (int v; (v = single.take()) != Integer.MIN_VALUE; ) order.append(v).append(' ');
                } catch (InterruptedException e) {
                    throw new RuntimeException(e);
                }
            }
        }, "ordered-consumer");
        consumer.start();
        Producer p = new Producer(single, 1, 21, "ordered-producer");
        p.start();
        p.join();
        consumer.join();
        System.out.println("order: " + order.toString().trim());
    }
}
