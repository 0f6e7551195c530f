public class Main {
    public static void main(String[] args) {
        double[] ds = {0.0, -0.0, 0.5, -0.5, 1.9, -1.9, 2.5, -2.5, 1e10, -1e10, 1e20, -1e20,
                2147483647.5, -2147483648.5, 9.3e18, -9.3e18, Double.NaN,
                Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE};
        for (double d : ds) {
            System.out.println("d=" + d + " d2i=" + (int) d + " d2l=" + (long) d + " d2f=" + (float) d
                    + " d2i2b=" + (byte) (int) d + " d2c=" + (int) (char) d + " d2s=" + (short) d);
        }
        float[] fs = {0.0f, -0.7f, 3.99f, 1e10f, -1e10f, 3e19f, -3e19f, Float.NaN,
                Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, 16777217f};
        for (float f : fs) {
            System.out.println("f=" + f + " f2i=" + (int) f + " f2l=" + (long) f + " f2d=" + (double) f);
        }
        int[] is = {0, 1, -1, 127, 128, 255, 256, -128, -129, 32767, 32768, 65535, 65536, -32769,
                0x12345678, Integer.MAX_VALUE, Integer.MIN_VALUE, 16777217, 123456789};
        for (int i : is) {
            System.out.println("i=" + i + " i2b=" + (byte) i + " i2c=" + (int) (char) i + " i2s=" + (short) i
                    + " i2l=" + (long) i + " i2f=" + (float) i + " i2d=" + (double) i);
        }
        long[] ls = {0L, -1L, 4294967296L, 4294967295L, 2147483648L, -2147483649L, Long.MAX_VALUE,
                Long.MIN_VALUE, 9007199254740993L, 0x123456789ABCDEFL};
        for (long l : ls) {
            System.out.println("l=" + l + " l2i=" + (int) l + " l2f=" + (float) l + " l2d=" + (double) l
                    + " l2b=" + (byte) l + " l2c=" + (int) (char) l);
        }
        char c = (char) -1;
        System.out.println((int) c + " " + (int) (char) 65 + " " + (char) 66 + " " + (char) ('a' + 2));
        byte b = (byte) 0x80;
        System.out.println((b & 0xff) + " " + (b >>> 4) + " " + ((b & 0xff) >>> 4) + " " + (short) b);
        short s = (short) 0xFFFF;
        char sc = (char) s;
        System.out.println(s + " " + (int) sc + " " + (byte) sc);
    }
}
