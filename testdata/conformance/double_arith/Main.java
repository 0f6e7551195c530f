public class Main {
    public static void main(String[] args) {
        double[] xs = {0.0, -0.0, 1.0, -1.0, 0.5, 3.0, 1e-300, 1e300, Double.NaN,
                Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE};
        for (double a : xs) {
            StringBuilder sb = new StringBuilder();
            sb.append(a).append(':');
            for (double b : new double[] {0.0, -0.0, 2.0, Double.NaN, Double.POSITIVE_INFINITY}) {
                sb.append(' ').append(a + b).append('/').append(a - b).append('/').append(a * b)
                  .append('/').append(a / b).append('/').append(a % b);
            }
            System.out.println(sb);
        }
        double s = 0;
        for (int i = 1; i <= 1000; i++) s += 1.0 / i;
        System.out.println("harmonic(1000) = " + s);
        double p = 1;
        for (int i = 0; i < 64; i++) p *= 2;
        System.out.println("2^64 = " + p + " " + (long) p + " " + (p == 18446744073709551616.0));
        double e = 1, term = 1;
        for (int i = 1; i < 20; i++) { term /= i; e += term; }
        System.out.println("e = " + e + " " + (e == Math.E));
        double pi = 0;
        for (int k = 0; k < 10000; k++) pi += (k % 2 == 0 ? 4.0 : -4.0) / (2 * k + 1);
        System.out.println("pi ~ " + pi);
        float fs = 0;
        for (int i = 1; i <= 1000; i++) fs += 1.0f / i;
        System.out.println("harmonic float = " + fs);
    }
}
