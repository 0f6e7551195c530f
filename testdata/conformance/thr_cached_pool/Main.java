import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

// A cached pool, a single-thread executor (tasks run one at a time, in submission order), a
// custom ThreadFactory, and a scheduled executor (delays, fixed-rate task stopped by its own
// exception, fixed-delay task that cancels itself through a counter).
public class Main {
    public static void main(String[] args) throws Exception {
        ExecutorService cached = Executors.newCachedThreadPool();
        List<Future<Integer>> fs = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            final int k = i;
            fs.add(cached.submit(new Callable<Integer>() {
                public Integer call() {
                    int s = 0;
                    for (int j = 0; j <= k * 1000; j++) s += j % 7;
                    return s;
                }
            }));
        }
        long sum = 0;
        for (Future<Integer> f : fs) sum += f.get();
        System.out.println("cached pool sum " + sum);
        cached.shutdown();
        System.out.println("cached pool terminated " + cached.awaitTermination(10, TimeUnit.SECONDS));

        ExecutorService single = Executors.newSingleThreadExecutor();
        StringBuilder order = new StringBuilder();
        AtomicInteger concurrent = new AtomicInteger();
        AtomicInteger maxConcurrent = new AtomicInteger();
        for (int i = 0; i < 12; i++) {
            final int k = i;
            single.execute(new Runnable() {
                public void run() {
                    int now = concurrent.incrementAndGet();
                    maxConcurrent.accumulateAndGet(now, Math::max);
                    order.append(k).append(' ');
                    Thread.yield();
                    concurrent.decrementAndGet();
                }
            });
        }
        single.shutdown();
        single.awaitTermination(10, TimeUnit.SECONDS);
        System.out.println("single thread order: " + order.toString().trim() + "; max concurrent " + maxConcurrent.get());

        ThreadFactory factory = new ThreadFactory() {
            final AtomicInteger n = new AtomicInteger();

            public Thread newThread(Runnable r) {
                Thread t = new Thread(r, "custom-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
            }
        };
        ExecutorService custom = Executors.newSingleThreadExecutor(factory);
        System.out.println("custom factory thread: " + custom.submit(new Callable<String>() {
            public String call() {
                Thread t = Thread.currentThread();
                return t.getName() + " daemon=" + t.isDaemon();
            }
        }).get());
        custom.shutdown();

        ScheduledExecutorService sched = Executors.newScheduledThreadPool(1);
        List<String> log = new ArrayList<>();
        // Scheduled in order of increasing delay, so the trigger times are ordered whatever
        // the speed of the VM; they run in that order on the single scheduler thread.
        ScheduledFuture<?> early = sched.schedule(new Runnable() {
            public void run() {
                log.add("10 ms");
            }
        }, 10, TimeUnit.MILLISECONDS);
        ScheduledFuture<String> value = sched.schedule(new Callable<String>() {
            public String call() {
                log.add("30 ms");
                return "scheduled callable result";
            }
        }, 30, TimeUnit.MILLISECONDS);
        ScheduledFuture<?> late = sched.schedule(new Runnable() {
            public void run() {
                log.add("60 ms");
            }
        }, 60, TimeUnit.MILLISECONDS);
        System.out.println(value.get());
        late.get();
        early.get();
        System.out.println("scheduled order: " + log);

        AtomicInteger runs = new AtomicInteger();
        ScheduledFuture<?> rate = sched.scheduleAtFixedRate(new Runnable() {
            public void run() {
                if (runs.incrementAndGet() == 5) throw new IllegalStateException("stop after 5 runs");
            }
        }, 0, 5, TimeUnit.MILLISECONDS);
        try {
            rate.get();
        } catch (ExecutionException e) {
            System.out.println("fixed rate ended by " + e.getCause().getMessage() + "; runs " + runs.get());
        }
        ScheduledFuture<?> delayed = sched.scheduleWithFixedDelay(new Runnable() {
            int n;

            public void run() {
                n++;
                if (n == 3) throw new RuntimeException("third run");
            }
        }, 1, 2, TimeUnit.MILLISECONDS);
        try {
            delayed.get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            System.out.println("fixed delay ended by " + e.getCause().getMessage() + ", isDone " + delayed.isDone());
        }
        ScheduledFuture<?> cancelled = sched.schedule(new Runnable() {
            public void run() {
                log.add("never");
            }
        }, 1, TimeUnit.HOURS);
        System.out.println("cancel far task " + cancelled.cancel(false) + ", isCancelled " + cancelled.isCancelled());
        sched.shutdown();
        System.out.println("scheduler terminated " + sched.awaitTermination(10, TimeUnit.SECONDS) + ", log " + log);
    }
}
