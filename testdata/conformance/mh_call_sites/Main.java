import java.lang.invoke.CallSite;
import java.lang.invoke.ConstantCallSite;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.MutableCallSite;
import java.lang.invoke.VolatileCallSite;
import java.lang.invoke.WrongMethodTypeException;

// CallSite kinds: ConstantCallSite, MutableCallSite and VolatileCallSite, getTarget/setTarget,
// dynamicInvoker following retargeting, and type mismatches.
public class Main {
    static String hello(String s) { return "hello " + s; }
    static String bye(String s) { return "bye " + s; }
    static int one() { return 1; }

    static String msg(Throwable e) {
        return e.getClass().getName() + ": " + e.getMessage();
    }

    static class Lazy extends ConstantCallSite {
        Lazy(MethodType t, MethodHandle hook) throws Throwable { super(t, hook); }
    }

    static int hookRuns;
    static MethodHandle makeTarget(ConstantCallSite site) throws Exception {
        hookRuns++;
        return MethodHandles.lookup().findStatic(Main.class, "bye", MethodType.methodType(String.class, String.class));
    }

    public static void main(String[] args) throws Throwable {
        MethodHandles.Lookup l = MethodHandles.lookup();
        MethodType st = MethodType.methodType(String.class, String.class);
        MethodHandle hello = l.findStatic(Main.class, "hello", st);
        MethodHandle bye = l.findStatic(Main.class, "bye", st);
        MethodHandle one = l.findStatic(Main.class, "one", MethodType.methodType(int.class));

        ConstantCallSite ccs = new ConstantCallSite(hello);
        System.out.println("constant type " + ccs.type() + " target==hello " + (ccs.getTarget() == hello));
        MethodHandle cInv = ccs.dynamicInvoker();
        System.out.println("constant dynamicInvoker " + cInv + " -> " + (String) cInv.invokeExact("c") + " same as target: " + (cInv == hello));
        try {
            ccs.setTarget(bye);
        } catch (UnsupportedOperationException e) {
            System.out.println(msg(e));
        }
        try {
            new ConstantCallSite(null);
        } catch (NullPointerException e) {
            System.out.println("ConstantCallSite(null): " + e.getClass().getName());
        }
        // ConstantCallSite with a hook: the hook computes the target from the site
        MethodHandle hook = l.findStatic(Main.class, "makeTarget", MethodType.methodType(MethodHandle.class, ConstantCallSite.class));
        Lazy lazy = new Lazy(st, hook);
        System.out.println("hook ran " + hookRuns + " time(s) -> " + (String) lazy.getTarget().invokeExact("hook"));

        MutableCallSite mcs = new MutableCallSite(st);
        System.out.println("mutable initial type " + mcs.type() + " target " + mcs.getTarget());
        MethodHandle mInv = mcs.dynamicInvoker();
        System.out.println("mutable dynamicInvoker " + mInv);
        try {
            String r = (String) mInv.invokeExact("x");
            System.out.println("unexpected " + r);
        } catch (IllegalStateException e) {
            System.out.println("uninitialized: " + msg(e));
        }
        mcs.setTarget(hello);
        System.out.println("after setTarget(hello): " + (String) mInv.invokeExact("m1"));
        mcs.setTarget(bye);
        System.out.println("after setTarget(bye): " + (String) mInv.invokeExact("m2") + " target==bye " + (mcs.getTarget() == bye));
        MutableCallSite.syncAll(new MutableCallSite[] {mcs});
        System.out.println("after syncAll: " + (String) mInv.invokeExact("m3"));
        try {
            mcs.setTarget(one);
        } catch (WrongMethodTypeException e) {
            System.out.println(msg(e));
        }
        try {
            mcs.setTarget(null);
        } catch (NullPointerException e) {
            System.out.println("setTarget(null): " + e.getClass().getName());
        }
        System.out.println("target unchanged: " + (String) mInv.invokeExact("m4"));
        MutableCallSite mcs2 = new MutableCallSite(hello);
        System.out.println("mutable from handle: " + mcs2.type() + " -> " + (String) mcs2.dynamicInvoker().invokeExact("m5"));
        try {
            mInv.invokeExact((Object) "wrong");
        } catch (WrongMethodTypeException e) {
            System.out.println(msg(e));
        }

        VolatileCallSite vcs = new VolatileCallSite(MethodType.methodType(int.class));
        MethodHandle vInv = vcs.dynamicInvoker();
        try {
            int r = (int) vInv.invokeExact();
            System.out.println("unexpected " + r);
        } catch (IllegalStateException e) {
            System.out.println("volatile uninitialized: " + msg(e));
        }
        vcs.setTarget(one);
        System.out.println("volatile -> " + (int) vInv.invokeExact());
        vcs.setTarget(MethodHandles.constant(int.class, 2));
        System.out.println("volatile retargeted -> " + (int) vInv.invokeExact());
        try {
            vcs.setTarget(hello);
        } catch (WrongMethodTypeException e) {
            System.out.println(msg(e));
        }
        VolatileCallSite vcs2 = new VolatileCallSite(bye);
        System.out.println("volatile from handle: " + (String) vcs2.getTarget().invokeExact("v"));

        // a dynamic invoker composed into a larger handle keeps following the site
        MutableCallSite counter = new MutableCallSite(MethodHandles.constant(int.class, 10));
        MethodHandle plusOne = MethodHandles.filterReturnValue(counter.dynamicInvoker(),
                MethodHandles.insertArguments(l.findStatic(Integer.class, "sum", MethodType.methodType(int.class, int.class, int.class)), 1, 1));
        for (int i = 0; i < 3; i++) {
            System.out.println("composed -> " + (int) plusOne.invokeExact());
            counter.setTarget(MethodHandles.constant(int.class, 20 + i * 10));
        }
        CallSite[] sites = {ccs, mcs, vcs};
        for (CallSite s : sites) {
            System.out.println(s.getClass().getSimpleName() + " " + s.type() + " isCallSite=" + (s instanceof CallSite));
        }
        try {
            new MutableCallSite((MethodType) null);
        } catch (NullPointerException e) {
            System.out.println("MutableCallSite(null type): " + e.getClass().getName());
        }
    }
}
