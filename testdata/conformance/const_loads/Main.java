public class Main {
    static final int BIG = 123456789;
    static final long LBIG = 1234567890123L;

    public static void main(String[] args) {
        int m1 = -1, z = 0, one = 1, five = 5;
        System.out.println(m1 + " " + z + " " + one + " " + five);
        int b1 = 6, b2 = -128, b3 = 127;
        int s1 = 128, s2 = -129, s3 = 32767, s4 = -32768;
        int c1 = 32768, c2 = -32769, c3 = Integer.MAX_VALUE, c4 = Integer.MIN_VALUE;
        System.out.println(b1 + " " + b2 + " " + b3);
        System.out.println(s1 + " " + s2 + " " + s3 + " " + s4);
        System.out.println(c1 + " " + c2 + " " + c3 + " " + c4 + " " + BIG);
        long l0 = 0L, l1 = 1L, l2 = -1L, l3 = Long.MAX_VALUE, l4 = Long.MIN_VALUE;
        System.out.println(l0 + " " + l1 + " " + l2 + " " + l3 + " " + l4 + " " + LBIG);
        float f0 = 0f, f1 = 1f, f2 = 2f, f3 = 3.5f, f4 = -0.0f;
        System.out.println(f0 + " " + f1 + " " + f2 + " " + f3 + " " + f4);
        double d0 = 0d, d1 = 1d, d2 = 2.25, d3 = -0.0, d4 = 1e300;
        System.out.println(d0 + " " + d1 + " " + d2 + " " + d3 + " " + d4);
        String s = "const", n = null;
        System.out.println(s + " " + n);
        char ch = 'x', uc = '\u00e9';
        System.out.println(ch + " " + (int) ch + " " + (int) uc);
        boolean t = true, f = false;
        System.out.println(t + " " + f);
        byte by = (byte) 200;
        short sh = (short) 70000;
        System.out.println(by + " " + sh);
        // many locals to force wide loads/stores
        int a0 = 0, a1 = 1, a2 = 2, a3 = 3, a4 = 4, a5 = 5, a6 = 6, a7 = 7, a8 = 8, a9 = 9;
        long w0 = 10, w1 = 11, w2 = 12, w3 = 13, w4 = 14, w5 = 15, w6 = 16, w7 = 17, w8 = 18, w9 = 19;
        double[] filler = new double[1];
        System.out.println(a0 + a1 + a2 + a3 + a4 + a5 + a6 + a7 + a8 + a9);
        System.out.println(w0 + w1 + w2 + w3 + w4 + w5 + w6 + w7 + w8 + w9 + filler.length);
        System.out.println(Wide.run());
        Class<?> k = String.class;
        Class<?> ka = int[].class;
        Class<?> kp = int.class;
        System.out.println(k.getName() + " " + ka.getName() + " " + kp.getName());
    }
}
