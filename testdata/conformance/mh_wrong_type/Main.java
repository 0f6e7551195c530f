import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.WrongMethodTypeException;

// WrongMethodTypeException: invokeExact call sites whose symbolic type differs from the handle's
// type in arguments, return type, arity or only by boxing; impossible asType conversions.
public class Main {
    static int len(String s) { return s.length(); }
    static void nothing() { }
    static long twice(long x) { return 2 * x; }
    static Object id(Object o) { return o; }

    interface Body { void run() throws Throwable; }

    static void attempt(String label, Body b) {
        try {
            b.run();
            System.out.println(label + ": no exception");
        } catch (Throwable e) {
            System.out.println(label + ": " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) throws Throwable {
        MethodHandles.Lookup l = MethodHandles.lookup();
        MethodHandle len = l.findStatic(Main.class, "len", MethodType.methodType(int.class, String.class));
        MethodHandle nothing = l.findStatic(Main.class, "nothing", MethodType.methodType(void.class));
        MethodHandle twice = l.findStatic(Main.class, "twice", MethodType.methodType(long.class, long.class));
        MethodHandle id = l.findStatic(Main.class, "id", MethodType.methodType(Object.class, Object.class));
        System.out.println("len type " + len.type() + ", ok: " + (int) len.invokeExact("abc"));

        Object a = "a";
        attempt("Object arg", new Body() { public void run() throws Throwable { int r = (int) len.invokeExact(a); } });
        attempt("CharSequence arg", new Body() { public void run() throws Throwable { int r = (int) len.invokeExact((CharSequence) "a"); } });
        attempt("long result", new Body() { public void run() throws Throwable { long r = (long) len.invokeExact("a"); } });
        attempt("Integer result", new Body() { public void run() throws Throwable { Integer r = (Integer) len.invokeExact("a"); } });
        attempt("Object result", new Body() { public void run() throws Throwable { Object r = len.invokeExact("a"); } });
        attempt("void result", new Body() { public void run() throws Throwable { len.invokeExact("a"); } });
        attempt("extra arg", new Body() { public void run() throws Throwable { int r = (int) len.invokeExact("a", 1); } });
        attempt("missing arg", new Body() { public void run() throws Throwable { int r = (int) len.invokeExact(); } });
        attempt("null literal arg", new Body() { public void run() throws Throwable { int r = (int) len.invokeExact((String) null); } });
        attempt("nothing as int", new Body() { public void run() throws Throwable { int r = (int) nothing.invokeExact(); } });
        attempt("nothing as Object", new Body() { public void run() throws Throwable { Object r = nothing.invokeExact(); } });
        attempt("nothing with arg", new Body() { public void run() throws Throwable { nothing.invokeExact(1); } });
        attempt("nothing ok", new Body() { public void run() throws Throwable { nothing.invokeExact(); } });
        attempt("twice int arg", new Body() { public void run() throws Throwable { long r = (long) twice.invokeExact(3); } });
        attempt("twice Long arg", new Body() { public void run() throws Throwable { long r = (long) twice.invokeExact(Long.valueOf(3)); } });
        attempt("twice int result", new Body() { public void run() throws Throwable { int r = (int) twice.invokeExact(3L); } });
        attempt("twice ok", new Body() { public void run() throws Throwable { System.out.println("  twice=" + (long) twice.invokeExact(21L)); } });
        attempt("id String arg", new Body() { public void run() throws Throwable { Object r = id.invokeExact("s"); } });
        attempt("id String result", new Body() { public void run() throws Throwable { String r = (String) id.invokeExact((Object) "s"); } });
        attempt("id int arg", new Body() { public void run() throws Throwable { Object r = id.invokeExact(5); } });
        attempt("id ok", new Body() { public void run() throws Throwable { System.out.println("  id=" + id.invokeExact((Object) "s")); } });

        // invoke: conversions that asType cannot do
        attempt("invoke String->int arity", new Body() { public void run() throws Throwable { int r = (int) len.invoke("a", "b"); } });
        attempt("invoke long->String", new Body() { public void run() throws Throwable { int r = (int) len.invoke(5L); } });
        attempt("invoke int result as String", new Body() { public void run() throws Throwable { String r = (String) len.invoke("abc"); } });
        attempt("invoke long->int narrowing", new Body() { public void run() throws Throwable { int r = (int) twice.invoke(4L); } });
        attempt("invoke boolean arg", new Body() { public void run() throws Throwable { long r = (long) twice.invoke(true); } });

        // asType directly
        attempt("asType int->boolean", new Body() { public void run() throws Throwable { len.asType(MethodType.methodType(boolean.class, String.class)); } });
        attempt("asType arity", new Body() { public void run() throws Throwable { len.asType(MethodType.methodType(int.class)); } });
        attempt("asType long->int param", new Body() { public void run() throws Throwable { twice.asType(MethodType.methodType(long.class, double.class)); } });
        attempt("asType String->Integer param", new Body() { public void run() throws Throwable { twice.asType(MethodType.methodType(long.class, String.class)); } });
        attempt("asType void->String ok", new Body() { public void run() throws Throwable { System.out.println("  " + nothing.asType(MethodType.methodType(String.class)).type()); } });
        attempt("asType int param to String", new Body() { public void run() throws Throwable { len.asType(MethodType.methodType(int.class, int.class)); } });
        MethodHandle loose = len.asType(MethodType.methodType(Object.class, Object.class));
        attempt("loose with Integer", new Body() { public void run() throws Throwable { Object r = loose.invokeExact((Object) 5); } });
        System.out.println("loose ok: " + loose.invokeExact((Object) "four"));

        // constructor / instance handles
        MethodHandle ctor = l.findConstructor(StringBuilder.class, MethodType.methodType(void.class, String.class));
        attempt("ctor as Object", new Body() { public void run() throws Throwable { Object r = ctor.invokeExact("x"); } });
        attempt("ctor ok", new Body() { public void run() throws Throwable { StringBuilder r = (StringBuilder) ctor.invokeExact("x"); System.out.println("  sb=" + r); } });
        MethodHandle length = l.findVirtual(String.class, "length", MethodType.methodType(int.class));
        attempt("virtual Object receiver", new Body() { public void run() throws Throwable { int r = (int) length.invokeExact((Object) "x"); } });
        attempt("virtual no receiver", new Body() { public void run() throws Throwable { int r = (int) length.invokeExact(); } });

        WrongMethodTypeException w1 = new WrongMethodTypeException();
        WrongMethodTypeException w2 = new WrongMethodTypeException("custom");
        System.out.println("constructed: " + w1.getMessage() + " / " + w2.getMessage() + " / " + (w2 instanceof RuntimeException));
    }
}
