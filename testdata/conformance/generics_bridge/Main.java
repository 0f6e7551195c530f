import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

public class Main {
    static class Box<T> {
        private T value;
        Box(T value) { this.value = value; }
        T get() { return value; }
        void set(T v) { value = v; }
        <R> Box<R> map(Fn<? super T, ? extends R> f) { return new Box<R>(f.apply(value)); }
        public String toString() { return "Box(" + value + ")"; }
    }

    interface Fn<A, B> { B apply(A a); }

    static class IntBox extends Box<Integer> {
        IntBox(int v) { super(v); }
        @Override Integer get() { return super.get() * 10; } // bridge Object get()
        @Override void set(Integer v) { super.set(v + 1); }   // bridge set(Object)
    }

    static class Version implements Comparable<Version> {
        final int major, minor;
        Version(int major, int minor) { this.major = major; this.minor = minor; }
        public int compareTo(Version o) {
            return major != o.major ? Integer.compare(major, o.major) : Integer.compare(minor, o.minor);
        }
        public String toString() { return major + "." + minor; }
    }

    static <T extends Comparable<? super T>> T max(List<? extends T> xs) {
        T best = null;
        for (T x : xs) if (best == null || x.compareTo(best) > 0) best = x;
        return best;
    }

    static double sum(List<? extends Number> xs) {
        double s = 0;
        for (Number n : xs) s += n.doubleValue();
        return s;
    }

    static void fill(List<? super Integer> xs, int n) {
        for (int i = 0; i < n; i++) xs.add(i);
    }

    static class Pair<A, B> {
        final A a;
        final B b;
        Pair(A a, B b) { this.a = a; this.b = b; }
        Pair<B, A> swap() { return new Pair<B, A>(b, a); }
        public String toString() { return "<" + a + "," + b + ">"; }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public static void main(String[] args) {
        Box<String> bs = new Box<>("hi");
        Box<Integer> bl = bs.map(new Fn<String, Integer>() {
            public Integer apply(String s) { return s.length(); }
        });
        System.out.println(bs + " " + bl + " " + bl.get());
        Box<Integer> ib = new IntBox(4);
        System.out.println(ib.get());
        ib.set(7);
        System.out.println(ib.get() + " " + ib);
        Box raw = ib;
        try {
            raw.set("not an int");
        } catch (ClassCastException e) {
            System.out.println("bridge cast: " + e.getMessage());
        }
        List<Version> vs = new ArrayList<>();
        vs.add(new Version(1, 9));
        vs.add(new Version(2, 0));
        vs.add(new Version(1, 10));
        System.out.println(max(vs));
        vs.sort(null);
        System.out.println(vs);
        vs.sort(new Comparator<Version>() {
            public int compare(Version x, Version y) { return y.minor - x.minor; }
        });
        System.out.println(vs);
        Comparable c = new Version(3, 3);
        try {
            c.compareTo("3.3");
        } catch (ClassCastException e) {
            System.out.println("compareTo bridge: " + e.getMessage());
        }
        List<Integer> ints = new ArrayList<>();
        fill(ints, 5);
        List<Object> objs = new ArrayList<>();
        fill(objs, 3);
        System.out.println(ints + " " + objs + " " + sum(ints));
        System.out.println(new Pair<>("x", 1).swap() + " " + max(ints));
        java.lang.reflect.Method[] ms = IntBox.class.getDeclaredMethods();
        int bridges = 0;
        for (java.lang.reflect.Method m : ms) if (m.isBridge()) bridges++;
        System.out.println("bridges in IntBox: " + bridges);
    }
}
