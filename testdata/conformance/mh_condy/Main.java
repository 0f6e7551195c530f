import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.List;

// ldc of CONSTANT_Dynamic (condy), CONSTANT_MethodHandle and CONSTANT_MethodType from a class
// written byte by byte (ClassBytes, version 55.0) and defined with Lookup.defineClass: custom
// condy bootstraps (run once per constant), static arguments, primitive-typed constants,
// java.lang.invoke.ConstantBootstraps, and failures (BootstrapMethodError, linkage errors).
public class Main {
    static int condyCount;
    public static int counterField = 5;
    private static String privateTarget() { return "private"; }

    public static Object condy(MethodHandles.Lookup l, String name, Class<?> type) {
        condyCount++;
        System.out.println("  condy bsm: lookupClass=" + l.lookupClass().getName() + " name=" + name + " type=" + type.getName() + " count=" + condyCount);
        return "condy:" + name;
    }

    public static int condyInt(MethodHandles.Lookup l, String name, Class<?> type) {
        return name.length() * 100 + (type == int.class ? 1 : 0);
    }

    public static Object condyLong(MethodHandles.Lookup l, String name, Class<?> type) {
        return Long.MAX_VALUE - name.length();
    }

    public static Object condyArgs(MethodHandles.Lookup l, String name, Class<?> type, int i, String s, Class<?> c, Object nested) {
        return name + "[i=" + i + " s=" + s + " c=" + c.getName() + " nested=" + nested + "]";
    }

    public static Object condyList(MethodHandles.Lookup l, String name, Class<?> type) {
        List<String> list = new ArrayList<>();
        list.add(name);
        return list;
    }

    public static Object condyThrows(MethodHandles.Lookup l, String name, Class<?> type) {
        throw new IllegalStateException("condy boom: " + name);
    }

    public static Object condyWrongType(MethodHandles.Lookup l, String name, Class<?> type) {
        return "a String for " + type.getName();
    }

    public static Object condyNull(MethodHandles.Lookup l, String name, Class<?> type) {
        return null;
    }

    public static Object condyError(MethodHandles.Lookup l, String name, Class<?> type) {
        throw new LinkageError("linkage error from condy");
    }

    public static String target(String s, int n) { return s + "*" + n; }
    public String instanceTarget() { return "instance of Main"; }

    static final String CONDY = "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/Class;)Ljava/lang/Object;";
    static final String CB = "java/lang/invoke/ConstantBootstraps";

    /** A static method of Gen that loads one constant with ldc_w (or ldc2_w) and returns it. */
    static void loader(ClassBytes cb, String name, String type, int index) throws Exception {
        boolean wide = type.equals("J") || type.equals("D");
        int ret = type.equals("I") ? 0xAC : type.equals("J") ? 0xAD : type.equals("D") ? 0xAF : 0xB0;
        cb.method(0x0009, name, "()" + type, wide ? 2 : 1, 0, ClassBytes.concat(ClassBytes.u2(wide ? 0x14 : 0x13, index), new byte[] {(byte) ret}));
    }

    static int bsm(ClassBytes cb, String owner, String name, String desc, int... args) throws Exception {
        return cb.bootstrap(cb.methodHandle(ClassBytes.REF_invokeStatic, cb.methodRef(owner, name, desc)), args);
    }

