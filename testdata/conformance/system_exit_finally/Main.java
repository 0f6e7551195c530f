public class Main {
    public static void main(String[] args) {
        try {
            System.out.println("in try");
            throw new RuntimeException("will be swallowed by exit");
        } finally {
            System.out.println("in finally, exiting 42");
            System.out.flush();
            System.exit(42);
        }
    }
}
