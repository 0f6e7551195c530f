public class Main {
    static void tryInt(String s, int radix) {
        try {
            System.out.println("parseInt(" + s + ", " + radix + ") = " + Integer.parseInt(s, radix));
        } catch (NumberFormatException e) {
            System.out.println("NFE: " + e.getMessage());
        }
    }

    static void tryLong(String s) {
        try {
            System.out.println("parseLong(" + s + ") = " + Long.parseLong(s));
        } catch (NumberFormatException e) {
            System.out.println("NFE: " + e.getMessage());
        }
    }

    static void tryDouble(String s) {
        try {
            System.out.println("parseDouble(" + s + ") = " + Double.parseDouble(s));
        } catch (NumberFormatException e) {
            System.out.println("NFE: " + e.getMessage());
        } catch (NullPointerException e) {
            System.out.println("NPE for parseDouble(null)");
        }
    }

    public static void main(String[] args) {
        tryInt("123", 10);
        tryInt("-2147483648", 10);
        tryInt("2147483648", 10);
        tryInt("+77", 10);
        tryInt("ff", 16);
        tryInt("FF", 16);
        tryInt("zz", 36);
        tryInt("zz", 16);
        tryInt("", 10);
        tryInt("-", 10);
        tryInt(" 1", 10);
        tryInt("1_000", 10);
        tryInt("101", 2);
        tryInt("7", 40);
        tryInt(null, 10);
        tryLong("9223372036854775807");
        tryLong("9223372036854775808");
        tryLong("-9223372036854775808");
        tryLong("12L");
        tryDouble("3.25");
        tryDouble("1e-3");
        tryDouble("  -0  ");
        tryDouble("abc");
        tryDouble("");
        tryDouble("1.2.3");
        tryDouble("Infinity");
        tryDouble("0x1.0p-2");
        tryDouble(null);
        System.out.println(Integer.valueOf("99") + Integer.valueOf(1) + " " + Long.valueOf("5") + " " + Short.parseShort("-300") + " " + Byte.parseByte("7f", 16));
        try {
            Byte.parseByte("128");
        } catch (NumberFormatException e) {
            System.out.println("NFE: " + e.getMessage());
        }
        System.out.println(Integer.decode("0x1F") + " " + Integer.decode("-010") + " " + Integer.decode("#ff") + " " + Long.decode("0X7fffffffffffffff"));
        System.out.println(Boolean.parseBoolean("TRUE") + " " + Boolean.parseBoolean("yes") + " " + Boolean.valueOf(null));
        System.out.println(Integer.parseUnsignedInt("4294967295") + " " + Long.parseUnsignedLong("18446744073709551615") + " " + Integer.toUnsignedString(-1) + " " + Long.toUnsignedString(-1L));
        System.out.println(Float.parseFloat("1.1") + " " + Float.valueOf("3.4e39") + " " + new java.math.BigDecimal("1e3").intValue());
    }
}
