public class Main {
    static class A {}
    static class B extends A {}
    static class C {}

    static void attempt(String label, Runnable r) {
        try {
            r.run();
            System.out.println(label + ": no exception");
        } catch (ClassCastException e) {
            System.out.println(label + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        final Object a = new A();
        final Object i = Integer.valueOf(3);
        final Object s = "str";
        final Object objs = new Object[0];
        final Object ints = new int[0];
        attempt("A to B", new Runnable() { public void run() { B b = (B) a; } });
        attempt("A to C", new Runnable() { public void run() { C c = (C) a; } });
        attempt("Integer to String", new Runnable() { public void run() { String x = (String) i; } });
        attempt("String to Integer", new Runnable() { public void run() { Integer x = (Integer) s; } });
        attempt("A to String", new Runnable() { public void run() { String x = (String) a; } });
        attempt("String to A", new Runnable() { public void run() { A x = (A) s; } });
        attempt("Object[] to String[]", new Runnable() { public void run() { String[] x = (String[]) objs; } });
        attempt("int[] to long[]", new Runnable() { public void run() { long[] x = (long[]) ints; } });
        attempt("int[] to Object[]", new Runnable() { public void run() { Object[] x = (Object[]) ints; } });
        attempt("A to Runnable", new Runnable() { public void run() { Runnable x = (Runnable) a; } });
        attempt("Integer to Comparable", new Runnable() { public void run() { Comparable<?> x = (Comparable<?>) i; } });
        attempt("Class.cast", new Runnable() { public void run() { Number n = Number.class.cast(s); } });
        attempt("A to B[]", new Runnable() { public void run() { B[] x = (B[]) (Object) new A[1]; } });
        attempt("anonymous to A", new Runnable() { public void run() { A x = (A) (Object) this; } });
        Object b = new B();
        A ok = (A) b;
        System.out.println("upcast ok: " + (ok == b));
    }
}
