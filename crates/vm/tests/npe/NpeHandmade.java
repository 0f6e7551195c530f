import java.lang.invoke.CallSite;
import java.lang.invoke.ConstantCallSite;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * Runs the static methods of the class file npe_messages.rs writes by hand (shapes javac never
 * produces: jsr/ret, odd stack shuffles, invokedynamic and dynamic constants yielding null).
 * Each argument names a method of class Handmade taking (String, int), and whether to pass null
 * or "x": "name=null" or "name=x". Prints, for each NPE caught, the top frame and getMessage().
 */
public class NpeHandmade {
    /** Bootstrap for invokedynamic call sites that always produce null. */
    public static CallSite nullSite(MethodHandles.Lookup lookup, String name, MethodType type) {
        return new ConstantCallSite(MethodHandles.constant(type.returnType(), null));
    }

    public static void main(String[] args) throws Exception {
        Class<?> handmade = Class.forName("Handmade");
        for (String arg : args) {
            String[] parts = arg.split("=");
            Method m = handmade.getMethod(parts[0], String.class, int.class);
            try {
                m.invoke(null, parts[1].equals("null") ? null : parts[1], 0);
                System.out.println("NO-NPE");
            } catch (InvocationTargetException wrapper) {
                Throwable e = wrapper.getCause();
                if (!(e instanceof NullPointerException)) {
                    System.out.println("OTHER\t" + e);
                    continue;
                }
                StackTraceElement top = e.getStackTrace()[0];
                System.out.println("NPE\t" + top.getClassName() + "\t" + top.getMethodName() + "\t"
                        + top.getLineNumber() + "\t" + e.getMessage());
            }
        }
    }
}
