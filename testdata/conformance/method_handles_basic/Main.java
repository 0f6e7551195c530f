import java.lang.invoke.*;
// The method-handle API: findStatic, findVirtual, bindTo, constant, filterReturnValue, invokeExact
// with a wrong type.
public class Main {
    static int twice(int x) { return 2 * x; }
    String greet(String n) { return "hi " + n; }
    public static void main(String[] args) throws Throwable {
        MethodHandles.Lookup l = MethodHandles.lookup();
        MethodHandle h = l.findStatic(Main.class, "twice", MethodType.methodType(int.class, int.class));
        System.out.println((int) h.invokeExact(21));
        MethodHandle g = l.findVirtual(Main.class, "greet", MethodType.methodType(String.class, String.class));
        System.out.println((String) g.invokeExact(new Main(), "bob"));
        System.out.println(g.type());
        MethodHandle b = g.bindTo(new Main());
        System.out.println(b.invoke("amy"));
        MethodHandle c = MethodHandles.constant(String.class, "k");
        System.out.println(c.invoke());
        MethodHandle len = l.findVirtual(String.class, "length", MethodType.methodType(int.class));
        System.out.println(MethodHandles.filterReturnValue(len, h).invoke("abcd"));
        try { h.invokeExact("x"); } catch (WrongMethodTypeException e) { System.out.println(e.getMessage()); }
    }
}
