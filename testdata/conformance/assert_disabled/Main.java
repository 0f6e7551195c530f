public class Main {
    static int sideEffects;

    static boolean touch() {
        sideEffects++;
        return false;
    }

    public static void main(String[] args) {
        assert touch() : "not evaluated when assertions are disabled";
        assert false;
        System.out.println("assertions disabled, side effects " + sideEffects + ", desiredAssertionStatus " + Main.class.desiredAssertionStatus());
    }
}