    static byte[] generate() throws Exception {
        ClassBytes cb = new ClassBytes();
        int plain = bsm(cb, "Main", "condy", CONDY);
        int c1 = cb.constantDynamic(plain, "first", "Ljava/lang/Object;");
        loader(cb, "first", "Ljava/lang/Object;", c1);
        loader(cb, "firstAgain", "Ljava/lang/Object;", c1);
        int c2 = cb.constantDynamic(plain, "second", "Ljava/lang/String;");
        loader(cb, "second", "Ljava/lang/String;", c2);
        int cInt = cb.constantDynamic(bsm(cb, "Main", "condyInt", "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/Class;)I"), "four", "I");
        loader(cb, "anInt", "I", cInt);
        int cLong = cb.constantDynamic(bsm(cb, "Main", "condyLong", CONDY), "abc", "J");
        loader(cb, "aLong", "J", cLong);
        int cList = cb.constantDynamic(bsm(cb, "Main", "condyList", CONDY), "element", "Ljava/util/List;");
        loader(cb, "aList", "Ljava/util/List;", cList);
        // static arguments, one of them another dynamic constant
        int argsBsm = bsm(cb, "Main", "condyArgs",
                "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/Class;ILjava/lang/String;Ljava/lang/Class;Ljava/lang/Object;)Ljava/lang/Object;",
                cb.integer(7), cb.string("seven"), cb.classRef("[Ljava/lang/String;"), c2);
        int cArgs = cb.constantDynamic(argsBsm, "withArgs", "Ljava/lang/String;");
        loader(cb, "withArgs", "Ljava/lang/String;", cArgs);

        // java.lang.invoke.ConstantBootstraps
        int nullC = cb.constantDynamic(bsm(cb, CB, "nullConstant", CONDY), "_", "Ljava/lang/String;");
        loader(cb, "nullConstant", "Ljava/lang/String;", nullC);
        int primC = cb.constantDynamic(bsm(cb, CB, "primitiveClass", "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/Class;)Ljava/lang/Class;"), "J", "Ljava/lang/Class;");
        loader(cb, "primitiveClass", "Ljava/lang/Object;", primC);
        int maxC = cb.constantDynamic(bsm(cb, CB, "getStaticFinal", "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/Class;Ljava/lang/Class;)Ljava/lang/Object;",
                cb.classRef("java/lang/Integer")), "MAX_VALUE", "I");
        loader(cb, "staticFinal", "I", maxC);
        int enumC = cb.constantDynamic(bsm(cb, CB, "enumConstant", "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/Class;)Ljava/lang/Enum;"),
                "RUNNABLE", "Ljava/lang/Thread$State;");
        loader(cb, "enumConstant", "Ljava/lang/Object;", enumC);
        int invokeC = cb.constantDynamic(bsm(cb, CB, "invoke",
                "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/Class;Ljava/lang/invoke/MethodHandle;[Ljava/lang/Object;)Ljava/lang/Object;",
                cb.methodHandle(ClassBytes.REF_invokeStatic, cb.methodRef("java/lang/Math", "max", "(II)I")), cb.integer(3), cb.integer(9)), "_", "I");
        loader(cb, "invokeConstant", "I", invokeC);

        // CONSTANT_MethodHandle and CONSTANT_MethodType
        loader(cb, "mhStatic", "Ljava/lang/Object;", cb.methodHandle(ClassBytes.REF_invokeStatic, cb.methodRef("Main", "target", "(Ljava/lang/String;I)Ljava/lang/String;")));
        loader(cb, "mhVirtual", "Ljava/lang/Object;", cb.methodHandle(ClassBytes.REF_invokeVirtual, cb.methodRef("java/lang/String", "length", "()I")));
        loader(cb, "mhInterface", "Ljava/lang/Object;", cb.methodHandle(ClassBytes.REF_invokeInterface, cb.interfaceMethodRef("java/util/List", "size", "()I")));
        loader(cb, "mhConstructor", "Ljava/lang/Object;", cb.methodHandle(ClassBytes.REF_newInvokeSpecial, cb.methodRef("java/lang/StringBuilder", "<init>", "(Ljava/lang/String;)V")));
        loader(cb, "mhGetStatic", "Ljava/lang/Object;", cb.methodHandle(ClassBytes.REF_getStatic, cb.fieldRef("Main", "counterField", "I")));
        loader(cb, "mhPutStatic", "Ljava/lang/Object;", cb.methodHandle(ClassBytes.REF_putStatic, cb.fieldRef("Main", "counterField", "I")));
        loader(cb, "mhInstance", "Ljava/lang/Object;", cb.methodHandle(ClassBytes.REF_invokeVirtual, cb.methodRef("Main", "instanceTarget", "()Ljava/lang/String;")));
        loader(cb, "mtSimple", "Ljava/lang/Object;", cb.methodType("(ILjava/lang/String;)J"));
        loader(cb, "mtArrays", "Ljava/lang/Object;", cb.methodType("([[I[Ljava/util/List;)[Ljava/lang/Object;"));
        loader(cb, "mtVoid", "Ljava/lang/Object;", cb.methodType("()V"));

        // failures
        loader(cb, "condyThrows", "Ljava/lang/Object;", cb.constantDynamic(bsm(cb, "Main", "condyThrows", CONDY), "bad", "Ljava/lang/Object;"));
        loader(cb, "condyWrongType", "I", cb.constantDynamic(bsm(cb, "Main", "condyWrongType", CONDY), "wrong", "I"));
        loader(cb, "condyWrongRef", "Ljava/lang/Object;", cb.constantDynamic(bsm(cb, "Main", "condyWrongType", CONDY), "wrongRef", "Ljava/lang/Integer;"));
        loader(cb, "condyNullPrimitive", "I", cb.constantDynamic(bsm(cb, "Main", "condyNull", CONDY), "nullInt", "I"));
        loader(cb, "condyNullRef", "Ljava/lang/Object;", cb.constantDynamic(bsm(cb, "Main", "condyNull", CONDY), "nullRef", "Ljava/lang/Object;"));
        loader(cb, "condyError", "Ljava/lang/Object;", cb.constantDynamic(bsm(cb, "Main", "condyError", CONDY), "err", "Ljava/lang/Object;"));
        loader(cb, "condyMissingBsm", "Ljava/lang/Object;", cb.constantDynamic(bsm(cb, "Main", "noSuchCondy", CONDY), "missing", "Ljava/lang/Object;"));
        loader(cb, "mhMissing", "Ljava/lang/Object;", cb.methodHandle(ClassBytes.REF_invokeStatic, cb.methodRef("Main", "noSuchMethod", "()V")));
        loader(cb, "mhPrivate", "Ljava/lang/Object;", cb.methodHandle(ClassBytes.REF_invokeStatic, cb.methodRef("Main", "privateTarget", "()Ljava/lang/String;")));
        loader(cb, "mtMissingClass", "Ljava/lang/Object;", cb.methodType("(LNoSuchClassAnywhere;)V"));
        return cb.toBytes("Gen", "java/lang/Object", 55);
    }

