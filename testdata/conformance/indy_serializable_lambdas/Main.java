import java.io.*;
import java.util.*;
import java.util.function.*;

// Serializable lambdas and intersection casts (altMetafactory): (Runnable & Serializable),
// marker interfaces, serializable method references, writeReplace/SerializedLambda contents,
// a full serialize/deserialize round trip through $deserializeLambda$, and that plain lambdas
// are not Serializable.
public class Main {
    interface Marker {}
    interface Other { default String other() { return "other default"; } }
    interface SerFunc<T, R> extends Function<T, R>, Serializable {}

    static int twice(int x) { return 2 * x; }

    static Object roundTrip(Object o) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (ObjectOutputStream oos = new ObjectOutputStream(bos)) {
            oos.writeObject(o);
        }
        try (ObjectInputStream ois = new ObjectInputStream(new ByteArrayInputStream(bos.toByteArray()))) {
            return ois.readObject();
        }
    }

    static void describe(String label, Object lambda) {
        System.out.println(label + ": Serializable=" + (lambda instanceof Serializable) + " Marker=" + (lambda instanceof Marker)
                + " Other=" + (lambda instanceof Other) + " Runnable=" + (lambda instanceof Runnable) + " Function=" + (lambda instanceof Function));
    }

    static void showSerializedLambda(String label, Object lambda) {
        try {
            java.lang.reflect.Method wr = lambda.getClass().getDeclaredMethod("writeReplace");
            wr.setAccessible(true);
            java.lang.invoke.SerializedLambda sl = (java.lang.invoke.SerializedLambda) wr.invoke(lambda);
            System.out.println(label + " SerializedLambda: capturingClass=" + sl.getCapturingClass()
                    + " functionalInterface=" + sl.getFunctionalInterfaceClass() + "." + sl.getFunctionalInterfaceMethodName()
                    + sl.getFunctionalInterfaceMethodSignature()
                    + " impl=" + sl.getImplClass() + "." + sl.getImplMethodName() + sl.getImplMethodSignature()
                    + " kind=" + sl.getImplMethodKind() + " instantiated=" + sl.getInstantiatedMethodType()
                    + " captured=" + sl.getCapturedArgCount());
            for (int i = 0; i < sl.getCapturedArgCount(); i++) {
                System.out.println("  captured[" + i + "]=" + sl.getCapturedArg(i));
            }
        } catch (ReflectiveOperationException e) {
            System.out.println(label + " no writeReplace: " + e.getClass().getSimpleName());
        }
    }

    public static void main(String[] args) throws Exception {
        StringBuilder log = new StringBuilder();
        Runnable plain = () -> log.append("plain ");
        Runnable ser = (Runnable & Serializable) () -> System.out.println("serializable runnable ran");
        Runnable marked = (Runnable & Marker) () -> log.append("marked ");
        Runnable both = (Runnable & Marker & Serializable & Other) () -> log.append("both ");
        describe("plain", plain);
        describe("ser", ser);
        describe("marked", marked);
        describe("both", both);
        plain.run();
        ser.run();
        marked.run();
        both.run();
        System.out.println("log " + log.toString().trim() + " other() " + ((Other) both).other());

        Function<Integer, Integer> sf = (Function<Integer, Integer> & Serializable) x -> x + 1;
        SerFunc<String, Integer> len = String::length;
        IntUnaryOperator ref = (IntUnaryOperator & Serializable) Main::twice;
        describe("sf", sf);
        describe("len", len);
        System.out.println("ref Serializable=" + (ref instanceof Serializable) + " value " + ref.applyAsInt(21));
        System.out.println("apply " + sf.apply(41) + " " + len.apply("serial"));

        showSerializedLambda("sf", sf);
        showSerializedLambda("len", len);
        showSerializedLambda("ref", ref);
        int base = 100;
        String suffix = "-s";
        SerFunc<Integer, String> capturing = x -> (x + base) + suffix;
        showSerializedLambda("capturing", capturing);
        showSerializedLambda("plain", plain);

        // Round trip: the deserialized lambda works and is a distinct object.
        @SuppressWarnings("unchecked")
        SerFunc<Integer, String> back = (SerFunc<Integer, String>) roundTrip(capturing);
        System.out.println("round trip " + back.apply(5) + " same=" + (back == capturing) + " original " + capturing.apply(5));
        @SuppressWarnings("unchecked")
        Function<Integer, Integer> sfBack = (Function<Integer, Integer>) roundTrip(sf);
        System.out.println("round trip sf " + sfBack.apply(99));
        IntUnaryOperator refBack = (IntUnaryOperator) roundTrip(ref);
        System.out.println("round trip ref " + refBack.applyAsInt(8));
        Runnable serBack = (Runnable) roundTrip(ser);
        serBack.run();
        List<SerFunc<String, String>> chain = new ArrayList<>();
        chain.add(String::toUpperCase);
        chain.add(s -> s + s.length());
        chain.add(s -> new StringBuilder(s).reverse().toString());
        @SuppressWarnings("unchecked")
        List<SerFunc<String, String>> chainBack = (List<SerFunc<String, String>>) roundTrip(new ArrayList<>(chain));
        String v = "abc";
        for (SerFunc<String, String> f : chainBack) v = f.apply(v);
        System.out.println("chain back " + v + " size " + chainBack.size());
        try {
            roundTrip(plain);
            System.out.println("plain serialized?!");
        } catch (NotSerializableException e) {
            System.out.println("plain lambda: NotSerializableException");
        }
        Comparator<String> sc = (Comparator<String> & Serializable) (a, b) -> b.compareTo(a);
        @SuppressWarnings("unchecked")
        Comparator<String> scBack = (Comparator<String>) roundTrip(sc);
        List<String> items = new ArrayList<>(List.of("b", "c", "a"));
        items.sort(scBack);
        System.out.println("comparator back " + items + " " + (scBack instanceof Serializable));
        Comparator<String> jdkSer = Comparator.comparing(String::length);
        System.out.println("Comparator.comparing serializable " + (jdkSer instanceof Serializable));
        Object cast = (Object & Runnable) () -> System.out.println("object&runnable ran");
        ((Runnable) cast).run();
    }
}
