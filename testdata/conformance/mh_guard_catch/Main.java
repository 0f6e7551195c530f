import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

// guardWithTest, catchException, throwException and tryFinally.
public class Main {
    static StringBuilder trace = new StringBuilder();

    static boolean isEven(int x) { trace.append("test "); return x % 2 == 0; }
    static String even(int x) { trace.append("even "); return x + " is even"; }
    static String odd(int x) { trace.append("odd "); return x + " is odd"; }
    static boolean startsWithA(String s) { return s.startsWith("a"); }
    static String aWord(String s, int n) { return "A-word " + s + n; }
    static String other(String s, int n) { return "other " + s + n; }

    static int parse(String s) { trace.append("parse "); return Integer.parseInt(s); }
    static int onNfe(NumberFormatException e, String s) { trace.append("handler "); return -s.length(); }
    static int onAny(RuntimeException e) { trace.append("any "); return -1; }
    static int risky(int mode) throws IOException {
        trace.append("risky" + mode + " ");
        if (mode == 1) throw new IOException("io failure");
        if (mode == 2) throw new IllegalStateException("bad state");
        if (mode == 3) throw new Error("fatal");
        return 100 + mode;
    }
    static int onIo(IOException e, int mode) { return -1000 - mode; }
    static int cleanup(Throwable t, int result, int mode) {
        trace.append("cleanup(" + (t == null ? "null" : t.getClass().getSimpleName()) + "," + result + ") ");
        return result * 2;
    }
    static void cleanupVoid(Throwable t, String s) { trace.append("cleanupVoid(" + (t == null ? "ok" : t.getMessage()) + ") "); }
    static void work(String s) { trace.append("work(" + s + ") "); if (s.isEmpty()) throw new IllegalArgumentException("empty"); }

    static String takeTrace() {
        String s = trace.toString().trim();
        trace.setLength(0);
        return s;
    }

    static String msg(Throwable e) {
        return e.getClass().getName() + ": " + e.getMessage();
    }

    static MethodHandle st(String name, Class<?> r, Class<?>... p) throws Exception {
        return MethodHandles.lookup().findStatic(Main.class, name, MethodType.methodType(r, p));
    }

