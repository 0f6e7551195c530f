public class Main {
    public static void main(String[] args) {
        int[] a = {0, -1, 0x0F0F0F0F, 0x12345678, Integer.MIN_VALUE, 5};
        for (int x : a) {
            for (int y : a) {
                System.out.print((x & y) + "," + (x | y) + "," + (x ^ y) + " ");
            }
            System.out.println("~" + (~x));
        }
        long[] b = {0L, -1L, 0x0F0F0F0F0F0F0F0FL, Long.MIN_VALUE, 0xDEADBEEFCAFEBABEL};
        for (long x : b) {
            for (long y : b) {
                System.out.print((x & y) + "," + (x | y) + "," + (x ^ y) + " ");
            }
            System.out.println("~" + (~x));
        }
        boolean t = true, f = false;
        System.out.println((t & f) + " " + (t | f) + " " + (t ^ f) + " " + (t ^ t) + " " + !t);
        int flags = 0;
        flags |= 1 << 3;
        flags |= 1 << 7;
        flags &= ~(1 << 3);
        flags ^= 0xFF;
        System.out.println(flags + " " + Integer.toBinaryString(flags));
        long lf = 1L << 40;
        lf |= 7;
        lf ^= -1L;
        System.out.println(lf + " " + Long.toHexString(lf));
        int popcount = 0;
        for (int v = 0xF0F0; v != 0; v &= v - 1) popcount++;
        System.out.println("popcount " + popcount);
    }
}