    static Object call(Class<?> gen, String name) {
        try {
            java.lang.reflect.Method m = gen.getMethod(name);
            MethodHandle mh = MethodHandles.lookup().unreflect(m).asType(MethodType.methodType(Object.class));
            Object r = mh.invokeExact();
            // the classes of method handles are JDK internals: print only the API type
            String cls = r == null ? "" : r instanceof MethodHandle ? " (a MethodHandle)" : " (" + r.getClass().getName() + ")";
            System.out.println(name + " -> " + r + cls);
            return r;
        } catch (Throwable t) {
            System.out.println(name + " threw " + t.getClass().getName() + ": " + t.getMessage());
            for (Throwable c = t.getCause(); c != null; c = c.getCause()) {
                System.out.println("  caused by " + c.getClass().getName() + ": " + c.getMessage());
            }
            return null;
        }
    }

    public static void main(String[] args) throws Throwable {
        Class<?> gen = MethodHandles.lookup().defineClass(generate());
        System.out.println("defined " + gen.getName());

        Object a = call(gen, "first");
        Object b = call(gen, "first");
        Object c = call(gen, "firstAgain");
        System.out.println("same constant object: " + (a == b) + " " + (a == c) + " condyCount=" + condyCount);
        call(gen, "second");
        call(gen, "anInt");
        call(gen, "aLong");
        Object l1 = call(gen, "aList");
        Object l2 = call(gen, "aList");
        System.out.println("list constant identical: " + (l1 == l2));
        call(gen, "withArgs");
        System.out.println("condyCount=" + condyCount);

        call(gen, "nullConstant");
        call(gen, "primitiveClass");
        call(gen, "staticFinal");
        call(gen, "enumConstant");
        call(gen, "invokeConstant");

        MethodHandle st = (MethodHandle) call(gen, "mhStatic");
        System.out.println("  invoke: " + (String) st.invokeExact("x", 3));
        MethodHandle vi = (MethodHandle) call(gen, "mhVirtual");
        System.out.println("  invoke: " + (int) vi.invokeExact("length7"));
        MethodHandle in = (MethodHandle) call(gen, "mhInterface");
        System.out.println("  invoke: " + (int) in.invokeExact((List) List.of(1, 2, 3)));
        MethodHandle ctor = (MethodHandle) call(gen, "mhConstructor");
        System.out.println("  invoke: " + (StringBuilder) ctor.invokeExact("sb"));
        MethodHandle gs = (MethodHandle) call(gen, "mhGetStatic");
        MethodHandle ps = (MethodHandle) call(gen, "mhPutStatic");
        ps.invokeExact(99);
        System.out.println("  put then get: " + (int) gs.invokeExact() + " field=" + counterField);
        MethodHandle inst = (MethodHandle) call(gen, "mhInstance");
        System.out.println("  invoke: " + (String) inst.invokeExact(new Main()));
        System.out.println("  same MethodHandle constant twice: " + (call(gen, "mhStatic") == st));
        MethodType mt = (MethodType) call(gen, "mtSimple");
        System.out.println("  descriptor " + mt.toMethodDescriptorString() + " equals methodType(): " + mt.equals(MethodType.methodType(long.class, int.class, String.class)));
        call(gen, "mtArrays");
        call(gen, "mtVoid");

        call(gen, "condyThrows");
        call(gen, "condyThrows");
        call(gen, "condyWrongType");
        call(gen, "condyWrongRef");
        call(gen, "condyNullPrimitive");
        call(gen, "condyNullRef");
        call(gen, "condyError");
        call(gen, "condyMissingBsm");
        call(gen, "mhMissing");
        call(gen, "mhPrivate");
        call(gen, "mtMissingClass");
        call(gen, "mtMissingClass");
        System.out.println("condyCount at end=" + condyCount);
    }
}
