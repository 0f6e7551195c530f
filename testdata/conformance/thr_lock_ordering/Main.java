import java.util.Random;
import java.util.concurrent.locks.ReentrantLock;

// Bank transfers between accounts from 8 threads, each transfer holding the locks of both
// accounts, always taken in account order (so no deadlock). Every thread's transfers are fixed by
// its own seeded Random, and additions commute, so the final balances do not depend on the
// interleaving; the total is conserved. Then the same with synchronized blocks.
public class Main {
    static final int ACCOUNTS = 10;
    static final int THREADS = 8;
    static final int TRANSFERS = 2_000;

    static final class Account {
        final int id;
        final ReentrantLock lock = new ReentrantLock();
        long balance = 1_000;

        Account(int id) {
            this.id = id;
        }
    }

    static final Account[] accounts = new Account[ACCOUNTS];

    static void transfer(Account from, Account to, long amount) {
        Account first = from.id < to.id ? from : to;
        Account second = from.id < to.id ? to : from;
        first.lock.lock();
        try {
            second.lock.lock();
            try {
                from.balance -= amount;
                to.balance += amount;
            } finally {
                second.lock.unlock();
            }
        } finally {
            first.lock.unlock();
        }
    }

    static void transferSync(Account from, Account to, long amount) {
        Account first = from.id < to.id ? from : to;
        Account second = from.id < to.id ? to : from;
        synchronized (first) {
            synchronized (second) {
                from.balance -= amount;
                to.balance += amount;
            }
        }
    }

    static final class Teller extends Thread {
        final long seed;
        final boolean useSync;

        Teller(int index, boolean useSync) {
            super("teller-" + index);
            this.seed = 1000 + index;
            this.useSync = useSync;
        }

        @Override
        public void run() {
            Random r = new Random(seed);
            for (int i = 0; i < TRANSFERS; i++) {
                int a = r.nextInt(ACCOUNTS);
                int b = r.nextInt(ACCOUNTS - 1);
                if (b >= a) b++;
                long amount = r.nextInt(100);
                if (useSync) transferSync(accounts[a], accounts[b], amount);
                else transfer(accounts[a], accounts[b], amount);
            }
        }
    }

    static void round(boolean useSync) throws InterruptedException {
        for (int i = 0; i < ACCOUNTS; i++) accounts[i] = new Account(i);
        Teller[] ts = new Teller[THREADS];
        for (int i = 0; i < THREADS; i++) ts[i] = new Teller(i, useSync);
        for (Teller t : ts) t.start();
        for (Teller t : ts) t.join();
        long total = 0;
        StringBuilder sb = new StringBuilder();
        for (Account a : accounts) {
            total += a.balance;
            sb.append(a.balance).append(' ');
            if (a.lock.isLocked()) sb.append("(still locked!) ");
        }
        System.out.println((useSync ? "synchronized" : "ReentrantLock") + " balances: " + sb.toString().trim());
        System.out.println("total " + total + " (conserved: " + (total == ACCOUNTS * 1_000L) + ")");
    }

    public static void main(String[] args) throws InterruptedException {
        round(false);
        round(true);
    }
}
