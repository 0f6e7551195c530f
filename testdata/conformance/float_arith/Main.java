public class Main {
    static float f(float x) { return x; }
    static double d(double x) { return x; }

    public static void main(String[] args) {
        float nan = Float.NaN, inf = Float.POSITIVE_INFINITY;
        System.out.println(nan + " " + inf + " " + (-inf) + " " + (inf - inf) + " " + (inf * 0));
        System.out.println((nan == nan) + " " + (nan != nan) + " " + (nan < 1) + " " + (nan > 1) + " " + Float.isNaN(nan));
        System.out.println((0.0f == -0.0f) + " " + Float.compare(0.0f, -0.0f) + " " + (1 / f(-0.0f)) + " " + Float.valueOf(0.0f).equals(-0.0f));
        System.out.println((f(0.1f) + f(0.2f)) + " " + (d(0.1) + d(0.2)) + " " + (0.1f + 0.2f == 0.3f) + " " + (d(0.1) + d(0.2) == 0.3));
        System.out.println(f(1.0f) / 3 + " " + d(1.0) / 3 + " " + f(2.0f) / 3 + " " + d(2.0) / 3);
        System.out.println(f(5.5f) % 2 + " " + f(-5.5f) % 2 + " " + d(5.5) % -2 + " " + d(-0.0) % 5 + " " + d(7) % d(2.5));
        System.out.println(Float.MAX_VALUE * 2 + " " + (-Float.MAX_VALUE * 2) + " " + Float.MIN_VALUE / 2 + " " + (-Float.MIN_VALUE / 2));
        System.out.println(Double.MAX_VALUE * 2 + " " + Double.MIN_VALUE / 2 + " " + (-Double.MIN_VALUE / 2));
        System.out.println(d(1e308) * 10 + " " + d(1e-320) + " " + d(4.9e-324) + " " + d(1e-323) / 2);
        float acc = 0;
        for (int i = 0; i < 10; i++) acc += 0.1f;
        double dacc = 0;
        for (int i = 0; i < 10; i++) dacc += 0.1;
        System.out.println(acc + " " + dacc);
        System.out.println((float) d(0.1) + " " + (double) f(0.1f) + " " + (f(16777216f) + 1) + " " + (d(9007199254740992.0) + 1));
        System.out.println(-f(0.0f) + " " + (0.0 - d(0.0)) + " " + (-d(0.0)) + " " + (d(-0.0) + 0.0) + " " + (d(-0.0) * -1));
        double x = 1.0;
        x /= 3; x *= 3; x -= 1; x += 1e-16;
        System.out.println(x);
        System.out.println(Math.sqrt(-1) + " " + Math.sqrt(2) + " " + (float) Math.sqrt(2) + " " + (nan + 1) + " " + (inf + 1));
        double big = 1e16;
        System.out.println((big + 1 - big) + " " + (big + 2 - big));
        System.out.println(f(3.4028235e38f) + " " + f(1.17549435E-38f) + " " + f(1.4e-45f));
        float[] vals = {1.5f, 2.5f, -1.5f, -2.5f, 0.49999997f};
        for (float v : vals) System.out.print(Math.round(v) + " ");
        System.out.println();
        System.out.println(Float.MIN_NORMAL + " " + Double.MIN_NORMAL + " " + Math.ulp(1.0f) + " " + Math.ulp(1.0));
    }
}
