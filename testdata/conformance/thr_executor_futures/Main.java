import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

// A fixed thread pool of 4: Callables and Runnables, Future.get, exceptions, cancellation,
// invokeAll/invokeAny, shutdown and awaitTermination. This is the first pool of the program, so
// its threads are pool-1-thread-1..4 (each of the first 4 submissions starts one).
public class Main {
    static final class Square implements Callable<Long> {
        final long n;

        Square(long n) {
            this.n = n;
        }

        public Long call() {
            long s = 0;
            for (long i = 1; i <= n; i++) s += i * i;
            return s;
        }
    }

    public static void main(String[] args) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        Set<String> names = new TreeSet<>();
        CountDownLatch allFourStarted = new CountDownLatch(4);
        List<Future<String>> nameFutures = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            nameFutures.add(pool.submit(new Callable<String>() {
                public String call() throws InterruptedException {
                    allFourStarted.countDown();
                    allFourStarted.await();
                    return Thread.currentThread().getName();
                }
            }));
        }
        for (Future<String> f : nameFutures) names.add(f.get());
        System.out.println("pool threads: " + names);

        List<Future<Long>> futures = new ArrayList<>();
        for (int i = 1; i <= 20; i++) futures.add(pool.submit(new Square(i * 100)));
        long total = 0;
        for (Future<Long> f : futures) total += f.get();
        System.out.println("sum of 20 results: " + total);
        System.out.println("all done: " + futures.stream().allMatch(Future::isDone));

        Future<?> runnable = pool.submit(new Runnable() {
            public void run() {
            }
        });
        System.out.println("Runnable future get: " + runnable.get());
        Future<String> withResult = pool.submit(new Runnable() {
            public void run() {
            }
        }, "given result");
        System.out.println("Runnable with result: " + withResult.get());

        Future<Integer> failing = pool.submit(new Callable<Integer>() {
            public Integer call() {
                throw new IllegalStateException("task failed");
            }
        });
        try {
            failing.get();
        } catch (ExecutionException e) {
            System.out.println("ExecutionException cause: " + e.getCause());
            System.out.println("message: " + e.getMessage());
        }
        System.out.println("failed future isDone " + failing.isDone() + " isCancelled " + failing.isCancelled());

        // Occupy all four threads, so that a fifth task stays queued and can be cancelled.
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch busy = new CountDownLatch(4);
        List<Future<?>> blockers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            blockers.add(pool.submit(new Callable<Void>() {
                public Void call() throws InterruptedException {
                    busy.countDown();
                    release.await();
                    return null;
                }
            }));
        }
        busy.await();
        Future<String> queued = pool.submit(new Callable<String>() {
            public String call() {
                return "must not run";
            }
        });
        try {
            queued.get(20, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            System.out.println("get with timeout on a queued task: TimeoutException " + e.getMessage());
        }
        System.out.println("cancel queued: " + queued.cancel(false) + ", isCancelled " + queued.isCancelled()
                + ", isDone " + queued.isDone() + ", cancel again " + queued.cancel(false));
        try {
            queued.get();
        } catch (CancellationException e) {
            System.out.println("get on cancelled: CancellationException");
        }
        // Cancel a running task with interruption: the task sees the interrupt.
        Future<?> running = blockers.get(0);
        System.out.println("cancel running with interrupt: " + running.cancel(true));
        release.countDown();
        for (Future<?> f : blockers.subList(1, 4)) f.get();
        System.out.println("other blockers finished");

        List<Callable<Integer>> batch = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            final int k = i;
            batch.add(new Callable<Integer>() {
                public Integer call() {
                    return k * k * k;
                }
            });
        }
        StringBuilder sb = new StringBuilder();
        for (Future<Integer> f : pool.invokeAll(batch)) sb.append(f.get()).append(' ');
        System.out.println("invokeAll in order: " + sb.toString().trim());

        List<Callable<String>> any = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            final int k = i;
            any.add(new Callable<String>() {
                public String call() {
                    if (k != 2) throw new IllegalArgumentException("no " + k);
                    return "only task 2 succeeds";
                }
            });
        }
        System.out.println("invokeAny: " + pool.invokeAny(any));
        List<Callable<String>> none = new ArrayList<>();
        none.add(new Callable<String>() {
            public String call() {
                throw new IllegalArgumentException("nobody succeeds");
            }
        });
        try {
            pool.invokeAny(none);
        } catch (ExecutionException e) {
            System.out.println("invokeAny all failing: cause " + e.getCause());
        }

        pool.shutdown();
        System.out.println("isShutdown " + pool.isShutdown());
        try {
            pool.submit(new Square(1));
        } catch (RejectedExecutionException e) {
            System.out.println("submit after shutdown: " + e.getClass().getName());
        }
        System.out.println("awaitTermination " + pool.awaitTermination(10, TimeUnit.SECONDS) + ", isTerminated "
                + pool.isTerminated());

        ExecutorService second = Executors.newFixedThreadPool(2);
        Future<String> name = second.submit(new Callable<String>() {
            public String call() {
                return Thread.currentThread().getName() + " daemon=" + Thread.currentThread().isDaemon();
            }
        });
        System.out.println("second pool: " + name.get());
        List<Runnable> pending = second.shutdownNow();
        System.out.println("shutdownNow pending: " + pending.size());
        System.out.println("second terminated: " + second.awaitTermination(10, TimeUnit.SECONDS));
    }
}
