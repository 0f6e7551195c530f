public class Main {
    static int descend(int n) {
        if (n == 0) {
            int[] a = new int[2];
            return a[n + 5];
        }
        return descend(n - 1) + 1;
    }

    static class Walker {
        int walk(int n) {
            return n % 2 == 0 ? even(n) : odd(n);
        }

        int even(int n) { return n == 0 ? descend(12) : walk(n - 1); }
        int odd(int n) { return walk(n - 1); }
    }

    public static void main(String[] args) {
        System.out.println("walking");
        new Walker().walk(6);
    }
}
