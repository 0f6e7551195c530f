public class Main {
    static String cmp(double a, double b) {
        return (a < b ? "<" : "") + (a <= b ? "<=" : "") + (a > b ? ">" : "") + (a >= b ? ">=" : "")
                + (a == b ? "==" : "") + (a != b ? "!=" : "");
    }

    static String cmpf(float a, float b) {
        return (a < b ? "<" : "") + (a <= b ? "<=" : "") + (a > b ? ">" : "") + (a >= b ? ">=" : "")
                + (a == b ? "==" : "") + (a != b ? "!=" : "");
    }

    static String cmpl(long a, long b) {
        return (a < b ? "<" : "") + (a <= b ? "<=" : "") + (a > b ? ">" : "") + (a >= b ? ">=" : "")
                + (a == b ? "==" : "") + (a != b ? "!=" : "");
    }

    public static void main(String[] args) {
        double[] ds = {Double.NaN, -1.0, -0.0, 0.0, 1.0, Double.POSITIVE_INFINITY};
        for (double a : ds) {
            StringBuilder sb = new StringBuilder();
            for (double b : ds) sb.append(a).append('?').append(b).append(':').append(cmp(a, b)).append(' ');
            System.out.println(sb);
        }
        float[] fs = {Float.NaN, -2f, -0f, 0f, Float.NEGATIVE_INFINITY};
        for (float a : fs) {
            StringBuilder sb = new StringBuilder();
            for (float b : fs) sb.append(cmpf(a, b)).append(' ');
            System.out.println(sb + "| " + Float.compare(a, 0f) + " " + Float.compare(a, Float.NaN));
        }
        long[] ls = {Long.MIN_VALUE, -1, 0, 1, Long.MAX_VALUE};
        for (long a : ls) {
            StringBuilder sb = new StringBuilder();
            for (long b : ls) sb.append(cmpl(a, b)).append(' ');
            System.out.println(sb + "| " + Long.compare(a, 0) + " " + Long.compareUnsigned(a, 1));
        }
        double nan = Double.NaN;
        System.out.println(!(nan < 0) + " " + !(nan >= 0) + " " + Double.compare(nan, Double.POSITIVE_INFINITY)
                + " " + Double.compare(-0.0, 0.0) + " " + Math.max(-0.0, 0.0) + " " + Math.min(-0.0, 0.0)
                + " " + Math.max(nan, 1) + " " + Math.min(1f, Float.NaN));
        int x = 5;
        Integer boxed = 5;
        System.out.println((x == boxed) + " " + (x < 6 && x > 4) + " " + Integer.compare(3, 7) + " " + Integer.signum(-9));
        char c1 = 'a', c2 = 'b';
        System.out.println((c1 < c2) + " " + (c1 - c2) + " " + Character.compare(c2, c1));
    }
}
