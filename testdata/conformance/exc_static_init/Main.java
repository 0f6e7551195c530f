public class Main {
    static class Broken {
        static int value = compute();

        static int compute() {
            System.out.println("Broken.<clinit> running");
            if (true) throw new IllegalStateException("boom in static init");
            return 1;
        }

        static void hello() { System.out.println("hello (never)"); }
    }

    static class BrokenByError {
        static final Object O;
        static {
            if (Boolean.parseBoolean("true")) throw new StackOverflowError("pretend");
            O = null;
        }
    }

    static class CheckedInInit {
        static int v = Integer.parseInt("not a number");
    }

    public static void main(String[] args) {
        try {
            System.out.println(Broken.value);
        } catch (ExceptionInInitializerError e) {
            System.out.println("1st: " + e + " | message " + e.getMessage());
            System.out.println("   cause: " + e.getCause() + " | getException " + e.getException().getMessage());
        }
        try {
            Broken.hello();
        } catch (NoClassDefFoundError e) {
            System.out.println("2nd: " + e + " | cause " + e.getCause());
        }
        try {
            new Broken();
        } catch (NoClassDefFoundError e) {
            System.out.println("3rd: " + e.getMessage());
        }
        try {
            Object o = BrokenByError.O;
        } catch (Throwable t) {
            System.out.println("error in init propagates unwrapped: " + t);
        }
        try {
            Object o = BrokenByError.O;
        } catch (Throwable t) {
            System.out.println("then: " + t);
        }
        try {
            System.out.println(CheckedInInit.v);
        } catch (ExceptionInInitializerError e) {
            System.out.println("NFE in init: " + e.getCause());
        }
        try {
            Class.forName("Main$CheckedInInit");
        } catch (Throwable t) {
            System.out.println("forName after failure: " + t);
        }
        Broken[] arr = new Broken[1];
        System.out.println("array of failed class still ok: " + arr.length);
    }
}
