import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.RecursiveAction;
import java.util.concurrent.RecursiveTask;
import java.util.concurrent.TimeUnit;

// Fork/join: a RecursiveTask summing an array on a ForkJoinPool of parallelism 4 and on the
// common pool, a RecursiveAction transforming an array in place, invokeAll, an exception thrown
// in a subtask, and pool shutdown.
public class Main {
    static final class Sum extends RecursiveTask<Long> {
        static final int THRESHOLD = 2_000;
        final long[] data;
        final int lo, hi;

        Sum(long[] data, int lo, int hi) {
            this.data = data;
            this.lo = lo;
            this.hi = hi;
        }

        @Override
        protected Long compute() {
            if (hi - lo <= THRESHOLD) {
                long s = 0;
                for (int i = lo; i < hi; i++) s += data[i];
                return s;
            }
            int mid = (lo + hi) >>> 1;
            Sum left = new Sum(data, lo, mid);
            Sum right = new Sum(data, mid, hi);
            left.fork();
            long r = right.compute();
            return left.join() + r;
        }
    }

    static final class Square extends RecursiveAction {
        final long[] data;
        final int lo, hi;

        Square(long[] data, int lo, int hi) {
            this.data = data;
            this.lo = lo;
            this.hi = hi;
        }

        @Override
        protected void compute() {
            if (hi - lo <= 1_000) {
                for (int i = lo; i < hi; i++) data[i] = data[i] * data[i] % 1_000_003;
                return;
            }
            int mid = (lo + hi) >>> 1;
            invokeAll(new Square(data, lo, mid), new Square(data, mid, hi));
        }
    }

    static final class Fib extends RecursiveTask<Integer> {
        final int n;

        Fib(int n) {
            this.n = n;
        }

        @Override
        protected Integer compute() {
            if (n <= 10) return seq(n);
            Fib f1 = new Fib(n - 1);
            f1.fork();
            Fib f2 = new Fib(n - 2);
            return f2.compute() + f1.join();
        }

        static int seq(int n) {
            return n < 2 ? n : seq(n - 1) + seq(n - 2);
        }
    }

    static final class Failing extends RecursiveTask<Integer> {
        final int depth;

        Failing(int depth) {
            this.depth = depth;
        }

        @Override
        protected Integer compute() {
            if (depth == 0) throw new IllegalStateException("leaf failed");
            Failing a = new Failing(depth - 1);
            a.fork();
            return a.join() + 1;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        long[] data = new long[200_000];
        for (int i = 0; i < data.length; i++) data[i] = (i * 2654435761L) % 1000;
        long expected = 0;
        for (long v : data) expected += v;

        ForkJoinPool pool = new ForkJoinPool(4);
        System.out.println("parallelism " + pool.getParallelism());
        long sum = pool.invoke(new Sum(data, 0, data.length));
        System.out.println("pool sum " + sum + " expected " + expected);
        long common = ForkJoinPool.commonPool().invoke(new Sum(data, 0, data.length));
        System.out.println("commonPool sum " + common);
        System.out.println("direct invoke outside a pool " + new Sum(data, 0, data.length).invoke());

        pool.invoke(new Square(data, 0, data.length));
        long squaredSum = pool.submit(new Sum(data, 0, data.length)).join();
        System.out.println("after RecursiveAction: sum " + squaredSum + ", data[12345] " + data[12345]);

        System.out.println("fib(24) " + pool.invoke(new Fib(24)));
        ForkJoinTask<Integer> failing = pool.submit(new Failing(5));
        try {
            failing.join();
        } catch (IllegalStateException e) {
            // join may rethrow a copy made in the joining thread (with the original as its cause),
            // depending on which thread ran the leaf: print the root cause only.
            Throwable root = e;
            while (root.getCause() != null) root = root.getCause();
            System.out.println("subtask exception rethrown by join: " + root);
        }
        System.out.println("isCompletedAbnormally " + failing.isCompletedAbnormally() + ", exception "
                + failing.getException().getClass().getName());

        ForkJoinTask<String> adapted = pool.submit(ForkJoinTask.adapt(new Runnable() {
            public void run() {
            }
        }, "adapted runnable"));
        System.out.println(adapted.join());
        System.out.println("in a worker: " + pool.submit(ForkJoinTask.adapt(new java.util.concurrent.Callable<Boolean>() {
            public Boolean call() {
                return ForkJoinTask.inForkJoinPool() && ForkJoinTask.getPool() == pool;
            }
        })).join() + "; main in a pool " + ForkJoinTask.inForkJoinPool());

        pool.shutdown();
        System.out.println("awaitTermination " + pool.awaitTermination(10, TimeUnit.SECONDS) + ", isTerminated "
                + pool.isTerminated());
        try {
            pool.submit(new Fib(3));
        } catch (java.util.concurrent.RejectedExecutionException e) {
            System.out.println("submit after shutdown: RejectedExecutionException");
        }
        System.out.println("commonPool shutdown has no effect: " + commonIgnoresShutdown());
    }

    static boolean commonIgnoresShutdown() {
        ForkJoinPool.commonPool().shutdown();
        return !ForkJoinPool.commonPool().isShutdown()
                && ForkJoinPool.commonPool().invoke(new Fib(12)) == 144;
    }
}
