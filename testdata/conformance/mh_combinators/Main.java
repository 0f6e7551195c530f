import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

// filterReturnValue, filterArguments, foldArguments, collectArguments and permuteArguments,
// checking the resulting types, the values and the order in which the pieces run.
public class Main {
    static StringBuilder trace = new StringBuilder();

    static String fmt(String a, int b, double c) { trace.append("fmt "); return a + ":" + b + ":" + c; }
    static int len(String s) { trace.append("len "); return s.length(); }
    static String upper(String s) { trace.append("upper "); return s.toUpperCase(); }
    static int inc(int x) { trace.append("inc "); return x + 1; }
    static double sqrt(int x) { trace.append("sqrt "); return Math.sqrt(x); }
    static String brackets(String s) { trace.append("brackets "); return "[" + s + "]"; }
    static int combine(String a, String b) { trace.append("combine "); return a.length() * 10 + b.length(); }
    static String withCount(int count, String a, String b) { trace.append("withCount "); return count + "=" + a + "+" + b; }
    static void log(String a, String b) { trace.append("log(" + a + "," + b + ") "); }
    static String pair(String a, String b) { return a + "&" + b; }
    static String four(String a, int b, String c, int d) { return a + b + c + d; }
    static int sumTwo(int a, int b) { trace.append("sumTwo "); return a + b; }
    static String sub(int a, int b) { return a + "-" + b + "=" + (a - b); }

    static String msg(Throwable e) {
        return e.getClass().getName() + ": " + e.getMessage();
    }

    static String takeTrace() {
        String s = trace.toString().trim();
        trace.setLength(0);
        return s;
    }

    static MethodHandle st(String name, Class<?> r, Class<?>... p) throws Exception {
        return MethodHandles.lookup().findStatic(Main.class, name, MethodType.methodType(r, p));
    }

