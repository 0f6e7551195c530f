import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

public class Main {
    public static void main(String[] args) {
        BigDecimal a = new BigDecimal("10.25");
        BigDecimal b = new BigDecimal("3");
        System.out.println(a.add(b) + " " + a.subtract(b) + " " + a.multiply(b) + " " + a.divide(b, 5, RoundingMode.HALF_UP) + " " + a.divide(b, MathContext.DECIMAL64));
        try {
            a.divide(b);
        } catch (ArithmeticException e) {
            System.out.println(e.getMessage());
        }
        System.out.println(new BigDecimal("1").divide(new BigDecimal("8")) + " " + new BigDecimal("100").divide(new BigDecimal("4")));
        RoundingMode[] modes = {RoundingMode.UP, RoundingMode.DOWN, RoundingMode.CEILING, RoundingMode.FLOOR, RoundingMode.HALF_UP, RoundingMode.HALF_DOWN, RoundingMode.HALF_EVEN};
        String[] vals = {"5.5", "2.5", "1.6", "1.1", "1.0", "-1.0", "-1.1", "-1.6", "-2.5", "-5.5"};
        for (RoundingMode m : modes) {
            StringBuilder sb = new StringBuilder(m + ":");
            for (String v : vals) sb.append(' ').append(new BigDecimal(v).setScale(0, m));
            System.out.println(sb);
        }
        try {
            new BigDecimal("1.5").setScale(0, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            System.out.println("UNNECESSARY: " + e.getMessage());
        }
        BigDecimal small = new BigDecimal("1E-10");
        BigDecimal large = new BigDecimal("1.23E+15");
        System.out.println(small + " " + small.toPlainString() + " " + large + " " + large.toPlainString() + " " + large.toEngineeringString() + " " + new BigDecimal("0.000001234").toString());
        System.out.println(new BigDecimal(0.1) + "\n" + BigDecimal.valueOf(0.1) + " " + BigDecimal.valueOf(100, 3) + " " + BigDecimal.valueOf(1.0) + " " + new BigDecimal("1.50").stripTrailingZeros()
                + " " + new BigDecimal("100").stripTrailingZeros() + " " + new BigDecimal("100").stripTrailingZeros().toPlainString());
        System.out.println(new BigDecimal("2.0").equals(new BigDecimal("2.00")) + " " + new BigDecimal("2.0").compareTo(new BigDecimal("2.00")) + " " + new BigDecimal("2.0").hashCode()
                + " " + new BigDecimal("2.00").hashCode() + " " + new BigDecimal("123.4500").scale() + " " + new BigDecimal("123.4500").precision() + " " + new BigDecimal("123.45").unscaledValue());
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < 10; i++) total = total.add(new BigDecimal("0.1"));
        System.out.println(total + " " + total.equals(BigDecimal.ONE) + " " + (total.compareTo(BigDecimal.ONE) == 0));
        BigDecimal price = new BigDecimal("19.99");
        BigDecimal qty = new BigDecimal("3");
        BigDecimal tax = new BigDecimal("0.0825");
        BigDecimal subtotal = price.multiply(qty);
        BigDecimal withTax = subtotal.add(subtotal.multiply(tax)).setScale(2, RoundingMode.HALF_EVEN);
        System.out.println(subtotal + " " + withTax + " " + withTax.negate() + " " + withTax.abs() + " " + withTax.signum() + " " + withTax.doubleValue() + " " + withTax.intValue());
        System.out.println(new BigDecimal("2").sqrt(new MathContext(30)) + " " + new BigDecimal("1.1").pow(10) + " " + new BigDecimal("7").remainder(new BigDecimal("2.5"))
                + " " + new BigDecimal("123.456").round(new MathContext(4)) + " " + new BigDecimal("123.456").movePointLeft(2) + " " + new BigDecimal("9.99").max(new BigDecimal("10")));
        System.out.println(new BigDecimal("-0.00") + " " + new BigDecimal("-0.00").signum() + " " + BigDecimal.valueOf(-5, -2) + " " + BigDecimal.valueOf(-5, -2).toPlainString());
    }
}
