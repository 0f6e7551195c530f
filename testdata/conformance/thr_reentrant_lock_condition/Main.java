import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

// ReentrantLock and its Conditions: a bounded buffer with notFull/notEmpty, hold counts,
// tryLock (immediate and timed) against a lock held by another thread, lockInterruptibly
// interrupted while queued, await without the lock, and a read/write lock shared by readers.
public class Main {
    static final class Buffer {
        final ReentrantLock lock = new ReentrantLock();
        final Condition notFull = lock.newCondition();
        final Condition notEmpty = lock.newCondition();
        final long[] items = new long[3];
        int head, count;

        void put(long v) throws InterruptedException {
            lock.lock();
            try {
                while (count == items.length) notFull.await();
                items[(head + count) % items.length] = v;
                count++;
                notEmpty.signal();
            } finally {
                lock.unlock();
            }
        }

        long take() throws InterruptedException {
            lock.lock();
            try {
                while (count == 0) notEmpty.await();
                long v = items[head];
                head = (head + 1) % items.length;
                count--;
                notFull.signal();
                return v;
            } finally {
                lock.unlock();
            }
        }
    }

    static final class Producer extends Thread {
        final Buffer buf;
        final int base;

        Producer(Buffer buf, int base) {
            super("producer-" + base);
            this.buf = buf;
            this.base = base;
        }

        @Override
        public void run() {
            try {
                for (int i = 0; i < 1_500; i++) buf.put(base * 10_000L + i);
            } catch (InterruptedException e) {
                throw new RuntimeException(e);
            }
        }
    }

    static final class Consumer extends Thread {
        final Buffer buf;
        final int n;
        long sum;

        Consumer(Buffer buf, int n, int index) {
            super("consumer-" + index);
            this.buf = buf;
            this.n = n;
        }

