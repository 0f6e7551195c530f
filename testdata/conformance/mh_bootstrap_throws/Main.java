import java.lang.invoke.CallSite;
import java.lang.invoke.ConstantCallSite;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.MutableCallSite;
import java.lang.reflect.InvocationTargetException;

// invokedynamic with hand-written bootstrap methods (the class "Gen" is written byte by byte with
// ClassBytes and defined with Lookup.defineClass): a bootstrap that throws (BootstrapMethodError
// wrapping the cause, the same error on the second attempt), that returns null, a call site of the
// wrong type or not a CallSite at all, that is missing or inaccessible, and bootstraps that work
// (run once per invokedynamic instruction, with static arguments, varargs, a MutableCallSite).
public class Main {
    static int linkCount;
    static MutableCallSite mutableSite;

    public static CallSite bsmThrows(MethodHandles.Lookup l, String name, MethodType type) {
        throw new IllegalStateException("boom from bsm");
    }

    public static CallSite bsmNull(MethodHandles.Lookup l, String name, MethodType type) {
        return null;
    }

    public static CallSite bsmWrongType(MethodHandles.Lookup l, String name, MethodType type) {
        return new ConstantCallSite(MethodHandles.constant(int.class, 1));
    }

    public static Object bsmNotCallSite(MethodHandles.Lookup l, String name, MethodType type) {
        return "just a string";
    }

    public static CallSite bsmError(MethodHandles.Lookup l, String name, MethodType type) {
        throw new AssertionError("assertion in bsm");
    }

    public static CallSite bsmChecked(MethodHandles.Lookup l, String name, MethodType type) throws Exception {
        throw new Exception("checked from bsm");
    }

    public static CallSite bsmCounting(MethodHandles.Lookup l, String name, MethodType type) {
        linkCount++;
        System.out.println("  bsmCounting: lookupClass=" + l.lookupClass().getName() + " name=" + name + " type=" + type + " count=" + linkCount);
        return new ConstantCallSite(MethodHandles.constant(Object.class, "linked " + name + " #" + linkCount));
    }

    public static CallSite bsmArgs(MethodHandles.Lookup l, String name, MethodType type, int i, String s, Class<?> c,
            MethodType mt, MethodHandle mh, long j) throws Throwable {
        String summary = "args: i=" + i + " s=" + s + " c=" + c.getName() + " mt=" + mt + " mh=" + mh + " mh()=" + mh.invoke("x") + " j=" + j;
        return new ConstantCallSite(MethodHandles.constant(Object.class, summary));
    }

    public static CallSite bsmVarargs(MethodHandles.Lookup l, String name, MethodType type, Object... rest) {
        StringBuilder sb = new StringBuilder("varargs(" + rest.length + "):");
        for (Object o : rest) sb.append(' ').append(o instanceof Class ? "class " + ((Class<?>) o).getName() : o);
        return new ConstantCallSite(MethodHandles.constant(Object.class, sb.toString()));
    }

    public static CallSite bsmBadSignature(String onlyOne) {
        return null;
    }

    private static CallSite bsmPrivate(MethodHandles.Lookup l, String name, MethodType type) {
        return new ConstantCallSite(MethodHandles.constant(Object.class, "private bsm"));
    }

    public static CallSite bsmMutable(MethodHandles.Lookup l, String name, MethodType type) {
        mutableSite = new MutableCallSite(MethodHandles.constant(Object.class, "first target"));
        return mutableSite;
    }

    public static CallSite bsmSum(MethodHandles.Lookup l, String name, MethodType type) throws Exception {
        MethodHandle sum = l.findStatic(Integer.class, name, MethodType.methodType(int.class, int.class, int.class));
        return new ConstantCallSite(sum.asType(type));
    }

    public static String upper(String s) { return s.toUpperCase(); }

    static final String BSM_DESC = "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/MethodType;)Ljava/lang/invoke/CallSite;";

