import java.util.List;
import java.util.Map;

/**
 * One implicit NullPointerException per method, for each kind of instruction that can raise one.
 * main runs every case and prints, for each NPE caught, the top frame and getMessage().
 */
public class NpeBasics {
    interface Case {
        void run() throws Exception;
    }

    static class Node {
        Node next;
        String name;
        int value;
        long big;
        double real;

        String label() {
            return name;
        }
    }

    static String staticString;
    static Node staticNode;

    String text;
    List<String> items;
    Object lock;

    static void run(Case c) {
        try {
            c.run();
            System.out.println("NO-NPE");
        } catch (NullPointerException e) {
            StackTraceElement top = e.getStackTrace()[0];
            System.out.println("NPE\t" + top.getClassName() + "\t" + top.getMethodName() + "\t"
                    + top.getLineNumber() + "\t" + e.getMessage());
        } catch (Exception e) {
            System.out.println("OTHER\t" + e);
        }
    }

    static String nothing() {
        return null;
    }

    static Exception noException() {
        return null;
    }

    public static void main(String[] args) {
        run(() -> invokeOnParameter(null));
        run(() -> invokeOnLocal());
        run(() -> invokeOnReturnValue());
        run(() -> new NpeBasics().invokeInterfaceOnThisField());
        run(() -> new NpeBasics().invokeOnInstanceParameter(null));
        run(() -> invokeOnStaticField());
        run(() -> invokeWithArguments(null));
        run(() -> invokeOnNestedClass(null));
        run(() -> invokeInterfaceWithGenericReturn(List.of(), null));
        run(() -> mapGetReturnValue(Map.of()));
        run(() -> arrayClone(null));
        run(() -> readField(null));
        run(() -> writeField(null));
        run(() -> writeLongField(null));
        run(() -> writeDoubleField(null));
        run(() -> writeReferenceField(null, "v"));
        run(() -> readStaticFieldOfNull());
        run(() -> loadInt(null));
        run(() -> loadLong(null));
        run(() -> loadFloat(null));
        run(() -> loadDouble(null));
        run(() -> loadByte(null));
        run(() -> loadBoolean(null));
        run(() -> loadChar(null));
        run(() -> loadShort(null));
        run(() -> loadObject(null));
        run(() -> storeInt(null));
        run(() -> storeLong(null));
        run(() -> storeFloat(null));
        run(() -> storeDouble(null));
        run(() -> storeByte(null));
        run(() -> storeBoolean(null));
        run(() -> storeChar(null));
        run(() -> storeShort(null));
        run(() -> storeObject(null));
        run(() -> arrayLength(null));
        run(() -> throwLocal());
        run(() -> throwNull());
        run(() -> synchronizeOnParameter(null));
        run(() -> new NpeBasics().synchronizeOnField());
        run(() -> unboxInteger(null));
        run(() -> unboxBoolean(null));
        run(() -> unboxLongInArithmetic(null));
        run(() -> stringSwitch(null));
        run(() -> enumSwitch(null));
        run(() -> forEachOverList(null));
        run(() -> forEachOverArray(null));
        run(() -> explicitNpe());
    }

    static void invokeOnParameter(String s) {
        s.length();
    }

    static void invokeOnLocal() {
        String s = nothing();
        s.length();
    }

    static void invokeOnReturnValue() {
        nothing().length();
    }

    void invokeInterfaceOnThisField() {
        items.size();
    }

    void invokeOnInstanceParameter(String s) {
        s.isEmpty();
    }

    static void invokeOnStaticField() {
        staticString.hashCode();
    }

    void withArguments(int a, long b, double c, String d, Object e, int[] f, String[][] g,
            StringBuilder h, Integer i, boolean j, char k, float l, byte m, short n) {
    }

    static void invokeWithArguments(NpeBasics o) {
        o.withArguments(1, 2L, 3.0, "d", "e", null, null, null, null, true, 'k', 1f, (byte) 1, (short) 2);
    }

    static void invokeOnNestedClass(Node n) {
        n.label();
    }

    static void invokeInterfaceWithGenericReturn(List<String> list, String unused) {
        List<String> l = new java.util.ArrayList<>();
        l.add(null);
        l.get(0).length();
    }

    static void mapGetReturnValue(Map<String, String> m) {
        m.get("key").trim();
    }

    static void arrayClone(int[] a) {
        a.clone();
    }

    static void readField(Node n) {
        int v = n.value;
    }

    static void writeField(Node n) {
        n.value = 1;
    }

    static void writeLongField(Node n) {
        n.big = 2L;
    }

    static void writeDoubleField(Node n) {
        n.real = 2.5;
    }

    static void writeReferenceField(Node n, String v) {
        n.name = v;
    }

    static void readStaticFieldOfNull() {
        int v = staticNode.value;
    }

    static void loadInt(int[] a) {
        int v = a[0];
    }

    static void loadLong(long[] a) {
        long v = a[1];
    }

    static void loadFloat(float[] a) {
        float v = a[2];
    }

    static void loadDouble(double[] a) {
        double v = a[3];
    }

    static void loadByte(byte[] a) {
        byte v = a[4];
    }

    static void loadBoolean(boolean[] a) {
        boolean v = a[5];
    }

    static void loadChar(char[] a) {
        char v = a[0];
    }

    static void loadShort(short[] a) {
        short v = a[0];
    }

    static void loadObject(Object[] a) {
        Object v = a[0];
    }

    static void storeInt(int[] a) {
        a[0] = 1;
    }

    static void storeLong(long[] a) {
        a[0] = 1L;
    }

    static void storeFloat(float[] a) {
        a[0] = 1f;
    }

    static void storeDouble(double[] a) {
        a[0] = 1.0;
    }

    static void storeByte(byte[] a) {
        a[0] = 1;
    }

    static void storeBoolean(boolean[] a) {
        a[0] = true;
    }

    static void storeChar(char[] a) {
        a[0] = 'c';
    }

    static void storeShort(short[] a) {
        a[0] = 1;
    }

    static void storeObject(Object[] a) {
        a[0] = "x";
    }

    static void arrayLength(int[] a) {
        int n = a.length;
    }

    static void throwLocal() throws Exception {
        Exception e = noException();
        throw e;
    }

    static void throwNull() {
        throw null;
    }

    static void synchronizeOnParameter(Object o) {
        synchronized (o) {
            o.hashCode();
        }
    }

    void synchronizeOnField() {
        synchronized (lock) {
            text = "locked";
        }
    }

    static void unboxInteger(Integer i) {
        int v = i;
    }

    static void unboxBoolean(Boolean b) {
        if (b) {
            System.out.println("true");
        }
    }

    static void unboxLongInArithmetic(Long l) {
        long v = 3 + l * 2;
    }

    static int stringSwitch(String s) {
        switch (s) {
            case "a":
                return 1;
            case "b":
                return 2;
            default:
                return 0;
        }
    }

    enum Color {
        RED, GREEN
    }

    static int enumSwitch(Color c) {
        switch (c) {
            case RED:
                return 1;
            default:
                return 0;
        }
    }

    static int forEachOverList(List<String> list) {
        int n = 0;
        for (String s : list) {
            n += s.length();
        }
        return n;
    }

    static int forEachOverArray(int[] array) {
        int n = 0;
        for (int x : array) {
            n += x;
        }
        return n;
    }

    static void explicitNpe() {
        throw new NullPointerException();
    }
}