    public static void main(String[] args) throws Throwable {
        MethodHandle gwt = MethodHandles.guardWithTest(st("isEven", boolean.class, int.class),
                st("even", String.class, int.class), st("odd", String.class, int.class));
        System.out.println("gwt type " + gwt.type());
        for (int i = 3; i <= 6; i++) {
            System.out.println((String) gwt.invokeExact(i) + " trace: " + takeTrace());
        }
        // the test may take fewer (leading) arguments than the targets
        MethodHandle gwt2 = MethodHandles.guardWithTest(st("startsWithA", boolean.class, String.class),
                st("aWord", String.class, String.class, int.class), st("other", String.class, String.class, int.class));
        System.out.println((String) gwt2.invokeExact("apple", 1) + " | " + (String) gwt2.invokeExact("pear", 2));
        try {
            MethodHandles.guardWithTest(st("isEven", boolean.class, int.class), st("even", String.class, int.class),
                    st("startsWithA", boolean.class, String.class));
        } catch (IllegalArgumentException e) {
            System.out.println(msg(e));
        }
        try {
            MethodHandles.guardWithTest(st("even", String.class, int.class), st("even", String.class, int.class),
                    st("odd", String.class, int.class));
        } catch (IllegalArgumentException e) {
            System.out.println(msg(e));
        }

        MethodHandle parse = st("parse", int.class, String.class);
        MethodHandle safe = MethodHandles.catchException(parse, NumberFormatException.class,
                st("onNfe", int.class, NumberFormatException.class, String.class));
        System.out.println("catchException type " + safe.type());
        System.out.println((int) safe.invokeExact("123") + " trace: " + takeTrace());
        System.out.println((int) safe.invokeExact("12x45") + " trace: " + takeTrace());
        try {
            int r = (int) safe.invokeExact((String) null);
            System.out.println("null -> " + r + " trace: " + takeTrace());
        } catch (Throwable t) {
            System.out.println("null -> " + msg(t) + " trace: " + takeTrace());
        }
        MethodHandle safeAny = MethodHandles.catchException(parse, RuntimeException.class, st("onAny", int.class, RuntimeException.class));
        System.out.println("handler taking only the exception: " + (int) safeAny.invokeExact("zz") + " trace: " + takeTrace());

        MethodHandle risky = st("risky", int.class, int.class);
        MethodHandle ioSafe = MethodHandles.catchException(risky, IOException.class, st("onIo", int.class, IOException.class, int.class));
        for (int mode = 0; mode <= 3; mode++) {
            try {
                System.out.println("mode " + mode + " -> " + (int) ioSafe.invokeExact(mode) + " trace: " + takeTrace());
            } catch (Throwable t) {
                System.out.println("mode " + mode + " threw " + msg(t) + " trace: " + takeTrace());
            }
        }
        try {
            MethodHandles.catchException(parse, NumberFormatException.class, st("odd", String.class, int.class));
        } catch (IllegalArgumentException e) {
            System.out.println(msg(e));
        }

        MethodHandle thrower = MethodHandles.throwException(String.class, IllegalStateException.class);
        System.out.println("throwException type " + thrower.type());
        try {
            String r = (String) thrower.invokeExact(new IllegalStateException("thrown by handle"));
            System.out.println("unexpected " + r);
        } catch (IllegalStateException e) {
            System.out.println("caught " + msg(e));
        }
        MethodHandle checked = MethodHandles.throwException(void.class, IOException.class);
        try {
            checked.invokeExact(new IOException("checked thrown"));
        } catch (IOException e) {
            System.out.println("caught " + msg(e));
        }
        // throwException + catchException: a handle that always recovers
        MethodHandle alwaysThrow = MethodHandles.dropArguments(
                MethodHandles.insertArguments(MethodHandles.throwException(int.class, RuntimeException.class), 0, new RuntimeException("x")),
                0, String.class);
        MethodHandle recovered = MethodHandles.catchException(alwaysThrow, RuntimeException.class,
                MethodHandles.dropArguments(MethodHandles.constant(int.class, 7), 0, RuntimeException.class, String.class));
        System.out.println("recovered " + recovered.type() + " -> " + (int) recovered.invokeExact("any"));

        // guardWithTest selecting between a throwing and a normal path, then caught
        MethodHandle guarded = MethodHandles.catchException(
                MethodHandles.guardWithTest(st("isEven", boolean.class, int.class), risky, MethodHandles.dropArguments(MethodHandles.constant(int.class, 55), 0, int.class)),
                Throwable.class, MethodHandles.dropArguments(MethodHandles.constant(int.class, -1), 0, Throwable.class, int.class));
        for (int mode = 0; mode <= 3; mode++) {
            System.out.println("guarded " + mode + " -> " + (int) guarded.invokeExact(mode) + " trace: " + takeTrace());
        }

        // tryFinally
        MethodHandle fin = MethodHandles.tryFinally(risky, st("cleanup", int.class, Throwable.class, int.class, int.class));
        System.out.println("tryFinally type " + fin.type());
        for (int mode = 0; mode <= 2; mode++) {
            try {
                System.out.println("finally " + mode + " -> " + (int) fin.invokeExact(mode) + " trace: " + takeTrace());
            } catch (Throwable t) {
                System.out.println("finally " + mode + " threw " + msg(t) + " trace: " + takeTrace());
            }
        }
        MethodHandle finVoid = MethodHandles.tryFinally(st("work", void.class, String.class), st("cleanupVoid", void.class, Throwable.class, String.class));
        finVoid.invokeExact("job");
        System.out.println("void finally trace: " + takeTrace());
        try {
            finVoid.invokeExact("");
        } catch (IllegalArgumentException e) {
            System.out.println("void finally threw " + msg(e) + " trace: " + takeTrace());
        }
        try {
            MethodHandles.tryFinally(risky, st("cleanupVoid", void.class, Throwable.class, String.class));
        } catch (IllegalArgumentException e) {
            System.out.println(msg(e));
        }
    }
}
