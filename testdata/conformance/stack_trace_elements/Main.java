public class Main {
    static class Inner {
        Inner() {
            trace("constructor");
        }

        void method() {
            trace("inner method");
        }
    }

    static void trace(String label) {
        StackTraceElement[] st = new Throwable().getStackTrace();
        StringBuilder sb = new StringBuilder(label + ":");
        for (int i = 0; i < st.length; i++) {
            StackTraceElement e = st[i];
            sb.append(' ').append(e.getClassName()).append('.').append(e.getMethodName()).append('@').append(e.getLineNumber());
        }
        System.out.println(sb);
    }

    static int recurse(int n) {
        if (n == 0) {
            trace("recurse bottom");
            return 0;
        }
        return 1 + recurse(n - 1);
    }

    static Runnable anon() {
        return new Runnable() {
            public void run() { trace("anonymous run"); }
        };
    }

    static { trace("static init"); }

    public static void main(String[] args) {
        trace("main");
        new Inner().method();
        recurse(3);
        anon().run();
        StackTraceElement top = Thread.currentThread().getStackTrace()[1];
        System.out.println("currentThread frame: " + top.getMethodName() + " " + top.getLineNumber());
        try {
            Integer.parseInt("x");
        } catch (NumberFormatException e) {
            StackTraceElement[] st = e.getStackTrace();
            StackTraceElement last = st[st.length - 1];
            System.out.println("NFE bottom frame: " + last + "; top is in " + st[0].getClassName());
            boolean hasParse = false;
            for (StackTraceElement s : st) if (s.getMethodName().equals("parseInt")) hasParse = true;
            System.out.println("has parseInt frame: " + hasParse);
        }
        StackTraceElement el = new StackTraceElement("a.B", "m", "B.java", 12);
        System.out.println(el + " | " + new StackTraceElement("a.B", "m", null, -2) + " | " + new StackTraceElement("C", "n", "C.java", -1));
    }
}
