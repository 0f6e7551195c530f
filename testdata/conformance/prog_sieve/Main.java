public class Main {
    public static void main(String[] args) {
        int n = 2_000_000;
        boolean[] composite = new boolean[n + 1];
        int count = 0;
        long sum = 0;
        int last = 0;
        for (int i = 2; i <= n; i++) {
            if (!composite[i]) {
                count++;
                sum += i;
                last = i;
                for (long j = (long) i * i; j <= n; j += i) composite[(int) j] = true;
            }
        }
        System.out.println("primes <= " + n + ": " + count + ", sum " + sum + ", largest " + last);
        StringBuilder sb = new StringBuilder();
        for (int i = 2, shown = 0; shown < 25; i++) {
            if (!composite[i]) {
                sb.append(i).append(' ');
                shown++;
            }
        }
        System.out.println(sb.toString().trim());
        int twins = 0;
        for (int i = 3; i + 2 <= n; i += 2) if (!composite[i] && !composite[i + 2]) twins++;
        System.out.println("twin prime pairs: " + twins);
        int maxGap = 0, gapAt = 0, prev = 2;
        for (int i = 3; i <= n; i++) {
            if (!composite[i]) {
                if (i - prev > maxGap) {
                    maxGap = i - prev;
                    gapAt = prev;
                }
                prev = i;
            }
        }
        System.out.println("max gap " + maxGap + " after " + gapAt);
    }
}
