import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.VarHandle;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

// Signature-polymorphic methods seen through core reflection: their modifiers and varargs flag,
// reflective invoke throwing UnsupportedOperationException (wrapped in InvocationTargetException),
// and invokeWithArguments as the reflective alternative.
public class Main {
    static String greet(String who, int times) { return "hi " + who + " x" + times; }

    static String msg(Throwable e) {
        return e.getClass().getName() + ": " + e.getMessage();
    }

    static void reflect(String label, Method m, Object receiver, Object... args) {
        try {
            Object r = m.invoke(receiver, args);
            System.out.println(label + ": returned " + r);
        } catch (InvocationTargetException e) {
            System.out.println(label + ": " + e.getClass().getName() + " message=" + e.getMessage());
            System.out.println("  cause " + msg(e.getCause()));
        } catch (Throwable e) {
            System.out.println(label + ": " + msg(e));
        }
    }

    public static void main(String[] args) throws Throwable {
        MethodHandle mh = MethodHandles.lookup().findStatic(Main.class, "greet", MethodType.methodType(String.class, String.class, int.class));
        Method invokeExact = MethodHandle.class.getMethod("invokeExact", Object[].class);
        Method invoke = MethodHandle.class.getMethod("invoke", Object[].class);
        for (Method m : new Method[] {invokeExact, invoke}) {
            System.out.println(m.getName() + ": " + m + " varargs=" + m.isVarArgs() + " native=" + Modifier.isNative(m.getModifiers())
                    + " final=" + Modifier.isFinal(m.getModifiers()) + " return=" + m.getReturnType().getName()
                    + " exceptions=" + java.util.Arrays.toString(m.getExceptionTypes()));
        }
        List<String> polyNames = new ArrayList<>();
        for (Method m : MethodHandle.class.getDeclaredMethods()) {
            if (Modifier.isNative(m.getModifiers()) && m.isVarArgs()) polyNames.add(m.getName());
        }
        java.util.Collections.sort(polyNames);
        System.out.println("native varargs methods of MethodHandle: " + polyNames);

        reflect("invokeExact via reflection", invokeExact, mh, (Object) new Object[] {"bob", 2});
        reflect("invoke via reflection", invoke, mh, (Object) new Object[] {"bob", 3});
        reflect("invoke via reflection, no args", invoke, mh, (Object) new Object[0]);
        reflect("invoke via reflection, null receiver", invoke, null, (Object) new Object[0]);
        reflect("invoke via reflection, wrong arg count", invoke, mh);

        // the reflective alternative
        System.out.println("invokeWithArguments: " + mh.invokeWithArguments("bob", 4));
        System.out.println("invokeWithArguments(list): " + mh.invokeWithArguments(List.of("amy", 5)));
        Method iwa = MethodHandle.class.getMethod("invokeWithArguments", Object[].class);
        System.out.println("invokeWithArguments is native: " + Modifier.isNative(iwa.getModifiers()) + " varargs: " + iwa.isVarArgs());
        reflect("invokeWithArguments via reflection", iwa, mh, (Object) new Object[] {"cy", 6});
        reflect("invokeWithArguments via reflection, bad types", iwa, mh, (Object) new Object[] {6, "cy"});
        Method iwaList = MethodHandle.class.getMethod("invokeWithArguments", List.class);
        reflect("invokeWithArguments(List) via reflection", iwaList, mh, List.of("dee", 7));

        // spreader + exact invoker handles are a reflective-style way too
        MethodHandle spreader = MethodHandles.spreadInvoker(mh.type(), 0);
        System.out.println("spreadInvoker " + spreader.type() + " -> " + spreader.invoke(mh, new Object[] {"eve", 8}));
        MethodHandle exactInvoker = MethodHandles.exactInvoker(mh.type());
        System.out.println("exactInvoker " + exactInvoker.type() + " -> " + (String) exactInvoker.invokeExact(mh, "fay", 9));
        MethodHandle invoker = MethodHandles.invoker(MethodType.methodType(Object.class, Object.class, Object.class));
        System.out.println("invoker " + invoker.type() + " -> " + (Object) invoker.invokeExact(mh, (Object) "gus", (Object) 10));
        try {
            String r = (String) exactInvoker.invokeExact(MethodHandles.constant(String.class, "k"), "x", 1);
            System.out.println("unexpected " + r);
        } catch (Throwable e) {
            System.out.println("exactInvoker with wrong handle: " + msg(e));
        }
        // reflective lookup of an invoker method handle for invokeExact itself
        MethodHandle unreflected = MethodHandles.lookup().unreflect(invokeExact);
        System.out.println("unreflect(invokeExact): " + unreflected.type() + " varargs=" + unreflected.isVarargsCollector());
        MethodHandle found = MethodHandles.lookup().findVirtual(MethodHandle.class, "invokeExact", mh.type());
        System.out.println("findVirtual(invokeExact, " + mh.type() + "): " + found.type() + " -> " + (String) found.invokeExact(mh, "hal", 11));
        MethodHandle foundInvoke = MethodHandles.lookup().findVirtual(MethodHandle.class, "invoke", MethodType.methodType(Object.class, Object.class, Object.class));
        System.out.println("findVirtual(invoke, generic): " + foundInvoke.type() + " -> " + (Object) foundInvoke.invokeExact(mh, (Object) "ian", (Object) 12));
        try {
            Object r = unreflected.invoke(mh, new Object[] {"j", 1});
            System.out.println("unreflected invoke -> " + r);
        } catch (Throwable e) {
            System.out.println("unreflected invoke: " + msg(e));
        }

        // VarHandle access modes are signature polymorphic too
        Method vhGet = VarHandle.class.getMethod("get", Object[].class);
        System.out.println("VarHandle.get native=" + Modifier.isNative(vhGet.getModifiers()) + " varargs=" + vhGet.isVarArgs());
        VarHandle vh = MethodHandles.arrayElementVarHandle(int[].class);
        reflect("VarHandle.get via reflection", vhGet, vh, (Object) new Object[] {new int[] {5}, 0});
        MethodHandle vhGetMh = vh.toMethodHandle(VarHandle.AccessMode.GET);
        System.out.println("VarHandle toMethodHandle(GET): " + vhGetMh.type() + " -> " + vhGetMh.invokeWithArguments(new int[] {5, 6}, 1));
    }
}
