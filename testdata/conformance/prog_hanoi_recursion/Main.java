public class Main {
    static int moves;
    static StringBuilder log = new StringBuilder();

    static void hanoi(int n, char from, char to, char via) {
        if (n == 0) return;
        hanoi(n - 1, from, via, to);
        moves++;
        if (n >= 4 || moves <= 7) log.append(n).append(':').append(from).append("->").append(to).append(' ');
        hanoi(n - 1, via, to, from);
    }

    static long ackermann(long m, long n) {
        if (m == 0) return n + 1;
        if (n == 0) return ackermann(m - 1, 1);
        return ackermann(m - 1, ackermann(m, n - 1));
    }

    static int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

    static long memo[] = new long[91];

    static long fibMemo(int n) {
        if (n < 2) return n;
        if (memo[n] != 0) return memo[n];
        return memo[n] = fibMemo(n - 1) + fibMemo(n - 2);
    }

    static void permutations(String prefix, String rest, StringBuilder out) {
        if (rest.isEmpty()) {
            out.append(prefix).append(' ');
            return;
        }
        for (int i = 0; i < rest.length(); i++) permutations(prefix + rest.charAt(i), rest.substring(0, i) + rest.substring(i + 1), out);
    }

    public static void main(String[] args) {
        hanoi(10, 'A', 'C', 'B');
        System.out.println("moves " + moves);
        System.out.println(log.toString().trim());
        System.out.println("ackermann(2, 3) = " + ackermann(2, 3) + ", ackermann(3, 5) = " + ackermann(3, 5));
        System.out.println("fib(25) = " + fib(25) + ", fibMemo(90) = " + fibMemo(90));
        StringBuilder perms = new StringBuilder();
        permutations("", "abcd", perms);
        System.out.println(perms.toString().trim());
    }
}
