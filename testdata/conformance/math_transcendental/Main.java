public class Main {
    // Math.sin etc. may differ from StrictMath in the last ulp (HotSpot uses intrinsics), so this prints
    // Math results rounded to 12 significant digits and StrictMath (exactly specified fdlibm) in full.
    static String r(double v) {
        return String.format("%.12g", v);
    }

    public static void main(String[] args) {
        double[] xs = {0.0, 0.5, 1.0, -1.0, 2.0, 3.141592653589793, 10.0, 100.0, 1e-10, -7.25, 1e6};
        for (double x : xs) {
            System.out.println("x=" + x + " sin=" + r(Math.sin(x)) + " cos=" + r(Math.cos(x)) + " tan=" + r(Math.tan(x))
                    + " exp=" + r(Math.exp(x)) + " log=" + r(Math.log(Math.abs(x))) + " log10=" + r(Math.log10(Math.abs(x))));
            System.out.println("   strict sin=" + StrictMath.sin(x) + " cos=" + StrictMath.cos(x) + " tan=" + StrictMath.tan(x)
                    + " exp=" + StrictMath.exp(x) + " log=" + StrictMath.log(Math.abs(x)) + " log10=" + StrictMath.log10(Math.abs(x)));
        }
        double[] ys = {-1.0, -0.5, 0.0, 0.3, 0.5, 1.0, 2.0};
        for (double y : ys) {
            System.out.println("y=" + y + " asin=" + r(Math.asin(y)) + " acos=" + r(Math.acos(y)) + " atan=" + r(Math.atan(y))
                    + " sinh=" + r(Math.sinh(y)) + " cosh=" + r(Math.cosh(y)) + " tanh=" + r(Math.tanh(y)) + " expm1=" + r(Math.expm1(y)) + " log1p=" + r(Math.log1p(y)));
            System.out.println("   strict asin=" + StrictMath.asin(y) + " acos=" + StrictMath.acos(y) + " atan=" + StrictMath.atan(y) + " sinh=" + StrictMath.sinh(y)
                    + " cosh=" + StrictMath.cosh(y) + " tanh=" + StrictMath.tanh(y) + " expm1=" + StrictMath.expm1(y) + " log1p=" + StrictMath.log1p(y));
        }
        System.out.println(r(Math.atan2(1, 1)) + " " + r(Math.atan2(-1, -1)) + " " + Math.atan2(0.0, -0.0) + " " + Math.atan2(-0.0, 1) + " " + StrictMath.atan2(3, -4));
        System.out.println(StrictMath.pow(1.1, 20) + " " + StrictMath.cbrt(27.5) + " " + StrictMath.hypot(1.5, 2.5) + " " + StrictMath.sqrt(3) + " " + StrictMath.exp(-745.2) + " " + StrictMath.log(Double.MIN_VALUE));
        System.out.println(Math.sin(Double.NaN) + " " + Math.cos(Double.POSITIVE_INFINITY) + " " + Math.exp(Double.NEGATIVE_INFINITY) + " " + Math.log(0) + " " + Math.log(-1) + " " + Math.exp(710) + " " + Math.log10(1000));
        double sum = 0;
        for (int i = 0; i < 1000; i++) sum += StrictMath.sin(i * 0.01) * StrictMath.exp(-i * 0.001);
        System.out.println("strict sum " + sum);
        double msum = 0;
        for (int i = 0; i < 1000; i++) msum += Math.sin(i * 0.01) * Math.exp(-i * 0.001);
        System.out.println("math sum " + r(msum));
    }
}