    static byte[] generate() throws Exception {
        ClassBytes cb = new ClassBytes();
        String[][] sites = {
            {"throwsIse", "bsmThrows", BSM_DESC},
            {"returnsNull", "bsmNull", BSM_DESC},
            {"wrongType", "bsmWrongType", BSM_DESC},
            {"notCallSite", "bsmNotCallSite", "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/MethodType;)Ljava/lang/Object;"},
            {"throwsError", "bsmError", BSM_DESC},
            {"throwsChecked", "bsmChecked", BSM_DESC},
            {"works", "bsmCounting", BSM_DESC},
            {"missing", "noSuchBootstrap", BSM_DESC},
            {"badSignature", "bsmBadSignature", "(Ljava/lang/String;)Ljava/lang/invoke/CallSite;"},
            {"privateBsm", "bsmPrivate", BSM_DESC},
            {"mutable", "bsmMutable", BSM_DESC},
        };
        for (String[] s : sites) {
            int bsm = cb.bootstrap(cb.methodHandle(ClassBytes.REF_invokeStatic, cb.methodRef("Main", s[1], s[2])));
            int indy = cb.invokeDynamic(bsm, s[0], "()Ljava/lang/Object;");
            cb.method(0x0009, s[0], "()Ljava/lang/Object;", 1, 0, ClassBytes.concat(new byte[] {(byte) 0xBA, (byte) (indy >> 8), (byte) indy, 0, 0}, new byte[] {(byte) 0xB0}));
        }
        // a second invokedynamic instruction using the same constant pool entry as "works"
        int worksBsm = cb.bootstrap(cb.methodHandle(ClassBytes.REF_invokeStatic, cb.methodRef("Main", "bsmCounting", BSM_DESC)));
        int worksIndy = cb.invokeDynamic(6, "works", "()Ljava/lang/Object;");
        cb.method(0x0009, "worksAgain", "()Ljava/lang/Object;", 1, 0, new byte[] {(byte) 0xBA, (byte) (worksIndy >> 8), (byte) worksIndy, 0, 0, (byte) 0xB0});
        // a separate bootstrap entry and call site for the same method
        int other = cb.invokeDynamic(worksBsm, "other", "()Ljava/lang/Object;");
        cb.method(0x0009, "worksOther", "()Ljava/lang/Object;", 1, 0, new byte[] {(byte) 0xBA, (byte) (other >> 8), (byte) other, 0, 0, (byte) 0xB0});

        // static arguments of every loadable kind
        String argsDesc = "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/MethodType;ILjava/lang/String;Ljava/lang/Class;Ljava/lang/invoke/MethodType;Ljava/lang/invoke/MethodHandle;J)Ljava/lang/invoke/CallSite;";
        int argsBsm = cb.bootstrap(cb.methodHandle(ClassBytes.REF_invokeStatic, cb.methodRef("Main", "bsmArgs", argsDesc)),
                cb.integer(42), cb.string("static string"), cb.classRef("java/util/ArrayList"), cb.methodType("(IJ)Ljava/lang/String;"),
                cb.methodHandle(ClassBytes.REF_invokeStatic, cb.methodRef("Main", "upper", "(Ljava/lang/String;)Ljava/lang/String;")),
                cb.longConst(1L << 40));
        int argsIndy = cb.invokeDynamic(argsBsm, "withArgs", "()Ljava/lang/Object;");
        cb.method(0x0009, "withArgs", "()Ljava/lang/Object;", 1, 0, new byte[] {(byte) 0xBA, (byte) (argsIndy >> 8), (byte) argsIndy, 0, 0, (byte) 0xB0});

        String varDesc = "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/MethodType;[Ljava/lang/Object;)Ljava/lang/invoke/CallSite;";
        int varBsm = cb.bootstrap(cb.methodHandle(ClassBytes.REF_invokeStatic, cb.methodRef("Main", "bsmVarargs", varDesc)),
                cb.integer(1), cb.string("two"), cb.classRef("Gen"));
        int varIndy = cb.invokeDynamic(varBsm, "varargs", "()Ljava/lang/Object;");
        cb.method(0x0009, "varargs", "()Ljava/lang/Object;", 1, 0, new byte[] {(byte) 0xBA, (byte) (varIndy >> 8), (byte) varIndy, 0, 0, (byte) 0xB0});

        // a call site with arguments: (II)I linked to Integer.sum
        int sumBsm = cb.bootstrap(cb.methodHandle(ClassBytes.REF_invokeStatic, cb.methodRef("Main", "bsmSum", BSM_DESC)));
        int sumIndy = cb.invokeDynamic(sumBsm, "sum", "(II)I");
        cb.method(0x0009, "sum", "(II)I", 2, 2, new byte[] {0x1A, 0x1B, (byte) 0xBA, (byte) (sumIndy >> 8), (byte) sumIndy, 0, 0, (byte) 0xAC});
        return cb.toBytes("Gen", "java/lang/Object", 52);
    }

