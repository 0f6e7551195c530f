import java.lang.invoke.CallSite;
import java.lang.invoke.LambdaConversionException;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandleProxies;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Comparator;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntBinaryOperator;
import java.util.function.Supplier;

// MethodHandleProxies.asInterfaceInstance, and LambdaMetafactory.metafactory / altMetafactory
// called by hand from Java code (no lambda expressions in this file).
public class Main {
    static String shout(String s) { return s.toUpperCase() + "!"; }
    static int mul(int a, int b) { return a * b; }
    static String prefixed(String prefix, Object value) { return prefix + value; }
    static int byLength(String a, String b) { return Integer.compare(a.length(), b.length()); }
    static void fail(String s) { throw new IllegalStateException("failed on " + s); }

    public interface Greeter { String greet(String name); }

    static String msg(Throwable e) {
        return e.getClass().getName() + ": " + e.getMessage();
    }

    @SuppressWarnings("unchecked")
    public static void main(String[] args) throws Throwable {
        MethodHandles.Lookup l = MethodHandles.lookup();
        MethodHandle shout = l.findStatic(Main.class, "shout", MethodType.methodType(String.class, String.class));
        MethodHandle mul = l.findStatic(Main.class, "mul", MethodType.methodType(int.class, int.class, int.class));

        // MethodHandleProxies
        Function<Object, Object> f = MethodHandleProxies.asInterfaceInstance(Function.class, shout);
        System.out.println("proxy Function.apply: " + f.apply("quiet"));
        System.out.println("isWrapperInstance: " + MethodHandleProxies.isWrapperInstance(f) + " " + MethodHandleProxies.isWrapperInstance("no"));
        System.out.println("wrapperInstanceTarget == shout: " + (MethodHandleProxies.wrapperInstanceTarget(f) == shout));
        System.out.println("wrapperInstanceType: " + MethodHandleProxies.wrapperInstanceType(f).getName());
        System.out.println("proxy is a Function: " + (f instanceof Function));
        try {
            f.apply(Integer.valueOf(3));
        } catch (ClassCastException e) {
            System.out.println("proxy with wrong arg: " + msg(e));
        }
        IntBinaryOperator op = MethodHandleProxies.asInterfaceInstance(IntBinaryOperator.class, mul);
        System.out.println("proxy IntBinaryOperator: " + op.applyAsInt(6, 7));
        Greeter g = MethodHandleProxies.asInterfaceInstance(Greeter.class, shout);
        System.out.println("proxy Greeter: " + g.greet("tom"));
        Runnable r = MethodHandleProxies.asInterfaceInstance(Runnable.class,
                MethodHandles.insertArguments(l.findStatic(Main.class, "fail", MethodType.methodType(void.class, String.class)), 0, "run"));
        try {
            r.run();
        } catch (IllegalStateException e) {
            System.out.println("proxy Runnable threw " + msg(e));
        }
        try {
            MethodHandleProxies.asInterfaceInstance(String.class, shout);
        } catch (IllegalArgumentException e) {
            System.out.println(msg(e));
        }
        try {
            MethodHandleProxies.asInterfaceInstance(IntBinaryOperator.class, shout);
        } catch (RuntimeException e) {
            System.out.println(msg(e));
        }
        try {
            MethodHandleProxies.wrapperInstanceTarget("not a proxy");
        } catch (IllegalArgumentException e) {
            System.out.println(msg(e));
        }

        // LambdaMetafactory.metafactory by hand: Function<String,String> from shout
        CallSite cs = LambdaMetafactory.metafactory(l, "apply", MethodType.methodType(Function.class),
                MethodType.methodType(Object.class, Object.class), shout, MethodType.methodType(String.class, String.class));
        System.out.println("call site type: " + cs.type() + " target type: " + cs.getTarget().type());
        Function<String, String> fn = (Function<String, String>) cs.getTarget().invokeExact();
        System.out.println("metafactory Function.apply: " + fn.apply("loud"));
        Function<String, String> fn2 = (Function<String, String>) cs.getTarget().invoke();
        System.out.println("second instance applies too: " + fn2.apply("again"));
        System.out.println("andThen: " + fn.andThen(fn).apply("twice"));
        try {
            ((Function) fn).apply(5);
        } catch (ClassCastException e) {
            System.out.println("lambda with wrong arg: " + e.getClass().getName());
        }

        // capturing: BiFunction-like Supplier with a captured argument
        MethodHandle prefixed = l.findStatic(Main.class, "prefixed", MethodType.methodType(String.class, String.class, Object.class));
        CallSite cap = LambdaMetafactory.metafactory(l, "apply", MethodType.methodType(Function.class, String.class),
                MethodType.methodType(Object.class, Object.class), prefixed, MethodType.methodType(String.class, Object.class));
        Function<Object, String> withPrefix = (Function<Object, String>) cap.getTarget().invokeExact("value=");
        System.out.println("capturing: " + withPrefix.apply(42) + " " + withPrefix.apply(null));
        Function<Object, String> other = (Function<Object, String>) cap.getTarget().invokeExact("v:");
        System.out.println("capturing other: " + other.apply('c'));

        // primitive SAM: IntBinaryOperator.applyAsInt
        CallSite ibo = LambdaMetafactory.metafactory(l, "applyAsInt", MethodType.methodType(IntBinaryOperator.class),
                MethodType.methodType(int.class, int.class, int.class), mul, MethodType.methodType(int.class, int.class, int.class));
        IntBinaryOperator times = (IntBinaryOperator) ibo.getTarget().invokeExact();
        System.out.println("IntBinaryOperator: " + times.applyAsInt(12, 12));

        // instance method reference: String::length as Function<String,Integer> (boxing of the result)
        MethodHandle length = l.findVirtual(String.class, "length", MethodType.methodType(int.class));
        CallSite lenSite = LambdaMetafactory.metafactory(l, "apply", MethodType.methodType(Function.class),
                MethodType.methodType(Object.class, Object.class), length, MethodType.methodType(Integer.class, String.class));
        Function<String, Integer> len = (Function<String, Integer>) lenSite.getTarget().invokeExact();
        System.out.println("String::length: " + len.apply("seven!!"));

        // constructor reference: StringBuilder::new as Supplier
        MethodHandle sbNew = l.findConstructor(StringBuilder.class, MethodType.methodType(void.class));
        CallSite sup = LambdaMetafactory.metafactory(l, "get", MethodType.methodType(Supplier.class),
                MethodType.methodType(Object.class), sbNew, MethodType.methodType(StringBuilder.class));
        Supplier<StringBuilder> sbs = (Supplier<StringBuilder>) sup.getTarget().invokeExact();
        System.out.println("StringBuilder::new: '" + sbs.get().append("fresh") + "' distinct=" + (sbs.get() != sbs.get()));

        // altMetafactory with a bridge and an extra marker interface
        MethodHandle byLength = l.findStatic(Main.class, "byLength", MethodType.methodType(int.class, String.class, String.class));
        CallSite alt = LambdaMetafactory.altMetafactory(l, "compare", MethodType.methodType(Comparator.class),
                MethodType.methodType(int.class, Object.class, Object.class), byLength,
                MethodType.methodType(int.class, String.class, String.class),
                LambdaMetafactory.FLAG_MARKERS | LambdaMetafactory.FLAG_SERIALIZABLE, 1, java.util.RandomAccess.class);
        Comparator<String> cmp = (Comparator<String>) alt.getTarget().invokeExact();
        System.out.println("altMetafactory compare: " + cmp.compare("aa", "b") + " " + cmp.reversed().compare("aa", "b")
                + " marker=" + (cmp instanceof java.util.RandomAccess) + " serializable=" + (cmp instanceof java.io.Serializable));

        // errors
        try {
            LambdaMetafactory.metafactory(l, "apply", MethodType.methodType(Function.class),
                    MethodType.methodType(Object.class, Object.class), mul, MethodType.methodType(int.class, int.class, int.class));
        } catch (LambdaConversionException e) {
            System.out.println(msg(e));
        }
        try {
            LambdaMetafactory.metafactory(l, "apply", MethodType.methodType(String.class),
                    MethodType.methodType(Object.class, Object.class), shout, MethodType.methodType(String.class, String.class));
        } catch (LambdaConversionException e) {
            System.out.println(msg(e));
        }
        try {
            LambdaMetafactory.metafactory(l, "apply", MethodType.methodType(BiFunction.class),
                    MethodType.methodType(Object.class, Object.class, Object.class), shout, MethodType.methodType(String.class, String.class, String.class));
        } catch (LambdaConversionException e) {
            System.out.println(msg(e));
        }
    }
}
