public class Main {
    static int depth;

    static void recurse() {
        depth++;
        recurse();
    }

    static int deepWithLocals(int n, long a, double b) {
        long x = a + n;
        double y = b * 2;
        return deepWithLocals(n + 1, x, y) + 1;
    }

    public static void main(String[] args) {
        try {
            recurse();
        } catch (StackOverflowError e) {
            System.out.println("caught StackOverflowError, message=" + e.getMessage() + ", deep=" + (depth > 1000));
        }
        depth = 0;
        try {
            deepWithLocals(0, 1, 1.0);
        } catch (StackOverflowError e) {
            System.out.println("caught again");
        }
        // the VM must still work normally afterwards
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 5; i++) sb.append(i);
        System.out.println("after: " + sb);
        try {
            mutualA(0);
        } catch (StackOverflowError e) {
            System.out.println("mutual recursion overflow caught");
        }
        int[] finallies = new int[1];
        try {
            withFinally(finallies);
        } catch (StackOverflowError e) {
            System.out.println("overflow through finally blocks, finallies ran: " + (finallies[0] > 0));
        }
    }

    static void mutualA(int n) { mutualB(n + 1); }
    static void mutualB(int n) { mutualA(n + 1); }

    static void withFinally(int[] count) {
        try {
            withFinally(count);
        } finally {
            count[0]++;
        }
    }
}
