// A 200 MB long[] (25 million elements) in a 512 MB heap: allocated zeroed, written with a pattern,
// read back, kept across garbage and a System.gc(), and read again.
public class Main {
    static long pattern(int i) {
        return (i * 0x9E3779B97F4A7C15L) ^ ((long) i << 40) ^ i;
    }

    public static void main(String[] args) {
        final int n = 25_000_000;
        long[] big = new long[n];
        System.out.println("length " + big.length);

        boolean zeroed = true;
        for (int i = 0; i < n; i += 4093) zeroed &= big[i] == 0;
        zeroed &= big[n - 1] == 0;
        System.out.println("zeroed: " + zeroed);

        for (int i = 0; i < n; i++) big[i] = pattern(i);
        long sum = 0;
        for (int i = 0; i < n; i++) sum += big[i] ^ (sum >>> 7);
        System.out.println("checksum " + sum);

        // Garbage while the big array is alive, then an explicit collection.
        long garbage = 0;
        for (int k = 0; k < 20_000; k++) {
            int[] g = new int[1000];
            g[k % 1000] = k;
            garbage += g[k % 1000];
        }
        System.gc();

        long again = 0;
        boolean same = true;
        for (int i = 0; i < n; i++) {
            same &= big[i] == pattern(i);
            again += big[i] ^ (again >>> 7);
        }
        System.out.println("after gc: pattern intact " + same + ", checksum " + again + ", garbage " + garbage);
        System.out.println("last " + big[n - 1] + ", middle " + big[n / 2]);
    }
}
