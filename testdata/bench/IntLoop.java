// Loop benchmark: tight int arithmetic over an int[] and a long[].
public class IntLoop {
    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        int n = 1 << 18;
        int[] a = new int[n];
        long[] b = new long[n];
        for (int i = 0; i < n; i++) a[i] = i * 2654435761L > 0 ? i : -i;
        long checksum = 0;
        for (int r = 0; r < rounds; r++) {
            int x = r;
            for (int i = 0; i < n; i++) {
                x = x * 1103515245 + 12345;
                a[i] ^= x >>> 7;
                b[i] += a[i] + (x & 0xff);
            }
            for (int i = 1; i < n; i++) {
                b[i] -= b[i - 1] >> 3;
                checksum += b[i] & 0xffff;
            }
        }
        System.out.println("checksum " + checksum);
    }
}
