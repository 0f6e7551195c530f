public class Main {
    interface Op { long run(); }

    static void attempt(String label, Op op) {
        try {
            System.out.println(label + " = " + op.run());
        } catch (ArithmeticException | IllegalArgumentException e) {
            System.out.println(label + ": " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        attempt("addExact(int max, 1)", new Op() { public long run() { return Math.addExact(Integer.MAX_VALUE, 1); } });
        attempt("addExact(long max, 1)", new Op() { public long run() { return Math.addExact(Long.MAX_VALUE, 1L); } });
        attempt("addExact(1, 2)", new Op() { public long run() { return Math.addExact(1, 2); } });
        attempt("subtractExact(int min, 1)", new Op() { public long run() { return Math.subtractExact(Integer.MIN_VALUE, 1); } });
        attempt("multiplyExact(1<<16, 1<<16)", new Op() { public long run() { return Math.multiplyExact(1 << 16, 1 << 16); } });
        attempt("multiplyExact(long)", new Op() { public long run() { return Math.multiplyExact(1L << 32, 1L << 31); } });
        attempt("multiplyExact(long, int)", new Op() { public long run() { return Math.multiplyExact(3L, 7); } });
        attempt("incrementExact(max)", new Op() { public long run() { return Math.incrementExact(Integer.MAX_VALUE); } });
        attempt("decrementExact(long min)", new Op() { public long run() { return Math.decrementExact(Long.MIN_VALUE); } });
        attempt("negateExact(min)", new Op() { public long run() { return Math.negateExact(Integer.MIN_VALUE); } });
        attempt("toIntExact(1L<<31)", new Op() { public long run() { return Math.toIntExact(1L << 31); } });
        attempt("toIntExact(-5L)", new Op() { public long run() { return Math.toIntExact(-5L); } });
        attempt("absExact(min)", new Op() { public long run() { return Math.absExact(Integer.MIN_VALUE); } });
        attempt("floorDiv(min, -1)", new Op() { public long run() { return Math.floorDiv(Integer.MIN_VALUE, -1); } });
        attempt("multiplyHigh", new Op() { public long run() { return Math.multiplyHigh(Long.MAX_VALUE, 3L); } });
        attempt("Integer.divideUnsigned(-1, 3)", new Op() { public long run() { return Integer.divideUnsigned(-1, 3); } });
        attempt("Long.remainderUnsigned(-1, 10)", new Op() { public long run() { return Long.remainderUnsigned(-1L, 10L); } });
        attempt("Long.divideUnsigned(-1, 10)", new Op() { public long run() { return Long.divideUnsigned(-1L, 10L); } });
        attempt("Character.toChars(-1)", new Op() { public long run() { return Character.toChars(-1).length; } });
    }
}
