public class Main {
    static class Boom extends Error {
        Boom(String m) { super(m); }
    }

    public static void main(String[] args) {
        System.out.println("out before");
        System.err.println("err before");
        Runnable r = new Runnable() {
            public void run() {
                throw new Boom("from anonymous class");
            }
        };
        r.run();
    }
}
