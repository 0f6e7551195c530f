public class Main {
    public static void main(String[] args) {
        double[] vals = {0.0, -0.0, 1.0, -1.0, 100.0, 1000.0, 1e6, 1e7, 9999999.0, 1.0E10, 1e21, 1e22, 1e23,
                0.001, 0.0001, 1.0E-5, 1e-3, 0.1, 0.2, 0.3, 0.1 + 0.2, 1.1, Math.PI, Math.E,
                100.5, 123.456, 1.0 / 3, 2.0 / 3, 9007199254740992.0, 9007199254740993.0,
                Double.MIN_VALUE, Double.MAX_VALUE, Double.MIN_NORMAL, Double.NaN,
                Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 4.9e-324, 1e-323, 2.2250738585072014E-308,
                1.7976931348623157E308, 5e-324 * 3, 0.5, 0.25, 1.0E-7, 12345.678e-10, 2e-3,
                1.234567890123456789, 123456789012345678.0, 0.000123, 1e100, 1e-100, 2.0E-7,
                9.999999999999999e22, 5.0E-324, 1.0E23, 8.41e21, 4.35e-5, 2.82879384806159E17,
                1.0E-6, 9.9999e-4, 0.009999999999999998};
        for (double v : vals) {
            System.out.println(v + " " + Double.toString(-v) + " " + Long.toHexString(Double.doubleToLongBits(v)));
        }
        double x = 1;
        for (int i = 0; i < 60; i++) {
            x *= 7.77;
            System.out.print(x + " ");
        }
        System.out.println();
        double y = 1;
        for (int i = 0; i < 60; i++) {
            y /= 3.33;
            System.out.print(y + " ");
        }
        System.out.println();
        long bits = 0x3FF0000000000001L;
        for (int i = 0; i < 8; i++) {
            System.out.print(Double.longBitsToDouble(bits + i * 0x1234567L) + " ");
        }
        System.out.println();
        String[] parse = {"1", "1.5", "-0", "1e10", "1.7976931348623159e308", "1e-400", "0x1.8p1", "NaN",
                "Infinity", " 42 ", "3d", ".5", "5.", "1_0".replace("_", ""), "2.2250738585072012e-308"};
        for (String s : parse) System.out.print(Double.parseDouble(s) + " ");
        System.out.println();
        System.out.println(Double.valueOf("12.50") + " " + Double.toHexString(1.0) + " " + Double.toHexString(-0.1)
                + " " + Double.toHexString(Double.MIN_VALUE) + " " + Float.toHexString(1.5f));
    }
}
