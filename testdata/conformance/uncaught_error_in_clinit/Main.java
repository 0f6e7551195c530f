public class Main {
    static final int VALUE = init();

    static int init() {
        System.out.println("Main.<clinit>");
        throw new IllegalStateException("main class init failed");
    }

    public static void main(String[] args) {
        System.out.println("main (never)");
    }
}
