import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandleInfo;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Member;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

// Lookup.revealDirect / MethodHandleInfo for all reference kinds, referenceKindToString,
// reflectAs; IllegalAccessException for private members through publicLookup, and
// NoSuchMethodException / NoSuchFieldException messages for missing members.
public class Main {
    private int secretField = 1;
    public int publicField = 2;
    static String staticField = "s";
    private static String secret() { return "secret"; }
    public static String open() { return "open"; }
    public String inst(int x) { return "inst" + x; }
    public Main() { }
    private Main(String s) { }

    static String msg(Throwable e) {
        return e.getClass().getName() + ": " + String.valueOf(e.getMessage()).replaceAll("@[0-9a-f]+", "@<hash>");
    }

    static void reveal(MethodHandles.Lookup l, String label, MethodHandle mh) {
        try {
            MethodHandleInfo info = l.revealDirect(mh);
            System.out.println(label + ": " + info);
            System.out.println("  name=" + info.getName() + " type=" + info.getMethodType() + " kind=" + info.getReferenceKind()
                    + " (" + MethodHandleInfo.referenceKindToString(info.getReferenceKind()) + ") class=" + info.getDeclaringClass().getName()
                    + " modifiers=" + Modifier.toString(info.getModifiers()) + " varargs=" + info.isVarArgs());
        } catch (Exception e) {
            System.out.println(label + ": " + msg(e));
        }
    }

