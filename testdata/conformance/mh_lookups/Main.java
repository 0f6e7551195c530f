import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.List;

// MethodHandles.lookup()/publicLookup(), lookupClass, lookupModes, in(), and findStatic /
// findVirtual / findConstructor on our own classes and on String, Integer and ArrayList.
public class Main {
    static int counter;
    int value;

    public Main() { this.value = 7; }
    Main(int v) { this.value = v; }

    static int add(int a, int b) { return a + b; }
    static long mulLong(long a, int b) { return a * b; }
    static void bump() { counter++; }
    String describe(String prefix) { return prefix + value; }
    static String join(String a, Object b) { return a + "|" + b; }

    static String modes(int m) {
        StringBuilder sb = new StringBuilder();
        if ((m & MethodHandles.Lookup.PUBLIC) != 0) sb.append("PUBLIC ");
        if ((m & MethodHandles.Lookup.PRIVATE) != 0) sb.append("PRIVATE ");
        if ((m & MethodHandles.Lookup.PROTECTED) != 0) sb.append("PROTECTED ");
        if ((m & MethodHandles.Lookup.PACKAGE) != 0) sb.append("PACKAGE ");
        if ((m & MethodHandles.Lookup.MODULE) != 0) sb.append("MODULE ");
        if ((m & MethodHandles.Lookup.UNCONDITIONAL) != 0) sb.append("UNCONDITIONAL ");
        if ((m & MethodHandles.Lookup.ORIGINAL) != 0) sb.append("ORIGINAL ");
        return m + " = " + sb.toString().trim();
    }

    static class Helper {
        static String hello() { return "hello from Helper"; }
    }

