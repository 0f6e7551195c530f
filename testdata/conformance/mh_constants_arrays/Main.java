import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Arrays;

// MethodHandles.constant, identity, zero, empty, arrayElementGetter/Setter, arrayConstructor and
// arrayLength, for primitive and reference types.
public class Main {
    static String msg(Throwable e) {
        return e.getClass().getName() + ": " + e.getMessage();
    }

    public static void main(String[] args) throws Throwable {
        MethodHandle ci = MethodHandles.constant(int.class, 42);
        System.out.println(ci + " -> " + (int) ci.invokeExact());
        MethodHandle cl = MethodHandles.constant(long.class, 7); // Integer widened to long
        System.out.println(cl + " -> " + (long) cl.invokeExact());
        MethodHandle cd = MethodHandles.constant(double.class, 1.5f);
        System.out.println(cd + " -> " + (double) cd.invokeExact());
        MethodHandle cs = MethodHandles.constant(String.class, "const");
        System.out.println(cs + " -> " + (String) cs.invokeExact());
        MethodHandle cn = MethodHandles.constant(Object.class, null);
        System.out.println(cn + " -> " + (Object) cn.invokeExact());
        MethodHandle cb = MethodHandles.constant(boolean.class, true);
        System.out.println(cb + " -> " + (boolean) cb.invokeExact());
        MethodHandle cc = MethodHandles.constant(char.class, 'q');
        System.out.println(cc + " -> " + (char) cc.invokeExact());
        MethodHandle cNum = MethodHandles.constant(Number.class, 3);
        System.out.println(cNum + " -> " + (Number) cNum.invokeExact());
        try {
            MethodHandles.constant(int.class, "str");
        } catch (ClassCastException e) {
            System.out.println(msg(e));
        }
        try {
            MethodHandles.constant(int.class, 5L);
        } catch (ClassCastException e) {
            System.out.println(msg(e));
        }
        try {
            MethodHandles.constant(int.class, null);
        } catch (NullPointerException e) {
            System.out.println("constant(int, null): " + e.getClass().getName());
        }
        try {
            MethodHandles.constant(void.class, null);
        } catch (IllegalArgumentException e) {
            System.out.println(msg(e));
        }
        try {
            MethodHandles.constant(String.class, 1);
        } catch (ClassCastException e) {
            System.out.println(msg(e));
        }

        MethodHandle idI = MethodHandles.identity(int.class);
        MethodHandle idS = MethodHandles.identity(String.class);
        MethodHandle idD = MethodHandles.identity(double.class);
        System.out.println(idI + " -> " + (int) idI.invokeExact(9));
        System.out.println(idS + " -> " + (String) idS.invokeExact("same"));
        System.out.println(idD + " -> " + (double) idD.invokeExact(-2.25));
        try {
            MethodHandles.identity(void.class);
        } catch (IllegalArgumentException e) {
            System.out.println(msg(e));
        }

        Class<?>[] types = {int.class, long.class, float.class, double.class, boolean.class, char.class, byte.class, short.class, String.class, Object.class, void.class};
        for (Class<?> t : types) {
            MethodHandle z = MethodHandles.zero(t);
            Object v = z.invoke();
            if (v instanceof Character) v = "char " + (int) (Character) v;
            System.out.println("zero(" + t.getName() + "): " + z + " -> " + v);
        }
        MethodHandle empty = MethodHandles.empty(MethodType.methodType(int.class, String.class, long.class));
        System.out.println("empty: " + empty + " -> " + (int) empty.invokeExact("x", 1L));
        MethodHandle emptyV = MethodHandles.empty(MethodType.methodType(void.class, int.class));
        emptyV.invokeExact(3);
        System.out.println("empty void: " + emptyV);
        MethodHandle emptyO = MethodHandles.empty(MethodType.methodType(Object.class));
        System.out.println("empty Object: " + (Object) emptyO.invokeExact());

        MethodHandle getI = MethodHandles.arrayElementGetter(int[].class);
        MethodHandle setI = MethodHandles.arrayElementSetter(int[].class);
        System.out.println(getI + " " + setI);
        int[] ia = {10, 20, 30};
        setI.invokeExact(ia, 1, 99);
        System.out.println("int[]: " + Arrays.toString(ia) + " get(2)=" + (int) getI.invokeExact(ia, 2));
        try {
            int r = (int) getI.invokeExact(ia, 3);
            System.out.println("unexpected " + r);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println(msg(e));
        }
        try {
            setI.invokeExact(ia, -1, 0);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println(msg(e));
        }
        try {
            int r = (int) getI.invokeExact((int[]) null, 0);
            System.out.println("unexpected " + r);
        } catch (NullPointerException e) {
            System.out.println("null array: " + e.getClass().getName());
        }
        MethodHandle getS = MethodHandles.arrayElementGetter(String[].class);
        MethodHandle setS = MethodHandles.arrayElementSetter(String[].class);
        String[] sa = new String[2];
        setS.invokeExact(sa, 0, "zero");
        System.out.println(getS + " String[]: " + (String) getS.invokeExact(sa, 0) + "," + (String) getS.invokeExact(sa, 1));
        MethodHandle setO = MethodHandles.arrayElementSetter(Object[].class);
        Object[] covariant = new Integer[1];
        try {
            setO.invokeExact(covariant, 0, (Object) "not an Integer");
        } catch (ArrayStoreException e) {
            System.out.println(msg(e));
        }
        MethodHandle getD = MethodHandles.arrayElementGetter(double[].class);
        MethodHandle setD = MethodHandles.arrayElementSetter(double[].class);
        double[] da = new double[2];
        setD.invokeExact(da, 1, 2.5);
        System.out.println(getD + " double[]: " + (double) getD.invokeExact(da, 1));
        MethodHandle getB = MethodHandles.arrayElementGetter(boolean[].class);
        MethodHandle getC = MethodHandles.arrayElementGetter(char[].class);
        MethodHandle getBy = MethodHandles.arrayElementGetter(byte[].class);
        System.out.println(getB + " " + (boolean) getB.invokeExact(new boolean[] {true}, 0)
                + " " + getC + " " + (char) getC.invokeExact("hey".toCharArray(), 1)
                + " " + getBy + " " + (byte) getBy.invokeExact(new byte[] {-7}, 0));
        MethodHandle get2d = MethodHandles.arrayElementGetter(int[][].class);
        System.out.println(get2d + " -> " + Arrays.toString((int[]) get2d.invokeExact(new int[][] {{1, 2}, {3}}, 0)));
        try {
            MethodHandles.arrayElementGetter(String.class);
        } catch (IllegalArgumentException e) {
            System.out.println(msg(e));
        }

        MethodHandle newI = MethodHandles.arrayConstructor(int[].class);
        MethodHandle newS = MethodHandles.arrayConstructor(String[].class);
        MethodHandle new2 = MethodHandles.arrayConstructor(long[][].class);
        System.out.println(newI + " " + newS + " " + new2);
        int[] made = (int[]) newI.invokeExact(4);
        String[] madeS = (String[]) newS.invokeExact(2);
        long[][] made2 = (long[][]) new2.invokeExact(3);
        System.out.println("made " + Arrays.toString(made) + " " + Arrays.toString(madeS) + " " + made2.length + " " + made2[0]);
        try {
            Object r = (int[]) newI.invokeExact(-1);
            System.out.println("unexpected " + r);
        } catch (NegativeArraySizeException e) {
            System.out.println(msg(e));
        }
        try {
            MethodHandles.arrayConstructor(int.class);
        } catch (IllegalArgumentException e) {
            System.out.println(msg(e));
        }

        MethodHandle lenI = MethodHandles.arrayLength(int[].class);
        MethodHandle lenO = MethodHandles.arrayLength(Object[].class);
        System.out.println(lenI + " -> " + (int) lenI.invokeExact(made) + ", " + lenO + " -> " + (int) lenO.invokeExact((Object[]) madeS));
        System.out.println("arrayLength via invoke: " + lenO.invoke(new Integer[7]));
        try {
            int r = (int) lenI.invokeExact((int[]) null);
            System.out.println("unexpected " + r);
        } catch (NullPointerException e) {
            System.out.println("length of null: " + e.getClass().getName());
        }
        try {
            MethodHandles.arrayLength(Object.class);
        } catch (IllegalArgumentException e) {
            System.out.println(msg(e));
        }
        // composition: new String[n] then set element 0 and read the length
        MethodHandle lenOfNew = MethodHandles.filterReturnValue(newS, MethodHandles.arrayLength(String[].class));
        System.out.println("length of new String[5]: " + (int) lenOfNew.invokeExact(5));
    }
}
