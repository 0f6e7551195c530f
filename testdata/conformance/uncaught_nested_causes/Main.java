public class Main {
    static void a() { b(); }
    static void b() { c(); }
    static void c() { throw new IllegalStateException("root problem"); }

    static void wrap1() {
        try {
            a();
        } catch (IllegalStateException e) {
            throw new RuntimeException("wrap1", e);
        }
    }

    static void wrap2() {
        try {
            wrap1();
        } catch (RuntimeException e) {
            Error err = new Error("wrap2");
            err.initCause(e);
            throw err;
        }
    }

    public static void main(String[] args) {
        wrap2();
    }
}
