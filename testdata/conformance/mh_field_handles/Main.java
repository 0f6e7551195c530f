import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

// Field handles: findGetter/findSetter/findStaticGetter/findStaticSetter on int, long, double,
// Object and final fields, and findVarHandle / findStaticVarHandle get/set/compareAndSet.
public class Main {
    int i = 1;
    long j = 2L;
    double d = 3.5;
    Object o = "obj";
    String s = "str";
    final int fin = 77;
    boolean flag;
    char c = 'c';
    static int si = 10;
    static long sj = 20L;
    static double sd = 30.25;
    static Object so = "static obj";
    static final String SF = "constant";
    volatile int vi = 5;

    static String msg(Throwable e) {
        return e.getClass().getName() + ": " + String.valueOf(e.getMessage()).replaceAll("@[0-9a-f]+", "@<hash>");
    }

    public static void main(String[] args) throws Throwable {
        MethodHandles.Lookup l = MethodHandles.lookup();
        Main m = new Main();

        MethodHandle gi = l.findGetter(Main.class, "i", int.class);
        MethodHandle si_ = l.findSetter(Main.class, "i", int.class);
        System.out.println(gi + " " + si_);
        System.out.println("i=" + (int) gi.invokeExact(m));
        si_.invokeExact(m, 42);
        System.out.println("i=" + (int) gi.invokeExact(m) + " field=" + m.i);

        MethodHandle gj = l.findGetter(Main.class, "j", long.class);
        MethodHandle sj_ = l.findSetter(Main.class, "j", long.class);
        sj_.invokeExact(m, Long.MIN_VALUE);
        System.out.println(gj + " j=" + (long) gj.invokeExact(m));

        MethodHandle gd = l.findGetter(Main.class, "d", double.class);
        MethodHandle sd_ = l.findSetter(Main.class, "d", double.class);
        sd_.invokeExact(m, -0.0);
        System.out.println(gd + " d=" + (double) gd.invokeExact(m));
        sd_.invoke(m, 7); // int widened to double by invoke
        System.out.println("d after invoke(7)=" + (double) gd.invokeExact(m));

        MethodHandle go = l.findGetter(Main.class, "o", Object.class);
        MethodHandle so_ = l.findSetter(Main.class, "o", Object.class);
        so_.invokeExact(m, (Object) Integer.valueOf(123));
        System.out.println(go + " o=" + (Object) go.invokeExact(m));
        so_.invokeExact(m, (Object) null);
        System.out.println("o=" + (Object) go.invokeExact(m));

        MethodHandle gs = l.findGetter(Main.class, "s", String.class);
        MethodHandle ss = l.findSetter(Main.class, "s", String.class);
        ss.invokeExact(m, "changed");
        System.out.println(gs + " s=" + (String) gs.invokeExact(m));
        try {
            ss.invoke(m, (Object) Integer.valueOf(1));
        } catch (ClassCastException e) {
            System.out.println(msg(e));
        }

        MethodHandle gb = l.findGetter(Main.class, "flag", boolean.class);
        MethodHandle gc = l.findGetter(Main.class, "c", char.class);
        System.out.println(gb + " flag=" + (boolean) gb.invokeExact(m) + " " + gc + " c=" + (char) gc.invokeExact(m));

        MethodHandle gfin = l.findGetter(Main.class, "fin", int.class);
        System.out.println(gfin + " fin=" + (int) gfin.invokeExact(m));
        try {
            l.findSetter(Main.class, "fin", int.class);
        } catch (IllegalAccessException e) {
            System.out.println(msg(e));
        }

        MethodHandle gsi = l.findStaticGetter(Main.class, "si", int.class);
        MethodHandle ssi = l.findStaticSetter(Main.class, "si", int.class);
        ssi.invokeExact(-5);
        System.out.println(gsi + " " + ssi + " si=" + (int) gsi.invokeExact() + " field=" + si);
        MethodHandle gsj = l.findStaticGetter(Main.class, "sj", long.class);
        MethodHandle ssj = l.findStaticSetter(Main.class, "sj", long.class);
        ssj.invokeExact(1L << 40);
        System.out.println(gsj + " sj=" + (long) gsj.invokeExact());
        MethodHandle gsd = l.findStaticGetter(Main.class, "sd", double.class);
        MethodHandle ssd = l.findStaticSetter(Main.class, "sd", double.class);
        ssd.invokeExact(Double.NaN);
        System.out.println(gsd + " sd=" + (double) gsd.invokeExact());
        MethodHandle gso = l.findStaticGetter(Main.class, "so", Object.class);
        MethodHandle sso = l.findStaticSetter(Main.class, "so", Object.class);
        sso.invokeExact((Object) new StringBuilder("sb"));
        System.out.println(gso + " so=" + (Object) gso.invokeExact());
        MethodHandle gsf = l.findStaticGetter(Main.class, "SF", String.class);
        System.out.println(gsf + " SF=" + (String) gsf.invokeExact());
        try {
            l.findStaticSetter(Main.class, "SF", String.class);
        } catch (IllegalAccessException e) {
            System.out.println(msg(e));
        }
        MethodHandle maxValue = l.findStaticGetter(Integer.class, "MAX_VALUE", int.class);
        System.out.println("Integer.MAX_VALUE=" + (int) maxValue.invokeExact());

        // wrong kinds / types
        try {
            l.findGetter(Main.class, "si", int.class);
        } catch (IllegalAccessException e) {
            System.out.println(msg(e));
        }
        try {
            l.findStaticGetter(Main.class, "i", int.class);
        } catch (IllegalAccessException e) {
            System.out.println(msg(e));
        }
        try {
            l.findGetter(Main.class, "i", long.class);
        } catch (NoSuchFieldException e) {
            System.out.println(msg(e));
        }
        try {
            Object r = gi.invoke((Object) null);
            System.out.println("unexpected " + r);
        } catch (NullPointerException e) {
            System.out.println(e.getClass().getName());
        }

        // VarHandles
        VarHandle vhI = l.findVarHandle(Main.class, "i", int.class);
        System.out.println("vh varType=" + vhI.varType().getName() + " coords=" + vhI.coordinateTypes());
        Main m2 = new Main();
        System.out.println("get=" + (int) vhI.get(m2));
        vhI.set(m2, 100);
        System.out.println("after set=" + m2.i);
        System.out.println("cas(100->101)=" + vhI.compareAndSet(m2, 100, 101) + " i=" + m2.i);
        System.out.println("cas(100->102)=" + vhI.compareAndSet(m2, 100, 102) + " i=" + m2.i);
        System.out.println("getAndAdd(9)=" + (int) vhI.getAndAdd(m2, 9) + " i=" + m2.i);
        System.out.println("getAndSet(0)=" + (int) vhI.getAndSet(m2, 0) + " i=" + m2.i);
        System.out.println("getVolatile=" + (int) vhI.getVolatile(m2));

        VarHandle vhJ = l.findVarHandle(Main.class, "j", long.class);
        vhJ.set(m2, 5L);
        System.out.println("long cas=" + vhJ.compareAndSet(m2, 5L, 6L) + " j=" + (long) vhJ.get(m2));
        VarHandle vhD = l.findVarHandle(Main.class, "d", double.class);
        vhD.setVolatile(m2, 1.25);
        System.out.println("double cas=" + vhD.compareAndSet(m2, 1.25, 2.5) + " d=" + (double) vhD.get(m2));
        VarHandle vhO = l.findVarHandle(Main.class, "o", Object.class);
        String expect = "x";
        vhO.set(m2, expect);
        System.out.println("obj cas same ref=" + vhO.compareAndSet(m2, expect, "y") + " o=" + vhO.get(m2));
        System.out.println("obj cas other ref=" + vhO.compareAndSet(m2, new String("y"), "z") + " o=" + vhO.get(m2));
        VarHandle vhV = l.findVarHandle(Main.class, "vi", int.class);
        System.out.println("vi getAndIncrement=" + (int) vhV.getAndAdd(m2, 1) + " vi=" + m2.vi);
        VarHandle vhS = l.findStaticVarHandle(Main.class, "si", int.class);
        vhS.set(1000);
        System.out.println("static vh get=" + (int) vhS.get() + " cas=" + vhS.compareAndSet(1000, 2000) + " si=" + si);
        VarHandle vhFin = l.findVarHandle(Main.class, "fin", int.class);
        System.out.println("final vh get=" + (int) vhFin.get(m2));
        try {
            vhFin.set(m2, 1);
        } catch (UnsupportedOperationException e) {
            System.out.println(msg(e));
        }
        try {
            vhI.set(m2, "not an int");
        } catch (ClassCastException e) {
            System.out.println(msg(e));
        } catch (RuntimeException e) {
            System.out.println(msg(e));
        }
        VarHandle arr = MethodHandles.arrayElementVarHandle(int[].class);
        int[] ints = {1, 2, 3};
        arr.set(ints, 1, 20);
        System.out.println("array cas=" + arr.compareAndSet(ints, 2, 3, 30) + " " + ints[0] + "," + ints[1] + "," + ints[2]);
        try {
            arr.get(ints, 3);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println(msg(e));
        }
    }
}
