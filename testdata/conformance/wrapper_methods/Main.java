public class Main {
    public static void main(String[] args) {
        int[] is = {0, 1, -1, 42, 255, -256, 0x7fffffff, 0x80000000, 123456789, 0x00F0F000};
        for (int i : is) {
            System.out.println(i + ": bin=" + Integer.toBinaryString(i) + " hex=" + Integer.toHexString(i) + " oct=" + Integer.toOctalString(i)
                    + " r36=" + Integer.toString(i, 36) + " r7=" + Integer.toString(i, 7) + " bc=" + Integer.bitCount(i) + " rev=" + Integer.reverse(i)
                    + " revb=" + Integer.reverseBytes(i) + " hob=" + Integer.highestOneBit(i) + " lob=" + Integer.lowestOneBit(i)
                    + " nlz=" + Integer.numberOfLeadingZeros(i) + " ntz=" + Integer.numberOfTrailingZeros(i) + " rotl=" + Integer.rotateLeft(i, 5)
                    + " rotr=" + Integer.rotateRight(i, 3) + " sig=" + Integer.signum(i) + " u=" + Integer.toUnsignedLong(i));
        }
        long[] ls = {0L, -1L, 1L << 40, Long.MAX_VALUE, Long.MIN_VALUE, 0x0123456789ABCDEFL};
        for (long l : ls) {
            System.out.println(l + ": bin=" + Long.toBinaryString(l) + " hex=" + Long.toHexString(l) + " oct=" + Long.toOctalString(l) + " r36=" + Long.toString(l, 36)
                    + " bc=" + Long.bitCount(l) + " rev=" + Long.reverse(l) + " revb=" + Long.reverseBytes(l) + " hob=" + Long.highestOneBit(l)
                    + " nlz=" + Long.numberOfLeadingZeros(l) + " ntz=" + Long.numberOfTrailingZeros(l) + " rotl=" + Long.rotateLeft(l, 13) + " us=" + Long.toUnsignedString(l, 16));
        }
        System.out.println(Integer.MAX_VALUE + " " + Integer.MIN_VALUE + " " + Long.MAX_VALUE + " " + Long.MIN_VALUE + " " + Short.MAX_VALUE + " " + Byte.MIN_VALUE
                + " " + (int) Character.MAX_VALUE + " " + Integer.SIZE + " " + Long.BYTES);
        System.out.println(Integer.toString(Integer.MIN_VALUE, 2) + " " + Integer.toString(255, 99) + " " + Long.toString(Long.MIN_VALUE, 36));
        System.out.println(Integer.compare(5, 3) + " " + Integer.compareUnsigned(-1, 1) + " " + Integer.sum(3, 4) + " " + Integer.max(3, 9) + " " + Long.min(-1, 1)
                + " " + Integer.hashCode(77) + " " + Long.hashCode(1L << 32 | 5) + " " + Short.toUnsignedInt((short) -1) + " " + Byte.toUnsignedInt((byte) -2));
        System.out.println(Short.reverseBytes((short) 0x1234) + " " + Character.reverseBytes('\u1234') + " " + Integer.parseInt("-ff", 16) + " " + Integer.valueOf("0777", 8));
        System.out.println(Double.compare(0.0, -0.0) + " " + Double.isFinite(1e308) + " " + Double.isInfinite(-1 / 0.0) + " " + Double.sum(0.1, 0.2) + " " + Double.max(-0.0, 0.0)
                + " " + Float.floatToIntBits(Float.NaN) + " " + Float.floatToRawIntBits(-0.0f) + " " + Double.doubleToLongBits(Double.NaN) + " " + Float.intBitsToFloat(0x7f800001)
                + " " + Double.longBitsToDouble(0x7ff0000000000000L) + " " + Float.hashCode(1.5f));
        System.out.println(Integer.valueOf(65).byteValue() + " " + Integer.valueOf(300).byteValue() + " " + Double.valueOf(3.99).intValue() + " " + Long.valueOf(1L << 40).intValue()
                + " " + Float.valueOf(1e20f).longValue() + " " + Short.valueOf((short) 7).doubleValue() + " " + Integer.valueOf(-1).shortValue());
    }
}
