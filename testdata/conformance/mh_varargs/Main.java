import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.WrongMethodTypeException;
import java.util.Arrays;
import java.util.List;

// Variable-arity handles: asVarargsCollector, asFixedArity, isVarargsCollector, withVarargs,
// asCollector, asSpreader and invokeWithArguments (array and list forms).
public class Main {
    static String joinAll(String sep, String... parts) { return String.join(sep, parts) + " (" + parts.length + ")"; }
    static int sum(int[] xs) { int s = 0; for (int x : xs) s += x; return s; }
    static String three(String a, int b, Object c) { return a + "," + b + "," + c; }
    static String objs(Object[] os) { return "objs" + Arrays.toString(os); }

    static String msg(Throwable e) {
        return e.getClass().getName() + ": " + e.getMessage();
    }

    public static void main(String[] args) throws Throwable {
        MethodHandles.Lookup l = MethodHandles.lookup();
        MethodHandle join = l.findStatic(Main.class, "joinAll", MethodType.methodType(String.class, String.class, String[].class));
        System.out.println("findStatic of varargs method: " + join + " varargs=" + join.isVarargsCollector());
        System.out.println("invoke with spread args: " + join.invoke("-", "a", "b", "c"));
        System.out.println("invoke with no trailing: " + join.invoke("-"));
        System.out.println("invoke with array: " + join.invoke("+", new String[] {"x", "y"}));
        System.out.println("invoke with empty array: " + join.invoke("+", new String[0]));
        System.out.println("invokeExact ignores varargs: " + (String) join.invokeExact("/", new String[] {"p", "q"}));
        try {
            String r = (String) join.invokeExact("/", "p", "q");
            System.out.println("unexpected " + r);
        } catch (WrongMethodTypeException e) {
            System.out.println(msg(e));
        }
        MethodHandle fixed = join.asFixedArity();
        System.out.println("asFixedArity: " + fixed + " varargs=" + fixed.isVarargsCollector());
        try {
            Object r = fixed.invoke("-", "a", "b");
            System.out.println("unexpected " + r);
        } catch (WrongMethodTypeException e) {
            System.out.println(msg(e));
        }
        MethodHandle again = fixed.asVarargsCollector(String[].class);
        System.out.println("asVarargsCollector: " + again + " varargs=" + again.isVarargsCollector() + " -> " + again.invoke(":", "1", "2"));
        MethodHandle wv = fixed.withVarargs(true);
        System.out.println("withVarargs(true): " + wv.isVarargsCollector() + " withVarargs(false): " + wv.withVarargs(false).isVarargsCollector());
        try {
            MethodHandles.identity(String.class).withVarargs(true);
        } catch (IllegalArgumentException e) {
            System.out.println(msg(e));
        }
        try {
            fixed.asVarargsCollector(Object[].class);
        } catch (IllegalArgumentException e) {
            System.out.println(msg(e));
        }
        MethodHandle bound = join.bindTo("|");
        System.out.println("bindTo keeps varargs? " + bound.isVarargsCollector() + " -> " + bound.invoke(new String[] {"u", "v"}));
        MethodHandle asTyped = join.asType(MethodType.methodType(String.class, String.class, String.class, String.class));
        System.out.println("asType spreads: " + asTyped.type() + " -> " + (String) asTyped.invokeExact("*", "m", "n"));

        MethodHandle sum = l.findStatic(Main.class, "sum", MethodType.methodType(int.class, int[].class));
        MethodHandle sumV = sum.asVarargsCollector(int[].class);
        System.out.println("int varargs: " + sumV.invoke(1, 2, 3, 4) + " " + sumV.invoke() + " " + sumV.invoke(new int[] {5, 5}));
        System.out.println("int varargs with boxed: " + sumV.invoke(Integer.valueOf(10), (short) 5));
        MethodHandle sum3 = sum.asCollector(int[].class, 3);
        System.out.println("asCollector(3): " + sum3 + " -> " + (int) sum3.invokeExact(1, 20, 300));
        MethodHandle sum0 = sum.asCollector(int[].class, 0);
        System.out.println("asCollector(0): " + sum0 + " -> " + (int) sum0.invokeExact());
        try {
            sum.asCollector(String[].class, 2);
        } catch (IllegalArgumentException e) {
            System.out.println(msg(e));
        }
        MethodHandle joinCol = join.asCollector(1, String[].class, 2);
        System.out.println("asCollector(pos 1, 2): " + joinCol + " -> " + (String) joinCol.invokeExact("~", "l", "r"));

        MethodHandle three = l.findStatic(Main.class, "three", MethodType.methodType(String.class, String.class, int.class, Object.class));
        MethodHandle spreadAll = three.asSpreader(Object[].class, 3);
        System.out.println("asSpreader(3): " + spreadAll + " -> " + (String) spreadAll.invokeExact(new Object[] {"s", 7, 'c'}));
        MethodHandle spreadTwo = three.asSpreader(Object[].class, 2);
        System.out.println("asSpreader(2): " + spreadTwo + " -> " + (String) spreadTwo.invokeExact("first", new Object[] {8, null}));
        try {
            // JDK 17 converts the leading arguments as if the array were at the end
            MethodHandle spreadFront = three.asSpreader(0, Object[].class, 2);
            System.out.println("asSpreader(pos 0, 2): " + spreadFront + " -> " + (String) spreadFront.invokeExact(new Object[] {"f", 9}, (Object) "last"));
        } catch (WrongMethodTypeException e) {
            System.out.println("asSpreader(pos 0, 2): " + msg(e));
        }
        MethodHandle gen = three.asType(MethodType.methodType(String.class, Object.class, Object.class, Object.class));
        MethodHandle spreadFront2 = gen.asSpreader(0, Object[].class, 2);
        System.out.println("generic asSpreader(pos 0, 2): " + spreadFront2 + " -> " + (String) spreadFront2.invokeExact(new Object[] {"f", 9}, (Object) "last"));
        try {
            String r = (String) spreadAll.invokeExact(new Object[] {"s", 7});
            System.out.println("unexpected " + r);
        } catch (IllegalArgumentException e) {
            System.out.println(msg(e));
        }
        try {
            String r = (String) spreadAll.invokeExact(new Object[] {"s", "not int", 1});
            System.out.println("unexpected " + r);
        } catch (ClassCastException e) {
            System.out.println(msg(e));
        }
        try {
            String r = (String) spreadAll.invokeExact((Object[]) null);
            System.out.println("unexpected " + r);
        } catch (NullPointerException | IllegalArgumentException e) {
            System.out.println("null array: " + e.getClass().getName());
        }
        try {
            three.asSpreader(Object[].class, 4);
        } catch (IllegalArgumentException e) {
            System.out.println(msg(e));
        }
        MethodHandle intSpread = l.findStatic(Integer.class, "sum", MethodType.methodType(int.class, int.class, int.class)).asSpreader(int[].class, 2);
        System.out.println("int[] spreader: " + intSpread + " -> " + (int) intSpread.invokeExact(new int[] {40, 2}));

        System.out.println("invokeWithArguments(array): " + three.invokeWithArguments("w", 1, 2.5));
        System.out.println("invokeWithArguments(list): " + three.invokeWithArguments(List.of("w", 2, "obj")));
        System.out.println("invokeWithArguments(varargs handle): " + join.invokeWithArguments("#", "a", "b", "c", "d"));
        System.out.println("invokeWithArguments(Object[] handle): " + l.findStatic(Main.class, "objs", MethodType.methodType(String.class, Object[].class))
                .invokeWithArguments((Object) new Object[] {1, 2}));
        System.out.println("invokeWithArguments(no args): " + MethodHandles.constant(String.class, "c").invokeWithArguments());
        System.out.println("invokeWithArguments(conversion): " + sum3.invokeWithArguments((short) 1, 'a', Byte.valueOf((byte) 2)));
        try {
            three.invokeWithArguments("w", 1);
        } catch (WrongMethodTypeException e) {
            System.out.println(msg(e));
        }
        try {
            three.invokeWithArguments("w", "x", 1);
        } catch (ClassCastException e) {
            System.out.println(msg(e));
        }
        Object[] manyArgs = new Object[300];
        Arrays.fill(manyArgs, "z");
        Object big = join.invokeWithArguments(prepend("", manyArgs));
        System.out.println("invokeWithArguments(301 args to varargs) length: " + ((String) big).length());
        try {
            sum3.invokeWithArguments(manyArgs);
        } catch (WrongMethodTypeException | IllegalArgumentException e) {
            System.out.println(msg(e));
        }
    }

    static Object[] prepend(Object first, Object[] rest) {
        Object[] r = new Object[rest.length + 1];
        r[0] = first;
        System.arraycopy(rest, 0, r, 1, rest.length);
        return r;
    }
}
