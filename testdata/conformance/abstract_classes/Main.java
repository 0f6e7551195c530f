public class Main {
    static abstract class Account {
        private static int nextId = 1;
        protected final int id;
        protected long balance;

        Account(long initial) {
            id = nextId++;
            balance = initial;
        }

        abstract double rate();
        abstract String type();

        void applyInterest() {
            balance += Math.round(balance * rate());
        }

        public String toString() {
            return type() + "#" + id + "[" + balance + "]";
        }
    }

    static class Savings extends Account {
        Savings(long b) { super(b); }
        double rate() { return 0.05; }
        String type() { return "Savings"; }
    }

    static class Checking extends Account {
        Checking(long b) { super(b); }
        double rate() { return 0.001; }
        String type() { return "Checking"; }
        @Override void applyInterest() {
            if (balance > 1000) super.applyInterest();
        }
    }

    static abstract class Expr {
        abstract int eval();
        abstract String show();
    }

    static class Num extends Expr {
        final int v;
        Num(int v) { this.v = v; }
        int eval() { return v; }
        String show() { return String.valueOf(v); }
    }

    static abstract class Bin extends Expr {
        final Expr l, r;
        Bin(Expr l, Expr r) { this.l = l; this.r = r; }
        abstract int op(int a, int b);
        abstract char sym();
        int eval() { return op(l.eval(), r.eval()); }
        String show() { return "(" + l.show() + " " + sym() + " " + r.show() + ")"; }
    }

    static class Add extends Bin {
        Add(Expr l, Expr r) { super(l, r); }
        int op(int a, int b) { return a + b; }
        char sym() { return '+'; }
    }

    static class Mul extends Bin {
        Mul(Expr l, Expr r) { super(l, r); }
        int op(int a, int b) { return a * b; }
        char sym() { return '*'; }
    }

    public static void main(String[] args) {
        Account[] accts = {new Savings(1000), new Checking(500), new Checking(20000), new Savings(7)};
        for (int year = 0; year < 3; year++) {
            for (Account a : accts) a.applyInterest();
        }
        for (Account a : accts) System.out.println(a);
        Expr e = new Add(new Mul(new Num(3), new Num(4)), new Add(new Num(5), new Mul(new Num(2), new Num(-6))));
        System.out.println(e.show() + " = " + e.eval());
        try {
            Class.forName("Main$Expr").getDeclaredConstructor().newInstance();
        } catch (InstantiationException ex) {
            System.out.println("InstantiationException " + ex.getMessage());
        } catch (Exception ex) {
            System.out.println("other " + ex);
        }
    }
}
