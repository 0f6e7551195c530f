import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.List;

// invoke versus invokeExact, and asType conversions: boxing, unboxing, primitive widening,
// reference casts, return value conversions and void-returning handles.
public class Main {
    static int sq(int x) { return x * x; }
    static long widen(long x) { return x + 1; }
    static double half(double x) { return x / 2; }
    static String str(String s) { return "<" + s + ">"; }
    static Integer boxed(Integer i) { return i == null ? -1 : i + 1000; }
    static void sink(String s) { System.out.println("  sink(" + s + ")"); }
    static Object obj(Object o) { return o; }
    static boolean neg(boolean b) { return !b; }
    static char nextChar(char c) { return (char) (c + 1); }
    static byte b(byte x) { return (byte) (x * 2); }

    static String msg(Throwable e) {
        return e.getClass().getName() + ": " + e.getMessage();
    }

    static void show(String label, MethodHandle h) {
        System.out.println(label + ": " + h.type());
    }

    public static void main(String[] args) throws Throwable {
        MethodHandles.Lookup l = MethodHandles.lookup();
        MethodHandle sq = l.findStatic(Main.class, "sq", MethodType.methodType(int.class, int.class));
        System.out.println("invokeExact: " + (int) sq.invokeExact(7));
        System.out.println("invoke Object result: " + (Object) sq.invoke(7));
        System.out.println("invoke boxed arg: " + (int) sq.invoke(Integer.valueOf(8)));
        System.out.println("invoke short arg: " + (int) sq.invoke((short) 9));
        System.out.println("invoke char arg: " + (int) sq.invoke('\u0003'));
        System.out.println("invoke long result: " + (long) sq.invoke(10));
        System.out.println("invoke double result: " + (double) sq.invoke(11));
        System.out.println("invoke Number result: " + (Number) sq.invoke(12));
        System.out.println("invoke Object arg: " + (int) sq.invoke((Object) 13));
        try {
            int r = (int) sq.invoke((Object) "str");
            System.out.println("unexpected " + r);
        } catch (ClassCastException e) {
            System.out.println(msg(e));
        }
        try {
            int r = (int) sq.invoke((Object) null);
            System.out.println("unexpected " + r);
        } catch (NullPointerException e) {
            System.out.println("NPE for null unboxing: " + e.getClass().getName());
        }
        try {
            int r = (int) sq.invoke(5L);
            System.out.println("unexpected " + r);
        } catch (java.lang.invoke.WrongMethodTypeException e) {
            System.out.println(msg(e));
        }

        MethodHandle w = l.findStatic(Main.class, "widen", MethodType.methodType(long.class, long.class));
        MethodHandle wi = w.asType(MethodType.methodType(long.class, int.class));
        show("widen asType", wi);
        System.out.println("int->long: " + (long) wi.invokeExact(41));
        MethodHandle wb = w.asType(MethodType.methodType(Object.class, byte.class));
        System.out.println("byte->long, long->Object: " + (Object) wb.invokeExact((byte) -3));
        MethodHandle wBoxed = w.asType(MethodType.methodType(Long.class, Integer.class));
        show("(Integer)Long", wBoxed);
        System.out.println("Integer->long, long->Long: " + (Long) wBoxed.invokeExact(Integer.valueOf(99)));
        MethodHandle wDouble = w.asType(MethodType.methodType(double.class, char.class));
        System.out.println("char->long, long->double: " + (double) wDouble.invokeExact('A'));

        MethodHandle h = l.findStatic(Main.class, "half", MethodType.methodType(double.class, double.class));
        System.out.println("half(int via invoke): " + (double) h.invoke(5));
        System.out.println("half(float via invoke): " + (double) h.invoke(2.5f));
        System.out.println("half(Long via invoke): " + (double) h.invoke(Long.valueOf(9)));
        MethodHandle hObj = h.asType(MethodType.methodType(Object.class, Object.class));
        show("half generic", hObj);
        System.out.println("half generic(Double): " + hObj.invokeExact((Object) Double.valueOf(3.0)));
        System.out.println("half generic(Integer): " + hObj.invokeExact((Object) Integer.valueOf(3)));
        try {
            Object r = hObj.invokeExact((Object) "3");
            System.out.println("unexpected " + r);
        } catch (ClassCastException e) {
            System.out.println(msg(e));
        }

        MethodHandle s = l.findStatic(Main.class, "str", MethodType.methodType(String.class, String.class));
        MethodHandle sObj = s.asType(MethodType.methodType(Object.class, Object.class));
        System.out.println("cast Object->String: " + (Object) sObj.invokeExact((Object) "ok"));
        try {
            Object r = sObj.invokeExact((Object) Integer.valueOf(1));
            System.out.println("unexpected " + r);
        } catch (ClassCastException e) {
            System.out.println(msg(e));
        }
        MethodHandle sCs = s.asType(MethodType.methodType(CharSequence.class, String.class));
        System.out.println("String->CharSequence return: " + (CharSequence) sCs.invokeExact("cs"));
        System.out.println("null passes casts: " + (Object) sObj.invokeExact((Object) null));

        MethodHandle bx = l.findStatic(Main.class, "boxed", MethodType.methodType(Integer.class, Integer.class));
        MethodHandle bxPrim = bx.asType(MethodType.methodType(int.class, int.class));
        show("boxed asType prim", bxPrim);
        System.out.println("int->Integer->int: " + (int) bxPrim.invokeExact(5));
        MethodHandle bxLong = bx.asType(MethodType.methodType(long.class, int.class));
        System.out.println("int->Integer, Integer->long: " + (long) bxLong.invokeExact(7));
        try {
            bx.asType(MethodType.methodType(long.class, short.class));
        } catch (java.lang.invoke.WrongMethodTypeException e) {
            System.out.println(msg(e));
        }
        System.out.println("invoke with null: " + (Integer) bx.invoke((Integer) null));

        MethodHandle sink = l.findStatic(Main.class, "sink", MethodType.methodType(void.class, String.class));
        Object vr = sink.invoke("a");
        System.out.println("void via invoke as Object: " + vr);
        int ir = (int) sink.invoke("b");
        System.out.println("void via invoke as int: " + ir);
        String sr = (String) sink.invoke("c");
        System.out.println("void via invoke as String: " + sr);
        boolean br = (boolean) sink.invoke("d");
        System.out.println("void via invoke as boolean: " + br);
        double dr = (double) sink.invoke("e");
        System.out.println("void via invoke as double: " + dr);
        MethodHandle dropRet = sq.asType(MethodType.methodType(void.class, int.class));
        show("drop return", dropRet);
        dropRet.invokeExact(3);
        System.out.println("dropped return ok");
        MethodHandle voidToInt = sink.asType(MethodType.methodType(int.class, String.class));
        System.out.println("asType void->int: " + (int) voidToInt.invokeExact("f"));

        MethodHandle o = l.findStatic(Main.class, "obj", MethodType.methodType(Object.class, Object.class));
        System.out.println("Object->int unboxing: " + (int) o.invoke(Integer.valueOf(77)));
        System.out.println("Object(Integer)->long: " + (long) o.invoke(Integer.valueOf(78)));
        System.out.println("Object(Short)->int: " + (int) o.invoke(Short.valueOf((short) 79)));
        System.out.println("Object(Character)->int: " + (int) o.invoke(Character.valueOf('Z')));
        try {
            int r = (int) o.invoke(Long.valueOf(80));
            System.out.println("unexpected " + r);
        } catch (ClassCastException e) {
            System.out.println(msg(e));
        }
        try {
            String r = (String) o.invoke(Integer.valueOf(81));
            System.out.println("unexpected " + r);
        } catch (ClassCastException e) {
            System.out.println(msg(e));
        }
        System.out.println("boxing primitive arg: " + (Object) o.invoke(3.5f) + " " + o.invoke('q').getClass().getName());
        MethodHandle oList = o.asType(MethodType.methodType(List.class, List.class));
        System.out.println("Object->List: " + (List) oList.invokeExact(List.of(1, 2)));

        MethodHandle neg = l.findStatic(Main.class, "neg", MethodType.methodType(boolean.class, boolean.class));
        System.out.println("boolean via Boolean: " + (boolean) neg.invoke(Boolean.TRUE));
        System.out.println("boolean result as Object: " + (Object) neg.invoke(false));
        MethodHandle nc = l.findStatic(Main.class, "nextChar", MethodType.methodType(char.class, char.class));
        System.out.println("char->int result: " + (int) nc.invoke('a'));
        MethodHandle bb = l.findStatic(Main.class, "b", MethodType.methodType(byte.class, byte.class));
        System.out.println("byte result as int: " + (int) bb.invoke((byte) 100));
        System.out.println("byte result as Object: " + (Object) bb.invoke(Byte.valueOf((byte) 3)));

        // explicitCastArguments allows narrowing and boolean <-> int conversions
        MethodHandle narrow = MethodHandles.explicitCastArguments(sq, MethodType.methodType(byte.class, long.class));
        show("explicitCast", narrow);
        System.out.println("explicitCast long->int, int->byte: " + (byte) narrow.invokeExact(20L));
        MethodHandle boolInt = MethodHandles.explicitCastArguments(neg, MethodType.methodType(int.class, int.class));
        System.out.println("explicitCast boolean<->int: " + (int) boolInt.invokeExact(0) + " " + (int) boolInt.invokeExact(3) + " " + (int) boolInt.invokeExact(2));
        MethodHandle dToI = MethodHandles.explicitCastArguments(h, MethodType.methodType(int.class, double.class));
        System.out.println("explicitCast double->int: " + (int) dToI.invokeExact(1e20));
    }
}
