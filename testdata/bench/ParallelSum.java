// Parallel speed-up benchmark: counts the primes below a fixed bound by trial division, the
// numbers dealt out in blocks of 1000, round-robin, to N threads (N = the argument, default 1) so
// every thread gets an about equal share of the work. The loop allocates nothing and the threads share nothing but the
// read-only bound; each keeps its own count, which main adds up after join. The output is the
// same for every N; the time shows how well the VM runs threads in parallel.
// bench-args: 1
// bench-args: 2
// bench-args: 4
public class ParallelSum {
    static final int LIMIT = 1_500_000;
    static final int BLOCK = 1_000;

    static final class Worker extends Thread {
        final int index, threads;
        long count, sum;

        Worker(int index, int threads) {
            super("worker-" + index);
            this.index = index;
            this.threads = threads;
        }

        @Override
        public void run() {
            long c = 0, s = 0;
            for (int start = index * BLOCK; start < LIMIT; start += threads * BLOCK) {
                int end = Math.min(start + BLOCK, LIMIT);
                for (int n = start; n < end; n++) {
                    if (isPrime(n)) {
                        c++;
                        s += n;
                    }
                }
            }
            count = c;
            sum = s;
        }
    }

    static boolean isPrime(int n) {
        if (n < 2) return false;
        if (n % 2 == 0) return n == 2;
        for (int d = 3; d * d <= n; d += 2) {
            if (n % d == 0) return false;
        }
        return true;
    }

    public static void main(String[] args) throws InterruptedException {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 1;
        Worker[] workers = new Worker[threads];
        for (int i = 0; i < threads; i++) workers[i] = new Worker(i, threads);
        for (Worker w : workers) w.start();
        long count = 0, sum = 0;
        for (Worker w : workers) {
            w.join();
            count += w.count;
            sum += w.sum;
        }
        System.out.println("primes below " + LIMIT + ": " + count + ", sum " + sum);
    }
}
