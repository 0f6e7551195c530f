public class Main {
    static void deep(int n) {
        if (n == 0) {
            System.out.println("exiting with 3 from depth");
            System.exit(3);
        }
        try {
            deep(n - 1);
        } finally {
            System.out.println("finally (must not run) " + n);
        }
    }

    public static void main(String[] args) {
        System.out.println("start");
        System.err.println("a message on stderr");
        Runtime.getRuntime().addShutdownHook(new Thread() {
            public void run() {
                System.out.println("shutdown hook runs");
            }
        });
        deep(5);
        System.out.println("never");
    }
}