    public static void main(String[] args) throws Throwable {
        MethodHandles.Lookup l = MethodHandles.lookup();
        System.out.println("lookup: " + l);
        System.out.println("lookupClass: " + l.lookupClass().getName());
        System.out.println("modes: " + modes(l.lookupModes()));
        MethodHandles.Lookup pub = MethodHandles.publicLookup();
        System.out.println("publicLookup: " + pub);
        System.out.println("publicLookup class: " + pub.lookupClass().getName());
        System.out.println("publicLookup modes: " + modes(pub.lookupModes()));
        MethodHandles.Lookup inHelper = l.in(Helper.class);
        System.out.println("in(Helper): " + inHelper);
        System.out.println("in(Helper) class: " + inHelper.lookupClass().getName());
        System.out.println("in(Helper) modes: " + modes(inHelper.lookupModes()));
        MethodHandles.Lookup inString = l.in(String.class);
        System.out.println("in(String): " + inString);
        System.out.println("in(String) modes: " + modes(inString.lookupModes()));
        System.out.println("dropLookupMode(PRIVATE): " + modes(l.dropLookupMode(MethodHandles.Lookup.PRIVATE).lookupModes()));
        System.out.println("hasFullPrivilegeAccess: " + l.hasFullPrivilegeAccess() + " " + pub.hasFullPrivilegeAccess());

        MethodHandle add = l.findStatic(Main.class, "add", MethodType.methodType(int.class, int.class, int.class));
        System.out.println(add + " -> " + (int) add.invokeExact(40, 2));
        MethodHandle mul = l.findStatic(Main.class, "mulLong", MethodType.methodType(long.class, long.class, int.class));
        System.out.println(mul + " -> " + (long) mul.invokeExact(100000000000L, 3));
        MethodHandle bump = l.findStatic(Main.class, "bump", MethodType.methodType(void.class));
        bump.invokeExact();
        bump.invokeExact();
        System.out.println(bump + " counter=" + counter);
        MethodHandle join = l.findStatic(Main.class, "join", MethodType.methodType(String.class, String.class, Object.class));
        System.out.println(join + " -> " + (String) join.invokeExact("a", (Object) Integer.valueOf(5)));

        MethodHandle ctor0 = l.findConstructor(Main.class, MethodType.methodType(void.class));
        MethodHandle ctor1 = l.findConstructor(Main.class, MethodType.methodType(void.class, int.class));
        System.out.println(ctor0 + " / " + ctor1);
        Main m0 = (Main) ctor0.invokeExact();
        Main m1 = (Main) ctor1.invokeExact(99);
        System.out.println("values: " + m0.value + " " + m1.value);
        MethodHandle desc = l.findVirtual(Main.class, "describe", MethodType.methodType(String.class, String.class));
        System.out.println(desc + " -> " + (String) desc.invokeExact(m1, "v="));

        MethodHandle hello = l.findStatic(Helper.class, "hello", MethodType.methodType(String.class));
        System.out.println((String) hello.invokeExact());

        // JDK classes
        MethodHandle concat = pub.findVirtual(String.class, "concat", MethodType.methodType(String.class, String.class));
        System.out.println(concat + " -> " + (String) concat.invokeExact("foo", "bar"));
        MethodHandle charAt = l.findVirtual(String.class, "charAt", MethodType.methodType(char.class, int.class));
        System.out.println(charAt + " -> " + (char) charAt.invokeExact("xyz", 1));
        MethodHandle valueOf = l.findStatic(String.class, "valueOf", MethodType.methodType(String.class, int.class));
        System.out.println(valueOf + " -> " + (String) valueOf.invokeExact(12345));
        MethodHandle strCtor = l.findConstructor(String.class, MethodType.methodType(void.class, char[].class));
        System.out.println(strCtor + " -> " + (String) strCtor.invokeExact(new char[] {'a', 'b', 'c'}));
        MethodHandle parseInt = l.findStatic(Integer.class, "parseInt", MethodType.methodType(int.class, String.class, int.class));
        System.out.println(parseInt + " -> " + (int) parseInt.invokeExact("ff", 16));
        MethodHandle intValueOf = l.findStatic(Integer.class, "valueOf", MethodType.methodType(Integer.class, int.class));
        Integer boxed = (Integer) intValueOf.invokeExact(127);
        System.out.println(intValueOf + " -> " + boxed + " cached=" + (boxed == Integer.valueOf(127)));
        MethodHandle intValue = l.findVirtual(Integer.class, "intValue", MethodType.methodType(int.class));
        System.out.println(intValue + " -> " + (int) intValue.invokeExact(Integer.valueOf(-8)));
        MethodHandle compare = l.findStatic(Integer.class, "compare", MethodType.methodType(int.class, int.class, int.class));
        System.out.println(compare + " -> " + (int) compare.invokeExact(3, 9) + " " + (int) compare.invokeExact(9, 3));
        MethodHandle toHex = l.findStatic(Integer.class, "toHexString", MethodType.methodType(String.class, int.class));
        System.out.println(toHex + " -> " + (String) toHex.invokeExact(-1));

        MethodHandle alCtor = l.findConstructor(ArrayList.class, MethodType.methodType(void.class, int.class));
        ArrayList<Object> list = (ArrayList<Object>) alCtor.invokeExact(4);
        MethodHandle alAdd = l.findVirtual(ArrayList.class, "add", MethodType.methodType(boolean.class, Object.class));
        System.out.println(alAdd + " -> " + (boolean) alAdd.invokeExact(list, (Object) "one"));
        boolean added = (boolean) alAdd.invokeExact(list, (Object) "two");
        System.out.println("added=" + added);
        MethodHandle alGet = l.findVirtual(ArrayList.class, "get", MethodType.methodType(Object.class, int.class));
        System.out.println(alGet + " -> " + (Object) alGet.invokeExact(list, 1));
        MethodHandle alSize = l.findVirtual(ArrayList.class, "size", MethodType.methodType(int.class));
        System.out.println(alSize + " -> " + (int) alSize.invokeExact(list));
        MethodHandle listToString = l.findVirtual(Object.class, "toString", MethodType.methodType(String.class));
        System.out.println(listToString + " -> " + (String) listToString.invokeExact((Object) list));
        MethodHandle listOf = l.findStatic(List.class, "of", MethodType.methodType(List.class, Object.class, Object.class));
        System.out.println(listOf + " -> " + (List) listOf.invokeExact((Object) "p", (Object) "q"));
        MethodHandle sbCtor = l.findConstructor(StringBuilder.class, MethodType.methodType(void.class, String.class));
        MethodHandle sbAppend = l.findVirtual(StringBuilder.class, "append", MethodType.methodType(StringBuilder.class, int.class));
        StringBuilder sb = (StringBuilder) sbCtor.invokeExact("n=");
        StringBuilder sb2 = (StringBuilder) sbAppend.invokeExact(sb, 42);
        System.out.println(sbAppend + " -> " + sb2 + " same=" + (sb == sb2));
    }
}