        @Override
        public void run() {
            try {
                for (int i = 0; i < n; i++) sum += buf.take();
            } catch (InterruptedException e) {
                throw new RuntimeException(e);
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Buffer buf = new Buffer();
        Producer[] ps = {new Producer(buf, 1), new Producer(buf, 2)};
        Consumer[] cs = {new Consumer(buf, 1_000, 0), new Consumer(buf, 2_000, 1)};
        for (Consumer c : cs) c.start();
        for (Producer p : ps) p.start();
        for (Producer p : ps) p.join();
        for (Consumer c : cs) c.join();
        System.out.println("condition buffer: sum " + (cs[0].sum + cs[1].sum) + ", left " + buf.count);

        ReentrantLock lock = new ReentrantLock();
        System.out.println("fair " + lock.isFair() + ", locked " + lock.isLocked() + ", held " + lock.isHeldByCurrentThread()
                + ", holds " + lock.getHoldCount());
        lock.lock();
        lock.lock();
        System.out.println("after 2 locks: held " + lock.isHeldByCurrentThread() + ", holds " + lock.getHoldCount());
        System.out.println("tryLock by the owner " + lock.tryLock() + ", holds " + lock.getHoldCount());
        lock.unlock();

        boolean[] results = new boolean[3];
        Thread other = new Thread(new Runnable() {
            public void run() {
                results[0] = lock.tryLock();
                try {
                    results[1] = lock.tryLock(20, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    throw new RuntimeException(e);
                }
                results[2] = lock.isHeldByCurrentThread();
            }
        }, "other");
        other.start();
        other.join();
        System.out.println("other thread: tryLock " + results[0] + ", timed tryLock " + results[1] + ", held " + results[2]);

        String[] outcome = new String[1];
        Thread waiter = new Thread(new Runnable() {
            public void run() {
                try {
                    lock.lockInterruptibly();
                    outcome[0] = "acquired (wrong)";
                    lock.unlock();
                } catch (InterruptedException e) {
                    outcome[0] = "lockInterruptibly: " + e.getClass().getName() + ", flag " + Thread.currentThread().isInterrupted();
                }
            }
        }, "waiter");
        waiter.start();
        while (!lock.hasQueuedThread(waiter)) Thread.sleep(1);
        System.out.println("queue length " + lock.getQueueLength() + ", has queued threads " + lock.hasQueuedThreads());
        waiter.interrupt();
        waiter.join();
        System.out.println(outcome[0]);
        lock.unlock();
        lock.unlock();
        System.out.println("after unlocking: locked " + lock.isLocked() + ", holds " + lock.getHoldCount());
        try {
            lock.unlock();
        } catch (IllegalMonitorStateException e) {
            System.out.println("unlock when not held: " + e.getClass().getName() + " " + e.getMessage());
        }
        Condition cond = lock.newCondition();
        try {
            cond.await();
        } catch (IllegalMonitorStateException e) {
            System.out.println("await without the lock: " + e.getClass().getName() + " " + e.getMessage());
        }
        try {
            cond.signal();
        } catch (IllegalMonitorStateException e) {
            System.out.println("signal without the lock: " + e.getClass().getName());
        }
        lock.lock();
        try {
            System.out.println("awaitNanos timed out: " + (cond.awaitNanos(5_000_000) <= 0));
            System.out.println("await(10 ms) returns " + cond.await(10, TimeUnit.MILLISECONDS));
            System.out.println("hold count after await " + lock.getHoldCount());
        } finally {
            lock.unlock();
        }

        // signalAll wakes every thread waiting on the condition.
        ReentrantLock gate = new ReentrantLock(true);
        Condition opened = gate.newCondition();
        boolean[] open = new boolean[1];
        int[] passed = new int[1];
        Thread[] waiters = new Thread[4];
        for (int i = 0; i < waiters.length; i++) {
            waiters[i] = new Thread(new Runnable() {
                public void run() {
                    gate.lock();
                    try {
                        while (!open[0]) opened.awaitUninterruptibly();
                        passed[0]++;
                    } finally {
                        gate.unlock();
                    }
                }
            }, "gate-" + i);
            waiters[i].start();
        }
        while (true) {
            gate.lock();
            try {
                if (gate.getWaitQueueLength(opened) == waiters.length) {
                    System.out.println("all " + gate.getWaitQueueLength(opened) + " waiting; fair " + gate.isFair());
                    open[0] = true;
                    opened.signalAll();
                    break;
                }
            } finally {
                gate.unlock();
            }
            Thread.sleep(1);
        }
        for (Thread t : waiters) t.join();
        System.out.println("passed the gate " + passed[0]);

        ReentrantReadWriteLock rw = new ReentrantReadWriteLock();
        CountDownLatch allReading = new CountDownLatch(3);
        CountDownLatch done = new CountDownLatch(1);
        Thread[] readers = new Thread[3];
        for (int i = 0; i < 3; i++) {
            readers[i] = new Thread(new Runnable() {
                public void run() {
                    rw.readLock().lock();
                    try {
                        allReading.countDown();
                        done.await();
                    } catch (InterruptedException e) {
                        throw new RuntimeException(e);
                    } finally {
                        rw.readLock().unlock();
                    }
                }
            }, "reader-" + i);
            readers[i].start();
        }
        allReading.await();
        System.out.println("three readers hold the read lock together: read lock count " + rw.getReadLockCount()
                + ", write tryLock " + rw.writeLock().tryLock() + ", read tryLock " + rw.readLock().tryLock());
        rw.readLock().unlock();
        done.countDown();
        for (Thread t : readers) t.join();
        rw.writeLock().lock();
        System.out.println("write locked " + rw.isWriteLocked() + " by me " + rw.isWriteLockedByCurrentThread()
                + ", read lock count " + rw.getReadLockCount());
        rw.readLock().lock();
        rw.writeLock().unlock();
        System.out.println("downgraded: write locked " + rw.isWriteLocked() + ", read holds " + rw.getReadHoldCount());
        rw.readLock().unlock();
    }
}
