import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.List;

// bindTo, insertArguments and dropArguments (all overloads), with their resulting types and errors.
public class Main {
    final String tag;
    Main(String tag) { this.tag = tag; }

    String label(int n, String suffix) { return tag + "#" + n + suffix; }
    static String three(String a, int b, long c) { return a + "/" + b + "/" + c; }
    static int sum4(int a, int b, int c, int d) { return 1000 * a + 100 * b + 10 * c + d; }
    static String none() { return "none"; }

    static String msg(Throwable e) {
        return e.getClass().getName() + ": " + e.getMessage();
    }

    public static void main(String[] args) throws Throwable {
        MethodHandles.Lookup l = MethodHandles.lookup();
        MethodHandle label = l.findVirtual(Main.class, "label", MethodType.methodType(String.class, int.class, String.class));
        System.out.println("label: " + label.type());
        MethodHandle bound = label.bindTo(new Main("A"));
        System.out.println("bound: " + bound + " -> " + (String) bound.invokeExact(1, "!"));
        MethodHandle bound2 = label.bindTo(new Main("B"));
        System.out.println("bound2 -> " + (String) bound2.invokeExact(2, "?") + ", first still -> " + (String) bound.invokeExact(3, "."));

        MethodHandle concat = l.findVirtual(String.class, "concat", MethodType.methodType(String.class, String.class));
        MethodHandle hello = concat.bindTo("hello ");
        System.out.println("bindTo String: " + hello.type() + " -> " + (String) hello.invokeExact("world"));
        MethodHandle addToList = l.findVirtual(List.class, "add", MethodType.methodType(boolean.class, Object.class));
        List<Object> list = new ArrayList<>();
        MethodHandle adder = addToList.bindTo(list);
        boolean r1 = (boolean) adder.invokeExact((Object) "x");
        boolean r2 = (boolean) adder.invokeExact((Object) 2);
        System.out.println("bindTo list: " + adder.type() + " " + r1 + r2 + " " + list);
        try {
            label.bindTo("not a Main");
        } catch (ClassCastException e) {
            System.out.println(msg(e));
        }
        MethodHandle sum4 = l.findStatic(Main.class, "sum4", MethodType.methodType(int.class, int.class, int.class, int.class, int.class));
        try {
            sum4.bindTo(1);
        } catch (IllegalArgumentException e) {
            System.out.println(msg(e));
        }
        MethodHandle none = l.findStatic(Main.class, "none", MethodType.methodType(String.class));
        try {
            none.bindTo("x");
        } catch (IllegalArgumentException e) {
            System.out.println(msg(e));
        }
        MethodHandle nullBound = concat.bindTo(null);
        try {
            String r = (String) nullBound.invokeExact("z");
            System.out.println("unexpected " + r);
        } catch (NullPointerException e) {
            System.out.println("bindTo(null) then call: " + e.getClass().getName());
        }

        MethodHandle three = l.findStatic(Main.class, "three", MethodType.methodType(String.class, String.class, int.class, long.class));
        MethodHandle i0 = MethodHandles.insertArguments(three, 0, "first");
        System.out.println("insert@0: " + i0.type() + " -> " + (String) i0.invokeExact(2, 3L));
        MethodHandle i1 = MethodHandles.insertArguments(three, 1, 20);
        System.out.println("insert@1: " + i1.type() + " -> " + (String) i1.invokeExact("s", 30L));
        MethodHandle i2 = MethodHandles.insertArguments(three, 2, 300L);
        System.out.println("insert@2: " + i2.type() + " -> " + (String) i2.invokeExact("s", 2));
        MethodHandle iMany = MethodHandles.insertArguments(three, 1, 7, 8L);
        System.out.println("insert 2 @1: " + iMany.type() + " -> " + (String) iMany.invokeExact("m"));
        MethodHandle iAll = MethodHandles.insertArguments(three, 0, "all", 1, 2L);
        System.out.println("insert all: " + iAll.type() + " -> " + (String) iAll.invokeExact());
        MethodHandle iNone = MethodHandles.insertArguments(three, 3);
        System.out.println("insert none @3: " + iNone.type() + " -> " + (String) iNone.invokeExact("n", 0, 0L));
        MethodHandle iInt = MethodHandles.insertArguments(three, 2, 5); // Integer 5 into a long slot
        System.out.println("insert Integer into long: " + iInt.type() + " -> " + (String) iInt.invokeExact("w", 1));
        MethodHandle sumMid = MethodHandles.insertArguments(sum4, 1, 5, 6);
        System.out.println("sum4 insert: " + sumMid.type() + " -> " + (int) sumMid.invokeExact(1, 9));
        try {
            MethodHandles.insertArguments(three, 1, "not an int");
        } catch (ClassCastException e) {
            System.out.println(msg(e));
        }
        try {
            MethodHandles.insertArguments(three, 0, null, null);
        } catch (NullPointerException e) {
            System.out.println("null into int slot: " + e.getClass().getName());
        }
        try {
            MethodHandles.insertArguments(three, 4, "x");
        } catch (IllegalArgumentException e) {
            System.out.println(msg(e));
        }
        try {
            MethodHandles.insertArguments(three, 2, 1L, 2L);
        } catch (IllegalArgumentException e) {
            System.out.println(msg(e));
        }

        MethodHandle d0 = MethodHandles.dropArguments(three, 0, int.class);
        System.out.println("drop@0 int: " + d0.type() + " -> " + (String) d0.invokeExact(99, "a", 1, 2L));
        MethodHandle d3 = MethodHandles.dropArguments(three, 3, String.class, double.class);
        System.out.println("drop@3: " + d3.type() + " -> " + (String) d3.invokeExact("b", 1, 2L, "ignored", 1.5));
        MethodHandle dList = MethodHandles.dropArguments(three, 1, List.of(Object.class, boolean.class));
        System.out.println("drop@1 list: " + dList.type() + " -> " + (String) dList.invokeExact("c", (Object) null, true, 3, 4L));
        MethodHandle dNone = MethodHandles.dropArguments(none, 0, String.class, int.class);
        System.out.println("drop onto (): " + dNone.type() + " -> " + (String) dNone.invokeExact("q", 1));
        try {
            MethodHandles.dropArguments(three, 5, int.class);
        } catch (IllegalArgumentException e) {
            System.out.println(msg(e));
        }
        try {
            MethodHandles.dropArguments(three, 0, void.class);
        } catch (IllegalArgumentException e) {
            System.out.println(msg(e));
        }
        MethodHandle dropRecv = MethodHandles.dropArguments(bound, 0, Main.class);
        System.out.println("drop receiver slot: " + dropRecv.type());

        // dropArgumentsToMatch
        List<Class<?>> target = List.of(double.class, String.class, int.class, long.class, char.class);
        MethodHandle matched = MethodHandles.dropArgumentsToMatch(three, 0, target, 1);
        System.out.println("dropArgumentsToMatch: " + matched.type() + " -> " + (String) matched.invokeExact(0.5, "z", 8, 9L, 'c'));
        try {
            MethodHandles.dropArgumentsToMatch(three, 0, List.of(String.class, long.class, long.class), 0);
        } catch (IllegalArgumentException e) {
            System.out.println(msg(e));
        }

        // combinations: insert then drop then bind
        MethodHandle combo = MethodHandles.dropArguments(MethodHandles.insertArguments(label, 2, "$"), 1, String.class);
        System.out.println("combo: " + combo.type());
        MethodHandle comboBound = combo.bindTo(new Main("C"));
        System.out.println("combo bound: " + comboBound.type() + " -> " + (String) comboBound.invokeExact("dropped", 42));
        System.out.println("invoke(generic) -> " + comboBound.invoke("x", (Object) 43));
        System.out.println("invokeWithArguments -> " + comboBound.invokeWithArguments("y", 44));
    }
}
