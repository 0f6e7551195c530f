import java.lang.invoke.MethodType;
import java.util.Arrays;
import java.util.List;

// MethodType: factories, equality and hashCode of equal types, toString, parameter access,
// change/insert/drop/append, wrap/unwrap/generic/erase and method descriptors.
public class Main {
    static String msg(Throwable e) {
        return e.getClass().getName() + ": " + e.getMessage();
    }

    static String names(List<Class<?>> l) {
        StringBuilder sb = new StringBuilder("[");
        for (Class<?> c : l) { if (sb.length() > 1) sb.append(", "); sb.append(c.getName()); }
        return sb.append("]").toString();
    }

    public static void main(String[] args) throws Throwable {
        MethodType t0 = MethodType.methodType(void.class);
        MethodType t1 = MethodType.methodType(int.class, String.class);
        MethodType t2 = MethodType.methodType(String.class, int.class, long.class, Object.class);
        MethodType t3 = MethodType.methodType(boolean.class, new Class<?>[] {char.class, double[].class});
        MethodType t4 = MethodType.methodType(Object.class, List.of(Integer.class, String[][].class));
        MethodType t5 = MethodType.methodType(long.class, int.class, Object[].class, Main.class);
        MethodType t6 = MethodType.methodType(float.class, t1);             // params of t1
        MethodType t7 = MethodType.genericMethodType(3);
        MethodType t8 = MethodType.genericMethodType(2, true);
        MethodType[] all = {t0, t1, t2, t3, t4, t5, t6, t7, t8};
        for (MethodType t : all) {
            System.out.println(t + "  count=" + t.parameterCount() + " return=" + t.returnType().getName()
                    + " descriptor=" + t.toMethodDescriptorString() + " hasPrims=" + t.hasPrimitives() + " hasWrappers=" + t.hasWrappers());
        }

        MethodType a = MethodType.methodType(String.class, int.class, long.class, Object.class);
        System.out.println("equal: " + a.equals(t2) + " sameHash: " + (a.hashCode() == t2.hashCode()) + " same instance: " + (a == t2));
        System.out.println("not equal: " + t1.equals(t6) + " " + t1.equals(null) + " " + t1.equals("(String)int"));
        System.out.println("via descriptor equal: " + MethodType.fromMethodDescriptorString("(Ljava/lang/String;)I", null).equals(t1));

        System.out.println("parameterType(1): " + t2.parameterType(1) + " lastParameterType: " + t2.lastParameterType() + " of t0: " + t0.lastParameterType());
        System.out.println("parameterList: " + names(t2.parameterList()));
        System.out.println("parameterArray: " + Arrays.toString(t2.parameterArray()));
        try {
            t1.parameterType(1);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e.getClass().getName());
        }

        System.out.println("changeReturnType: " + t2.changeReturnType(void.class) + " " + t2.changeReturnType(int[].class));
        System.out.println("changeParameterType: " + t2.changeParameterType(0, String.class));
        System.out.println("insertParameterTypes: " + t2.insertParameterTypes(0, byte.class) + " " + t2.insertParameterTypes(3, short.class, char.class)
                + " " + t2.insertParameterTypes(1, List.of(Main.class)));
        System.out.println("appendParameterTypes: " + t1.appendParameterTypes(int.class, int.class) + " " + t0.appendParameterTypes(List.of(Object[].class)));
        System.out.println("dropParameterTypes: " + t2.dropParameterTypes(0, 1) + " " + t2.dropParameterTypes(1, 3) + " " + t2.dropParameterTypes(0, 3));
        try {
            t2.insertParameterTypes(4, int.class);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(msg(e));
        }
        try {
            t2.dropParameterTypes(2, 1);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(msg(e));
        }
        try {
            t2.changeParameterType(0, void.class);
        } catch (IllegalArgumentException e) {
            System.out.println(msg(e));
        }
        try {
            MethodType.methodType(int.class, void.class);
        } catch (IllegalArgumentException e) {
            System.out.println(msg(e));
        }
        try {
            MethodType.methodType(null);
        } catch (NullPointerException e) {
            System.out.println("null return type: " + e.getClass().getName());
        }
        try {
            MethodType.methodType(int.class, new Class<?>[] {String.class, null});
        } catch (NullPointerException e) {
            System.out.println("null parameter type: " + e.getClass().getName());
        }

        MethodType prim = MethodType.methodType(int.class, long.class, String.class, boolean.class, char.class);
        System.out.println("prim: " + prim);
        System.out.println("wrap: " + prim.wrap());
        System.out.println("wrap.unwrap: " + prim.wrap().unwrap());
        System.out.println("unwrap of wrappers: " + MethodType.methodType(Integer.class, Double.class, Void.class, String.class).unwrap());
        System.out.println("wrap void: " + MethodType.methodType(void.class, byte.class).wrap());
        System.out.println("generic: " + prim.generic() + " " + t0.generic() + " " + t8.generic());
        System.out.println("erase: " + prim.erase() + " " + t4.erase() + " " + t3.erase());
        System.out.println("generic equals genericMethodType: " + prim.generic().equals(MethodType.genericMethodType(4)));

        String[] descs = {"()V", "(IJ)D", "([Ljava/lang/String;)V", "(Ljava/util/List;[[IZ)Ljava/lang/Object;", "(BCSF)Ljava/lang/Integer;"};
        for (String d : descs) {
            MethodType t = MethodType.fromMethodDescriptorString(d, Main.class.getClassLoader());
            System.out.println(d + " -> " + t + " -> " + t.toMethodDescriptorString() + " roundtrip=" + t.toMethodDescriptorString().equals(d));
        }
        String[] bad = {"(I", "I)V", "(V)V", "(Lnot/a/RealClass;)V", "(Q)V", ""};
        for (String d : bad) {
            try {
                MethodType t = MethodType.fromMethodDescriptorString(d, null);
                System.out.println("unexpected " + t);
            } catch (IllegalArgumentException | TypeNotPresentException e) {
                System.out.println("'" + d + "' -> " + msg(e));
            }
        }
        System.out.println("descriptorString: " + t2.descriptorString() + " " + t3.describeConstable().isPresent());

        // hash-based lookup with equal but separately built types
        java.util.HashMap<MethodType, String> map = new java.util.HashMap<>();
        map.put(MethodType.methodType(void.class, int.class), "one");
        map.put(MethodType.methodType(void.class, Integer.class), "two");
        System.out.println("map: " + map.get(MethodType.fromMethodDescriptorString("(I)V", null)) + " "
                + map.get(MethodType.methodType(void.class, int.class).wrap().changeReturnType(void.class)) + " size=" + map.size());
    }
}
