import java.math.BigInteger;

public class Main {
    public static void main(String[] args) {
        BigInteger f = BigInteger.ONE;
        for (int i = 2; i <= 50; i++) f = f.multiply(BigInteger.valueOf(i));
        System.out.println("50! = " + f);
        System.out.println("bitLength " + f.bitLength() + " bitCount " + f.bitCount() + " lowestSetBit " + f.getLowestSetBit() + " signum " + f.signum());
        BigInteger a = new BigInteger("123456789012345678901234567890");
        BigInteger b = new BigInteger("-987654321098765432109876543210");
        System.out.println(a.add(b) + " " + a.subtract(b) + " " + a.multiply(b));
        System.out.println(b.divide(a) + " " + b.remainder(a) + " " + b.mod(a) + " " + a.negate().abs().equals(a));
        BigInteger[] qr = b.divideAndRemainder(BigInteger.valueOf(97));
        System.out.println(qr[0] + " r " + qr[1]);
        System.out.println(BigInteger.valueOf(4).modPow(BigInteger.valueOf(13), BigInteger.valueOf(497)) + " "
                + new BigInteger("2").modPow(new BigInteger("1000"), new BigInteger("1000000007")) + " "
                + BigInteger.valueOf(3).modInverse(BigInteger.valueOf(11)));
        System.out.println(a.gcd(b) + " " + BigInteger.valueOf(462).gcd(BigInteger.valueOf(1071)) + " " + f.gcd(BigInteger.TWO.pow(100)));
        System.out.println(BigInteger.TWO.pow(200) + " " + BigInteger.TEN.pow(30).sqrt() + " " + new BigInteger("99999999999999999999").sqrt());
        System.out.println(a.toString(16) + " " + a.toString(2).length() + " " + new BigInteger("ffffffffffffffffffff", 16) + " " + new BigInteger("-zz", 36));
        System.out.println(a.compareTo(b) + " " + a.max(b).equals(a) + " " + a.min(b) + " " + a.hashCode() + " " + b.hashCode() + " " + a.longValue() + " " + a.intValue() + " " + a.doubleValue());
        System.out.println(a.shiftLeft(10) + " " + b.shiftRight(70) + " " + a.and(b) + " " + a.or(b) + " " + a.xor(b) + " " + a.not() + " " + a.testBit(3) + " " + a.setBit(200).bitLength());
        System.out.println(java.util.Arrays.toString(BigInteger.valueOf(-129).toByteArray()) + " " + new BigInteger(new byte[] {1, 0, 0}) + " " + new BigInteger(1, new byte[] {(byte) 0xff}));
        try {
            BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE).longValueExact();
        } catch (ArithmeticException e) {
            System.out.println("longValueExact: " + e.getMessage());
        }
        try {
            new BigInteger("12x");
        } catch (NumberFormatException e) {
            System.out.println("parse: " + e.getMessage());
        }
        BigInteger fib1 = BigInteger.ZERO, fib2 = BigInteger.ONE;
        for (int i = 0; i < 300; i++) {
            BigInteger t = fib1.add(fib2);
            fib1 = fib2;
            fib2 = t;
        }
        System.out.println("fib(300) = " + fib1);
        BigInteger big = BigInteger.ONE.shiftLeft(4000).subtract(BigInteger.ONE);
        BigInteger sq = big.multiply(big);
        System.out.println(sq.bitLength() + " " + sq.mod(BigInteger.valueOf(1000000007)) + " " + big.toString().length() + " " + sq.divide(big).equals(big));
    }
}
