public class Main {
    public static void main(String[] args) {
        float[] vals = {0f, -0f, 1f, -1f, 100f, 1000f, 1e6f, 1e7f, 1.0E7f, 9999999f, 12345678f, 1e10f, 1e-3f,
                0.001f, 1e-4f, 0.01f, 1.0E-5f, 0.1f, 0.2f, 0.3f, 0.7f, 1.1f, 3.14159f, 2.7182817f,
                100.5f, 123.456f, 1f / 3, 2f / 3, 16777216f, 16777217f, 3.4028235e38f, 1.17549435E-38f,
                Float.MIN_VALUE, Float.MAX_VALUE, Float.MIN_NORMAL, Float.NaN, Float.POSITIVE_INFINITY,
                Float.NEGATIVE_INFINITY, 4.0E-45f, 1.0E-44f, 33554432f, 0.5f, 0.25f, 0.125f, 1.5e-38f,
                8.5e-44f, 9.223372E18f, 1.23456789e20f, 0.0009999f, 0.009999999f, 1.00000012f,
                2.0E-7f, 3.0E-8f, 7.0E22f};
        for (float v : vals) {
            System.out.println(v + " " + Float.toString(v) + " " + String.valueOf(-v) + " "
                    + Integer.toHexString(Float.floatToIntBits(v)));
        }
        float x = 1;
        for (int i = 0; i < 40; i++) {
            x *= 3.7f;
            System.out.print(x + " ");
        }
        System.out.println();
        float y = 1;
        for (int i = 0; i < 50; i++) {
            y /= 7.3f;
            System.out.print(y + " ");
        }
        System.out.println();
        String[] parse = {"1", "1.5", "-0", "1e10", "3.4028236e38", "1e-46", "0x1p3", "NaN", "-Infinity", "  7.25  ", "1f", "2.5d"};
        for (String s : parse) System.out.print(Float.parseFloat(s) + " ");
        System.out.println();
    }
}
