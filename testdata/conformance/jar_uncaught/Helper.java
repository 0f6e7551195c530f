public class Helper {
    static void fail(int n) {
        if (n == 0) throw new IllegalStateException("failed inside jar");
        fail(n - 1);
    }
}