    static void describe(Throwable t) {
        System.out.println("  " + t.getClass().getName() + ": " + t.getMessage());
        for (Throwable c = t.getCause(); c != null; c = c.getCause()) {
            System.out.println("    caused by " + c.getClass().getName() + ": " + c.getMessage());
        }
    }

    static Throwable call(Class<?> gen, String name) {
        System.out.println(name + ":");
        try {
            MethodHandle mh = MethodHandles.lookup().findStatic(gen, name, MethodType.methodType(Object.class));
            Object r = mh.invokeExact();
            System.out.println("  returned " + r);
            return null;
        } catch (Throwable t) {
            describe(t);
            return t;
        }
    }

    public static void main(String[] args) throws Throwable {
        byte[] bytes = generate();
        Class<?> gen = MethodHandles.lookup().defineClass(bytes);
        System.out.println("defined " + gen.getName() + " loader is Main's: " + (gen.getClassLoader() == Main.class.getClassLoader()));

        Throwable first = call(gen, "throwsIse");
        Throwable second = call(gen, "throwsIse");
        System.out.println("second failure is the same object: " + (first == second)
                + ", same cause: " + (first != null && second != null && first.getCause() == second.getCause()));
        call(gen, "returnsNull");
        call(gen, "wrongType");
        call(gen, "notCallSite");
        call(gen, "throwsError");
        call(gen, "throwsChecked");
        call(gen, "missing");
        call(gen, "badSignature");
        call(gen, "privateBsm");

        System.out.println("linkCount before: " + linkCount);
        call(gen, "works");
        call(gen, "works");
        call(gen, "works");
        System.out.println("linkCount after three calls: " + linkCount);
        call(gen, "worksAgain");
        call(gen, "worksAgain");
        call(gen, "worksOther");
        System.out.println("linkCount at end: " + linkCount);

        call(gen, "withArgs");
        call(gen, "varargs");
        call(gen, "mutable");
        mutableSite.setTarget(MethodHandles.constant(Object.class, "second target"));
        call(gen, "mutable");

        MethodHandle sum = MethodHandles.lookup().findStatic(gen, "sum", MethodType.methodType(int.class, int.class, int.class));
        System.out.println("sum(40, 2) = " + (int) sum.invokeExact(40, 2) + ", sum(-1, 1) = " + (int) sum.invokeExact(-1, 1));

        // through core reflection the BootstrapMethodError is wrapped once more
        try {
            gen.getMethod("throwsIse").invoke(null);
        } catch (InvocationTargetException e) {
            System.out.println("reflection: " + e.getClass().getName() + " message=" + e.getMessage());
            describe(e.getCause());
        }
        try {
            gen.getMethod("returnsNull").invoke(null);
        } catch (InvocationTargetException e) {
            System.out.println("reflection: " + e.getClass().getName());
            describe(e.getCause());
        }
        System.out.println("reflection works: " + gen.getMethod("works").invoke(null));
    }
}
