import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

public class Main {
    static class InsufficientFundsException extends Exception {
        InsufficientFundsException(String account, long requested, long available) {
            super(String.format("account %s: requested %d.%02d but only %d.%02d available", account,
                    requested / 100, requested % 100, available / 100, available % 100));
        }
    }

    static class AccountNotFoundException extends RuntimeException {
        AccountNotFoundException(String id) { super("no such account: " + id); }
    }

    static class Account {
        final String id;
        final String owner;
        private long cents;
        final List<String> history = new ArrayList<>();

        Account(String id, String owner, long cents) {
            this.id = id;
            this.owner = owner;
            this.cents = cents;
            history.add("open " + cents);
        }

        void deposit(long amount) {
            if (amount <= 0) throw new IllegalArgumentException("deposit must be positive: " + amount);
            cents += amount;
            history.add("deposit " + amount);
        }

        void withdraw(long amount) throws InsufficientFundsException {
            if (amount > cents) throw new InsufficientFundsException(id, amount, cents);
            cents -= amount;
            history.add("withdraw " + amount);
        }

        long balance() { return cents; }
    }

    static class Bank {
        private final Map<String, Account> accounts = new LinkedHashMap<>();
        private int failures;

        Account open(String id, String owner, long cents) {
            Account a = new Account(id, owner, cents);
            accounts.put(id, a);
            return a;
        }

        Account get(String id) {
            Account a = accounts.get(id);
            if (a == null) throw new AccountNotFoundException(id);
            return a;
        }

        boolean transfer(String from, String to, long amount) {
            try {
                Account src = get(from);
                Account dst = get(to);
                src.withdraw(amount);
                try {
                    dst.deposit(amount);
                } catch (IllegalArgumentException e) {
                    src.deposit(amount); // roll back
                    throw e;
                }
                System.out.println("transfer " + from + " -> " + to + " " + amount + " ok");
                return true;
            } catch (InsufficientFundsException | AccountNotFoundException e) {
                failures++;
                System.out.println("transfer failed: " + e.getMessage());
                return false;
            } catch (IllegalArgumentException e) {
                failures++;
                System.out.println("transfer rejected: " + e.getMessage());
                return false;
            } finally {
                System.out.println("  audit: " + from + "=" + (accounts.containsKey(from) ? accounts.get(from).balance() : -1));
            }
        }

        long total() {
            long t = 0;
            for (Account a : accounts.values()) t += a.balance();
            return t;
        }
    }

    public static void main(String[] args) {
        Bank bank = new Bank();
        bank.open("A1", "alice", 10_000);
        bank.open("B2", "bob", 2_550);
        bank.open("C3", "carol", 0);
        long before = bank.total();
        bank.transfer("A1", "B2", 2_500);
        bank.transfer("B2", "C3", 6_000);
        bank.transfer("C3", "A1", 1);
        bank.transfer("A1", "Z9", 100);
        bank.transfer("A1", "C3", 0);
        bank.transfer("B2", "C3", 5_050);
        for (int i = 0; i < 5; i++) bank.transfer("A1", "C3", 333);
        System.out.println("total conserved: " + (before == bank.total()) + " failures " + bank.failures);
        for (Account a : bank.accounts.values()) {
            System.out.printf("%s %-6s %8.2f %s%n", a.id, a.owner, a.balance() / 100.0, a.history);
        }
    }
}
