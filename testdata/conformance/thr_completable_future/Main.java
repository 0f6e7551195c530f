import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

// CompletableFuture chains on the default async executor and on an explicit pool: supplyAsync,
// thenApply, thenCombine, thenCompose, allOf/anyOf, exceptionally, handle, whenComplete, and
// completion from another thread.
public class Main {
    static int slowSquare(int n) {
        int s = 0;
        for (int i = 0; i < n; i++) s += n;
        return s;
    }

    public static void main(String[] args) throws Exception {
        CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> slowSquare(300));
        CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() -> slowSquare(400));
        CompletableFuture<Integer> sum = a.thenCombine(b, Integer::sum);
        System.out.println("thenCombine: " + sum.join());
        System.out.println("thenApply chain: " + a.thenApply(x -> x + 1).thenApply(x -> "v" + x).join());
        System.out.println("thenCompose: " + a.thenCompose(x -> CompletableFuture.supplyAsync(() -> x * 2)).join());

        List<CompletableFuture<Integer>> many = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            final int k = i;
            many.add(CompletableFuture.supplyAsync(() -> slowSquare(k * 10)));
        }
        CompletableFuture<Void> all = CompletableFuture.allOf(many.toArray(new CompletableFuture[0]));
        System.out.println("allOf join: " + all.join());
        int total = 0;
        for (CompletableFuture<Integer> f : many) total += f.join();
        System.out.println("sum after allOf: " + total);

        CompletableFuture<Object> any = CompletableFuture.anyOf(new CompletableFuture<String>(),
                CompletableFuture.completedFuture("the completed one"));
        System.out.println("anyOf: " + any.join());

        CompletableFuture<Integer> failing = CompletableFuture.supplyAsync(() -> {
            throw new IllegalStateException("async failure");
        });
        System.out.println("exceptionally: " + failing.exceptionally(e -> {
            System.out.println("  exceptionally sees " + e.getClass().getName() + " caused by " + e.getCause());
            return -1;
        }).join());
        System.out.println("handle: " + failing.handle((v, e) -> v == null ? "failed: " + e.getCause().getMessage() : "ok").join());
        try {
            failing.join();
        } catch (CompletionException e) {
            System.out.println("join: CompletionException: " + e.getMessage());
        }
        try {
            failing.get();
        } catch (ExecutionException e) {
            System.out.println("get: ExecutionException cause " + e.getCause());
        }
        System.out.println("isCompletedExceptionally " + failing.isCompletedExceptionally());
        CompletableFuture<Integer> afterFailure = failing.thenApply(x -> x + 1);
        try {
            afterFailure.join();
        } catch (CompletionException e) {
            System.out.println("dependent of failed: " + e.getCause().getMessage());
        }

        StringBuilder seen = new StringBuilder();
        CompletableFuture<String> wc = CompletableFuture.supplyAsync(() -> "value")
                .whenComplete((v, e) -> seen.append("whenComplete(").append(v).append(", ").append(e).append(")"));
        System.out.println(wc.join() + " " + seen);

        // Completed by hand from another thread; dependents registered before run then.
        CompletableFuture<String> manual = new CompletableFuture<>();
        CompletableFuture<Integer> length = manual.thenApply(String::length);
        CountDownLatch ready = new CountDownLatch(1);
        Thread completer = new Thread(new Runnable() {
            public void run() {
                try {
                    ready.await();
                } catch (InterruptedException e) {
                    throw new RuntimeException(e);
                }
                manual.complete("completed by hand");
            }
        }, "completer");
        completer.start();
        System.out.println("manual isDone before: " + manual.isDone() + ", getNow " + manual.getNow("absent"));
        ready.countDown();
        System.out.println("manual: " + manual.get() + ", length " + length.get());
        completer.join();
        System.out.println("complete again: " + manual.complete("x") + ", value " + manual.join());
        CompletableFuture<String> toFail = new CompletableFuture<>();
        toFail.completeExceptionally(new ArithmeticException("by hand"));
        System.out.println("completeExceptionally: " + toFail.handle((v, e) -> String.valueOf(e)).join());
        CompletableFuture<String> cancelled = new CompletableFuture<>();
        System.out.println("cancel: " + cancelled.cancel(true) + " isCancelled " + cancelled.isCancelled()
                + " isCompletedExceptionally " + cancelled.isCompletedExceptionally());

        CompletableFuture<String> timeout = new CompletableFuture<String>().orTimeout(20, TimeUnit.MILLISECONDS);
        try {
            timeout.join();
        } catch (CompletionException e) {
            System.out.println("orTimeout: cause " + e.getCause());
        }
        System.out.println("completeOnTimeout: "
                + new CompletableFuture<String>().completeOnTimeout("default", 10, TimeUnit.MILLISECONDS).join());

        ExecutorService pool = Executors.newFixedThreadPool(3);
        CompletableFuture<String> onPool = CompletableFuture.supplyAsync(
                () -> Thread.currentThread().getName().startsWith("pool-"), pool)
                .thenApplyAsync(onOurPool -> "ran on the given pool: " + onOurPool, pool);
        System.out.println(onPool.join());
        List<CompletableFuture<Long>> parts = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            final long from = i * 1000L;
            parts.add(CompletableFuture.supplyAsync(() -> {
                long s = 0;
                for (long j = from; j < from + 1000; j++) s += j;
                return s;
            }, pool));
        }
        CompletableFuture<Long> reduced = parts.get(0);
        for (int i = 1; i < parts.size(); i++) reduced = reduced.thenCombineAsync(parts.get(i), Long::sum, pool);
        System.out.println("sum 0..5999 on the pool: " + reduced.join());
        CompletableFuture<Void> run = CompletableFuture.runAsync(() -> seen.setLength(0), pool)
                .thenRun(() -> seen.append("thenRun"));
        run.join();
        System.out.println("runAsync/thenRun: " + seen);
        pool.shutdown();
        System.out.println("pool terminated " + pool.awaitTermination(10, TimeUnit.SECONDS));
    }
}