    public static void main(String[] args) throws Throwable {
        MethodHandle fmt = st("fmt", String.class, String.class, int.class, double.class);
        MethodHandle len = st("len", int.class, String.class);
        MethodHandle upper = st("upper", String.class, String.class);
        MethodHandle inc = st("inc", int.class, int.class);
        MethodHandle sqrt = st("sqrt", double.class, int.class);
        MethodHandle brackets = st("brackets", String.class, String.class);
        MethodHandle combine = st("combine", int.class, String.class, String.class);
        MethodHandle withCount = st("withCount", String.class, int.class, String.class, String.class);
        MethodHandle log = st("log", void.class, String.class, String.class);
        MethodHandle pair = st("pair", String.class, String.class, String.class);
        MethodHandle four = st("four", String.class, String.class, int.class, String.class, int.class);
        MethodHandle sumTwo = st("sumTwo", int.class, int.class, int.class);
        MethodHandle sub = st("sub", String.class, int.class, int.class);

        // filterReturnValue
        MethodHandle fr = MethodHandles.filterReturnValue(fmt, brackets);
        System.out.println("filterReturnValue: " + fr.type() + " -> " + (String) fr.invokeExact("a", 1, 2.0) + " trace: " + takeTrace());
        MethodHandle fr2 = MethodHandles.filterReturnValue(MethodHandles.filterReturnValue(upper, len), inc);
        System.out.println("chain: " + fr2.type() + " -> " + (int) fr2.invokeExact("abcd") + " trace: " + takeTrace());
        try {
            MethodHandles.filterReturnValue(len, upper);
        } catch (IllegalArgumentException e) {
            System.out.println(msg(e));
        }

        // filterArguments
        MethodHandle fa = MethodHandles.filterArguments(fmt, 0, upper, inc, sqrt);
        System.out.println("filterArguments all: " + fa.type() + " -> " + (String) fa.invokeExact("x", 1, 16) + " trace: " + takeTrace());
        MethodHandle fa1 = MethodHandles.filterArguments(fmt, 1, null, sqrt);
        System.out.println("filterArguments skip null: " + fa1.type() + " -> " + (String) fa1.invokeExact("y", 5, 9) + " trace: " + takeTrace());
        MethodHandle fa2 = MethodHandles.filterArguments(fmt, 1, len);
        System.out.println("filterArguments change type: " + fa2.type() + " -> " + (String) fa2.invokeExact("z", "four", 0.5) + " trace: " + takeTrace());
        try {
            MethodHandles.filterArguments(fmt, 0, inc);
        } catch (IllegalArgumentException e) {
            System.out.println(msg(e));
        }
        try {
            MethodHandles.filterArguments(fmt, 2, sqrt, sqrt);
        } catch (IllegalArgumentException e) {
            System.out.println(msg(e));
        }

        // foldArguments: combiner result is prepended
        MethodHandle fold = MethodHandles.foldArguments(withCount, combine);
        System.out.println("foldArguments: " + fold.type() + " -> " + (String) fold.invokeExact("abc", "de") + " trace: " + takeTrace());
        MethodHandle foldVoid = MethodHandles.foldArguments(pair, log);
        System.out.println("foldArguments void: " + foldVoid.type() + " -> " + (String) foldVoid.invokeExact("p", "q") + " trace: " + takeTrace());
        MethodHandle foldPos = MethodHandles.foldArguments(four, 1, len);
        System.out.println("foldArguments pos 1: " + foldPos.type() + " -> " + (String) foldPos.invokeExact("x", "hello", 3) + " trace: " + takeTrace());
        try {
            MethodHandles.foldArguments(sub, 1, inc);
        } catch (IllegalArgumentException e) {
            System.out.println(msg(e));
        }
        try {
            MethodHandles.foldArguments(pair, combine);
        } catch (IllegalArgumentException e) {
            System.out.println(msg(e));
        }

        // collectArguments: filter's parameters replace one argument
        MethodHandle coll = MethodHandles.collectArguments(fmt, 1, sumTwo);
        System.out.println("collectArguments: " + coll.type() + " -> " + (String) coll.invokeExact("c", 3, 4, 1.0) + " trace: " + takeTrace());
        MethodHandle collVoid = MethodHandles.collectArguments(pair, 0, log);
        System.out.println("collectArguments void: " + collVoid.type() + " -> " + (String) collVoid.invokeExact("l1", "l2", "a", "b") + " trace: " + takeTrace());
        MethodHandle collZero = MethodHandles.collectArguments(len, 0, MethodHandles.constant(String.class, "const"));
        System.out.println("collectArguments constant: " + collZero.type() + " -> " + (int) collZero.invokeExact() + " trace: " + takeTrace());
        try {
            MethodHandles.collectArguments(fmt, 0, sumTwo);
        } catch (IllegalArgumentException e) {
            System.out.println(msg(e));
        }

        // permuteArguments
        MethodType swapped = MethodType.methodType(String.class, int.class, int.class);
        MethodHandle swap = MethodHandles.permuteArguments(sub, swapped, 1, 0);
        System.out.println("permute swap: " + swap.type() + " -> " + (String) swap.invokeExact(3, 10));
        MethodHandle dup = MethodHandles.permuteArguments(sub, MethodType.methodType(String.class, int.class), 0, 0);
        System.out.println("permute duplicate: " + dup.type() + " -> " + (String) dup.invokeExact(7));
        MethodType fourT = MethodType.methodType(String.class, int.class, String.class, double.class, int.class, String.class);
        MethodHandle perm4 = MethodHandles.permuteArguments(four, fourT, 4, 0, 1, 3);
        System.out.println("permute drop+reorder: " + perm4.type() + " -> " + (String) perm4.invokeExact(1, "B", 9.9, 4, "E"));
        MethodHandle pairDup = MethodHandles.permuteArguments(pair, MethodType.methodType(String.class, String.class), 0, 0);
        System.out.println("permute pair dup -> " + (String) pairDup.invokeExact("same"));
        try {
            MethodHandles.permuteArguments(sub, swapped, 0);
        } catch (IllegalArgumentException e) {
            System.out.println(msg(e));
        }
        try {
            MethodHandles.permuteArguments(sub, swapped, 0, 2);
        } catch (IllegalArgumentException e) {
            System.out.println(msg(e));
        }
        try {
            MethodHandles.permuteArguments(sub, MethodType.methodType(String.class, int.class, String.class), 0, 1);
        } catch (IllegalArgumentException e) {
            System.out.println(msg(e));
        }
        try {
            MethodHandles.permuteArguments(sub, MethodType.methodType(Object.class, int.class, int.class), 0, 1);
        } catch (IllegalArgumentException e) {
            System.out.println(msg(e));
        }

        // everything together
        MethodHandle all = MethodHandles.filterReturnValue(
                MethodHandles.permuteArguments(MethodHandles.filterArguments(pair, 0, upper), MethodType.methodType(String.class, String.class, String.class), 1, 0),
                brackets);
        System.out.println("combined: " + all.type() + " -> " + (String) all.invokeExact("first", "second") + " trace: " + takeTrace());
        System.out.println("combined via invoke: " + all.invoke((Object) "a", (CharSequence) "b"));
        System.out.println("trace: " + takeTrace());
    }
}
