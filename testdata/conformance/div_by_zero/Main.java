public class Main {
    static int zeroI() { return 0; }
    static long zeroL() { return 0L; }

    public static void main(String[] args) {
        try {
            System.out.println(10 / zeroI());
        } catch (ArithmeticException e) {
            System.out.println("idiv: " + e.getMessage() + " | " + e);
        }
        try {
            System.out.println(10 % zeroI());
        } catch (ArithmeticException e) {
            System.out.println("irem: " + e.getMessage());
        }
        try {
            System.out.println(10L / zeroL());
        } catch (ArithmeticException e) {
            System.out.println("ldiv: " + e.getMessage());
        }
        try {
            System.out.println(10L % zeroL());
        } catch (ArithmeticException e) {
            System.out.println("lrem: " + e.getMessage());
        }
        int x = 5;
        try {
            x /= zeroI();
        } catch (ArithmeticException e) {
            System.out.println("compound: x still " + x);
        }
        System.out.println("0/0 as int: skipped, as double: " + (0.0 / zeroI()));
        System.out.println("1.0/0 = " + (1.0 / zeroI()) + ", -1.0/0 = " + (-1.0 / zeroI()));
        System.out.println("1f/0 = " + (1f / zeroI()) + ", 5.0%0 = " + (5.0 % zeroI()));
        System.out.println("1/-0.0 = " + (1 / -0.0));
        try {
            Math.floorDiv(1, zeroI());
        } catch (ArithmeticException e) {
            System.out.println("floorDiv: " + e.getMessage());
        }
        try {
            Math.floorMod(1L, zeroL());
        } catch (ArithmeticException e) {
            System.out.println("floorMod: " + e.getMessage());
        }
        try {
            Integer.divideUnsigned(1, zeroI());
        } catch (ArithmeticException e) {
            System.out.println("divideUnsigned: " + e.getMessage());
        }
        try {
            new java.math.BigInteger("5").divide(java.math.BigInteger.ZERO);
        } catch (ArithmeticException e) {
            System.out.println("BigInteger: " + e.getMessage());
        }
        int count = 0;
        for (int i = -3; i <= 3; i++) {
            try {
                count += 12 / i;
            } catch (ArithmeticException e) {
                System.out.println("caught at i=" + i);
            }
        }
        System.out.println("count = " + count);
    }
}
