import java.io.Serializable;
import java.lang.reflect.*;
import java.util.*;
import java.util.function.*;

// Structural properties of lambda and method-reference objects: their classes are synthetic,
// hidden, final, not anonymous/local/member, named Main$$Lambda$..., implement exactly the
// functional interface (plus markers), have Object as superclass; non-capturing lambdas evaluated
// twice at one site give the same object, capturing ones fresh objects; distinct sites have
// distinct classes; Class.forName on the lambda class name fails.
public class Main {
    interface Marker {}

    static String prefix(Object lambda) {
        String name = lambda.getClass().getName();
        int i = name.indexOf("$$Lambda$");
        return i < 0 ? "NO-LAMBDA-MARKER:" + name : name.substring(0, i) + "$$Lambda$";
    }

    static String interfaces(Object o) {
        StringBuilder sb = new StringBuilder();
        for (Class<?> c : o.getClass().getInterfaces()) {
            if (sb.length() > 0) sb.append(',');
            sb.append(c.getName());
        }
        return sb.toString();
    }

    static void props(String label, Object o) {
        Class<?> c = o.getClass();
        int mod = c.getModifiers();
        System.out.println(label + ": prefix=" + prefix(o) + " synthetic=" + c.isSynthetic() + " hidden=" + c.isHidden()
                + " final=" + Modifier.isFinal(mod) + " public=" + Modifier.isPublic(mod)
                + " anonymous=" + c.isAnonymousClass() + " local=" + c.isLocalClass() + " member=" + c.isMemberClass()
                + " super=" + c.getSuperclass().getName() + " interfaces=[" + interfaces(o) + "]"
                + " loaderSame=" + (c.getClassLoader() == Main.class.getClassLoader())
                + " package=" + c.getPackageName().isEmpty() + " nestHost=" + c.getNestHost().getName());
    }

    static Runnable nonCapturing() { return () -> { }; }
    static Supplier<String> capturing(String s) { return () -> s; }
    static Function<String, Integer> methodRef() { return String::length; }
    static IntSupplier boundRef(String s) { return s::length; }

    Supplier<String> instanceCapturing() { return () -> toString(); }
    Runnable instanceNonCapturing() { return () -> { }; }

    public static void main(String[] args) throws Exception {
        Runnable r = () -> System.out.println("run");
        props("runnable", r);
        props("function", (Function<String, String>) s -> s);
        props("methodRef", methodRef());
        props("ctorRef", (Supplier<List<String>>) ArrayList::new);
        props("marker", (Runnable & Marker & Serializable) () -> { });
        props("capturing", capturing("x"));
        props("custom", (Marker & Comparator<String>) (a, b) -> 0);

        // Same site, no captures: one shared instance.
        Runnable a1 = nonCapturing();
        Runnable a2 = nonCapturing();
        System.out.println("nonCapturing same=" + (a1 == a2) + " sameClass=" + (a1.getClass() == a2.getClass()));
        Function<String, Integer> m1 = methodRef();
        Function<String, Integer> m2 = methodRef();
        System.out.println("unbound methodRef same=" + (m1 == m2));
        // Same site with captures: fresh instances of one class.
        Supplier<String> c1 = capturing("a");
        Supplier<String> c2 = capturing("a");
        System.out.println("capturing same=" + (c1 == c2) + " sameClass=" + (c1.getClass() == c2.getClass()) + " values " + c1.get() + c2.get());
        IntSupplier b1 = boundRef("abc");
        IntSupplier b2 = boundRef("abc");
        System.out.println("boundRef same=" + (b1 == b2) + " sameClass=" + (b1.getClass() == b2.getClass()) + " " + b1.getAsInt());
        Main inst = new Main();
        System.out.println("instance capturing same=" + (inst.instanceCapturing() == inst.instanceCapturing())
                + " instance non-capturing same=" + (inst.instanceNonCapturing() == inst.instanceNonCapturing()));
        // Loop: same site evaluated repeatedly.
        Set<Object> identities = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<Class<?>> classes = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            IntUnaryOperator f = x -> x + 1;
            identities.add(f);
            classes.add(f.getClass());
        }
        System.out.println("loop non-capturing instances=" + identities.size() + " classes=" + classes.size());
        identities.clear();
        classes.clear();
        for (int i = 0; i < 5; i++) {
            final int k = i;
            IntUnaryOperator f = x -> x + k;
            identities.add(f);
            classes.add(f.getClass());
        }
        System.out.println("loop capturing instances=" + identities.size() + " classes=" + classes.size());
        // Distinct sites with identical bodies: distinct classes.
        Runnable s1 = () -> { };
        Runnable s2 = () -> { };
        System.out.println("two sites same=" + (s1 == s2) + " sameClass=" + (s1.getClass() == s2.getClass()));
        Function<String, Integer> ref1 = String::length;
        Function<String, Integer> ref2 = String::length;
        System.out.println("two method ref sites sameClass=" + (ref1.getClass() == ref2.getClass()));

        // Declared members of the lambda class.
        Class<?> rc = r.getClass();
        Method run = rc.getDeclaredMethod("run");
        System.out.println("run method: public=" + Modifier.isPublic(run.getModifiers()) + " returns=" + run.getReturnType() + " declaring=" + prefix(r));
        Supplier<String> cap = capturing("field");
        Field[] fields = cap.getClass().getDeclaredFields();
        System.out.println("capturing fields=" + fields.length + " type=" + fields[0].getType().getName() + " private=" + Modifier.isPrivate(fields[0].getModifiers())
                + " final=" + Modifier.isFinal(fields[0].getModifiers()));
        System.out.println("non-capturing fields=" + a1.getClass().getDeclaredFields().length);
        System.out.println("constructors public=" + Arrays.stream(cap.getClass().getDeclaredConstructors()).filter(c -> Modifier.isPublic(c.getModifiers())).count());
        System.out.println("simpleName starts " + rc.getSimpleName().startsWith("Main$$Lambda$") + " canonical " + rc.getCanonicalName());
        try {
            Class.forName(rc.getName());
            System.out.println("forName found the hidden class?!");
        } catch (ClassNotFoundException e) {
            System.out.println("forName on lambda class -> ClassNotFoundException");
        }
        // The synthetic implementation methods in Main.
        List<String> implNames = new ArrayList<>();
        for (Method m : Main.class.getDeclaredMethods()) {
            if (m.getName().startsWith("lambda$")) {
                implNames.add(m.getName() + (m.isSynthetic() ? "[synthetic" : "[") + (Modifier.isStatic(m.getModifiers()) ? ",static" : "")
                        + (Modifier.isPrivate(m.getModifiers()) ? ",private]" : "]"));
            }
        }
        Collections.sort(implNames);
        System.out.println("impl methods " + implNames.size());
        for (String n : implNames) System.out.println("  " + n);
        System.out.println("lambda toString starts with prefix " + r.toString().startsWith("Main$$Lambda$"));
        System.out.println("equals self " + r.equals(r) + " equals other " + r.equals(s1) + " hashCode stable " + (r.hashCode() == r.hashCode()));
        r.run();
    }
}
