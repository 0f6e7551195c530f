public class Main {
    static int i(int x) { return x; }

    public static void main(String[] args) {
        int[] amounts = {0, 1, 4, 31, 32, 33, 63, 64, -1, -31, -32, 100};
        int[] vals = {1, -1, 0x80000000, 0x12345678, -123456};
        for (int v : vals) {
            StringBuilder sb = new StringBuilder(v + ":");
            for (int a : amounts) {
                sb.append(' ').append(v << i(a)).append('|').append(v >> i(a)).append('|').append(v >>> i(a));
            }
            System.out.println(sb);
        }
        long[] lvals = {1L, -1L, 0x8000000000000000L, 0x123456789ABCDEF0L};
        for (long v : lvals) {
            StringBuilder sb = new StringBuilder(v + ":");
            for (int a : amounts) {
                sb.append(' ').append(v << a).append('|').append(v >> a).append('|').append(v >>> a);
            }
            System.out.println(sb);
        }
        byte b = -16;
        System.out.println((b >> 2) + " " + (b >>> 2) + " " + (byte) (b >>> 2) + " " + (b << 28));
        char c = 0xFFFF;
        System.out.println((c >> 4) + " " + (c << 20));
        long shiftByLong = 1L << 65L;
        int intByLong = 1 << 33L;
        System.out.println(shiftByLong + " " + intByLong);
        int x = 1;
        x <<= 35;
        long y = -256;
        y >>>= 60;
        System.out.println(x + " " + y);
    }
}
