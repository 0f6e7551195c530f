public class Main {
    public static void main(String[] args) {
        System.out.println(Math.abs(-5) + " " + Math.abs(-5L) + " " + Math.abs(-2.5f) + " " + Math.abs(-0.0) + " " + Math.abs(Integer.MIN_VALUE) + " " + Math.abs(Long.MIN_VALUE));
        System.out.println(Math.min(3, -3) + " " + Math.max(3L, 4L) + " " + Math.min(1.5f, Float.NaN) + " " + Math.max(-0.0f, 0.0f) + " " + Math.min(-0.0, 0.0));
        int[] as = {7, -7, 7, -7, 0, Integer.MIN_VALUE};
        int[] bs = {2, 2, -2, -2, 3, -1};
        for (int i = 0; i < as.length; i++) {
            System.out.print(Math.floorDiv(as[i], bs[i]) + "," + Math.floorMod(as[i], bs[i]) + " ");
        }
        System.out.println(Math.floorDiv(-7L, 2L) + " " + Math.floorMod(-7L, 3) + " " + Math.floorMod(7, -3));
        double[] xs = {0.0, -0.0, 0.5, -0.5, 1.5, -1.5, 2.5, -2.5, 2.4999999999999996, 1e16 + 1, Double.NaN, Double.POSITIVE_INFINITY, -1e300, 0.49999999999999994};
        for (double x : xs) {
            System.out.println(x + ": round=" + Math.round(x) + " ceil=" + Math.ceil(x) + " floor=" + Math.floor(x) + " rint=" + Math.rint(x)
                    + " signum=" + Math.signum(x) + " sqrt=" + Math.sqrt(x) + " cbrt=" + Math.cbrt(x));
        }
        System.out.println(Math.round(2.5f) + " " + Math.round(-2.5f) + " " + Math.round(Float.NaN) + " " + Math.round(1e20f) + " " + Math.round(-1e20));
        for (int i = 0; i <= 20; i++) System.out.print(Math.sqrt(i) + " ");
        System.out.println();
        System.out.println(Math.pow(2, 10) + " " + Math.pow(2, -1) + " " + Math.pow(-8, 1.0 / 3) + " " + Math.pow(0, 0) + " " + Math.pow(Double.NaN, 0)
                + " " + Math.pow(-2, 3) + " " + Math.pow(10, 15) + " " + Math.pow(1.0000001, 1e7) + " " + Math.pow(2, 0.5) + " " + Math.pow(-1, Double.POSITIVE_INFINITY));
        System.out.println(Math.hypot(3, 4) + " " + Math.hypot(1e200, 1e200) + " " + Math.hypot(Double.NaN, Double.POSITIVE_INFINITY) + " " + Math.hypot(5, 12));
        System.out.println(Math.toRadians(180) + " " + Math.toDegrees(Math.PI / 3) + " " + Math.PI + " " + Math.E);
        System.out.println(Math.copySign(3.0, -0.0) + " " + Math.getExponent(1024.0) + " " + Math.getExponent(0.1f) + " " + Math.scalb(1.5, 4) + " " + Math.nextUp(1.0)
                + " " + Math.nextDown(1.0f) + " " + Math.nextAfter(0.0, -1) + " " + Math.ulp(1e10) + " " + Math.IEEEremainder(10, 3) + " " + Math.fma(2.0, 3.0, 1.0));
        long acc = 0;
        for (int i = 1; i <= 1000; i++) acc += (long) Math.floor(Math.sqrt(i) * 1000);
        System.out.println("acc " + acc);
    }
}