    public static void main(String[] args) throws Throwable {
        MethodHandles.Lookup l = MethodHandles.lookup();
        reveal(l, "findStatic private", l.findStatic(Main.class, "secret", MethodType.methodType(String.class)));
        reveal(l, "findStatic public", l.findStatic(Main.class, "open", MethodType.methodType(String.class)));
        reveal(l, "findVirtual", l.findVirtual(Main.class, "inst", MethodType.methodType(String.class, int.class)));
        reveal(l, "findVirtual interface", l.findVirtual(List.class, "size", MethodType.methodType(int.class)));
        reveal(l, "findVirtual JDK", l.findVirtual(String.class, "concat", MethodType.methodType(String.class, String.class)));
        reveal(l, "findConstructor", l.findConstructor(Main.class, MethodType.methodType(void.class)));
        reveal(l, "findConstructor private", l.findConstructor(Main.class, MethodType.methodType(void.class, String.class)));
        reveal(l, "findSpecial", l.findSpecial(Object.class, "toString", MethodType.methodType(String.class), Main.class));
        reveal(l, "findGetter", l.findGetter(Main.class, "secretField", int.class));
        reveal(l, "findSetter", l.findSetter(Main.class, "publicField", int.class));
        reveal(l, "findStaticGetter", l.findStaticGetter(Main.class, "staticField", String.class));
        reveal(l, "findStaticSetter", l.findStaticSetter(Main.class, "staticField", String.class));
        reveal(l, "varargs method", l.findStatic(String.class, "format", MethodType.methodType(String.class, String.class, Object[].class)));
        reveal(l, "bound handle (not direct)", l.findVirtual(Main.class, "inst", MethodType.methodType(String.class, int.class)).bindTo(new Main()));
        reveal(l, "constant (not direct)", MethodHandles.constant(int.class, 1));
        reveal(l, "asType (not direct)", l.findStatic(Main.class, "open", MethodType.methodType(String.class)).asType(MethodType.methodType(Object.class)));
        reveal(MethodHandles.publicLookup(), "publicLookup revealing private", l.findStatic(Main.class, "secret", MethodType.methodType(String.class)));

        for (int k = 0; k <= 10; k++) {
            try {
                System.out.println("referenceKindToString(" + k + ") = " + MethodHandleInfo.referenceKindToString(k));
            } catch (IllegalArgumentException e) {
                System.out.println("referenceKindToString(" + k + "): " + msg(e));
            }
        }
        System.out.println("constants: " + MethodHandleInfo.REF_getField + " " + MethodHandleInfo.REF_invokeStatic + " " + MethodHandleInfo.REF_invokeInterface);
        System.out.println("toString(kind, class, name, type): " + MethodHandleInfo.toString(MethodHandleInfo.REF_invokeVirtual, String.class, "length", MethodType.methodType(int.class)));

        MethodHandleInfo info = l.revealDirect(l.findVirtual(Main.class, "inst", MethodType.methodType(String.class, int.class)));
        Member member = info.reflectAs(Member.class, l);
        System.out.println("reflectAs Member: " + member + " -> " + member.getClass().getName());
        MethodHandleInfo finfo = l.revealDirect(l.findGetter(Main.class, "publicField", int.class));
        System.out.println("reflectAs Field: " + finfo.reflectAs(java.lang.reflect.Field.class, l));
        try {
            info.reflectAs(java.lang.reflect.Field.class, l);
        } catch (ClassCastException e) {
            System.out.println(msg(e));
        }

        // access errors through publicLookup
        MethodHandles.Lookup pub = MethodHandles.publicLookup();
        List<String> out = new ArrayList<>();
        try { pub.findStatic(Main.class, "secret", MethodType.methodType(String.class)); } catch (Exception e) { out.add(msg(e)); }
        try { pub.findGetter(Main.class, "secretField", int.class); } catch (Exception e) { out.add(msg(e)); }
        try { pub.findConstructor(Main.class, MethodType.methodType(void.class, String.class)); } catch (Exception e) { out.add(msg(e)); }
        try { pub.findStaticGetter(Main.class, "staticField", String.class); } catch (Exception e) { out.add(msg(e)); }
        try { pub.findVirtual(String.class, "isLatin1", MethodType.methodType(boolean.class)); } catch (Exception e) { out.add(msg(e)); }
        try { pub.findGetter(String.class, "value", byte[].class); } catch (Exception e) { out.add(msg(e)); }
        try { l.findVirtual(String.class, "isLatin1", MethodType.methodType(boolean.class)); } catch (Exception e) { out.add(msg(e)); }
        try { pub.findStatic(Class.forName("java.util.ImmutableCollections"), "listFromArray", MethodType.methodType(List.class, Object[].class)); } catch (Exception e) { out.add(msg(e)); }
        try {
            System.out.println("public via publicLookup: " + (String) pub.findStatic(Main.class, "open", MethodType.methodType(String.class)).invokeExact()
                    + " / field " + (int) pub.findGetter(Main.class, "publicField", int.class).invokeExact(new Main()));
        } catch (Exception e) { out.add(msg(e)); }
        // missing members
        try { l.findStatic(Main.class, "nope", MethodType.methodType(void.class)); } catch (Exception e) { out.add(msg(e)); }
        try { l.findStatic(Main.class, "open", MethodType.methodType(int.class)); } catch (Exception e) { out.add(msg(e)); }
        try { l.findVirtual(Main.class, "open", MethodType.methodType(String.class)); } catch (Exception e) { out.add(msg(e)); }
        try { l.findStatic(Main.class, "inst", MethodType.methodType(String.class, int.class)); } catch (Exception e) { out.add(msg(e)); }
        try { l.findConstructor(Main.class, MethodType.methodType(void.class, int.class)); } catch (Exception e) { out.add(msg(e)); }
        try { l.findVirtual(String.class, "lenght", MethodType.methodType(int.class)); } catch (Exception e) { out.add(msg(e)); }
        try { l.findGetter(Main.class, "missingField", int.class); } catch (Exception e) { out.add(msg(e)); }
        try { l.findGetter(Main.class, "publicField", long.class); } catch (Exception e) { out.add(msg(e)); }
        try { l.findStaticGetter(Main.class, "nope", Object.class); } catch (Exception e) { out.add(msg(e)); }
        try { l.findVarHandle(Main.class, "missing", int.class); } catch (Exception e) { out.add(msg(e)); }
        try { l.findStatic(Main.class, "<clinit>", MethodType.methodType(void.class)); } catch (Exception e) { out.add(msg(e)); }
        try { l.findConstructor(List.class, MethodType.methodType(void.class)); } catch (Exception e) { out.add(msg(e)); }
        try { l.findClass("NoSuchClassHere"); } catch (Exception e) { out.add(msg(e)); }
        try { System.out.println("findClass: " + l.findClass("java.util.ArrayList").getName()); } catch (Exception e) { out.add(msg(e)); }
        try { pub.findClass("Main"); } catch (Exception e) { out.add(msg(e)); }
        try { System.out.println("accessClass: " + l.accessClass(Main.class).getName()); } catch (Exception e) { out.add(msg(e)); }
        try { pub.accessClass(Class.forName("java.util.ImmutableCollections")); } catch (Exception e) { out.add(msg(e)); }
        for (String s : out) System.out.println(s);
    }
}
