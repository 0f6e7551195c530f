public class Main {
    public static void main(String[] args) {
        System.err.println("problem reported on stderr");
        System.out.print("no newline at end");
        Runtime.getRuntime().exit(0);
    }
}
