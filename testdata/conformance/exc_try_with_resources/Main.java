public class Main {
    static class Res implements AutoCloseable {
        final String name;
        final boolean failOnClose;

        Res(String name, boolean failOnClose) {
            this.name = name;
            this.failOnClose = failOnClose;
            System.out.println("open " + name);
        }

        void use(boolean fail) {
            System.out.println("use " + name);
            if (fail) throw new IllegalStateException("use failed: " + name);
        }

        @Override
        public void close() {
            System.out.println("close " + name);
            if (failOnClose) throw new RuntimeException("close failed: " + name);
        }
    }

    static void scenario(String label, boolean failUse, boolean failCloseA, boolean failCloseB) {
        System.out.println("== " + label);
        try (Res a = new Res("A", failCloseA); Res b = new Res("B", failCloseB)) {
            a.use(false);
            b.use(failUse);
        } catch (RuntimeException e) {
            System.out.println("caught " + e.getMessage());
            for (Throwable s : e.getSuppressed()) System.out.println("  suppressed " + s.getMessage());
        } finally {
            System.out.println("finally " + label);
        }
    }

    public static void main(String[] args) throws Exception {
        scenario("clean", false, false, false);
        scenario("use fails", true, false, false);
        scenario("close fails", false, true, false);
        scenario("use and both closes fail", true, true, true);
        System.out.println("== null resource");
        try (Res n = null) {
            System.out.println("body with null resource");
        }
        System.out.println("== constructor fails");
        try (Res a = new Res("first", false); Res b = makeFailing()) {
            System.out.println("not reached");
        } catch (IllegalArgumentException e) {
            System.out.println("caught " + e.getMessage());
        }
        System.out.println("== existing variable");
        Res outer = new Res("outer", false);
        try (outer) {
            outer.use(false);
        }
        System.out.println("== printStackTrace with suppressed");
        try (Res a = new Res("P", true)) {
            throw new IllegalStateException("primary");
        } catch (IllegalStateException e) {
            e.printStackTrace();
        }
        Throwable t = new Exception("manual");
        t.addSuppressed(new Error("s1"));
        t.addSuppressed(new Error("s2", new Exception("s2cause")));
        System.out.println(t.getSuppressed().length);
        t.printStackTrace();
        try {
            t.addSuppressed(t);
        } catch (IllegalArgumentException e) {
            System.out.println("self-suppression: " + e.getMessage());
        }
    }

    static Res makeFailing() {
        throw new IllegalArgumentException("cannot open second");
    }
}
