public class Main {
    static void log(String s) { System.out.println(s); }

    static class Holder {
        static { log("Holder initialized"); }
        static final int CONST = 5;
        static final String SCONST = "constant";
        static final Integer BOXED = 6; // not a compile-time constant
        static int plain = 7;
        static void touch() { log("Holder.touch"); }
    }

    static class Parent {
        static { log("Parent initialized"); }
        static int pfield = 1;
    }

    static class Child extends Parent {
        static { log("Child initialized"); }
        static int cfield = 2;
    }

    static class ViaNew {
        static { log("ViaNew initialized"); }
    }

    static class ViaArray {
        static { log("ViaArray initialized (must not happen)"); }
    }

    static class ViaForName {
        static { log("ViaForName initialized"); }
    }

    static class ViaClassLiteral {
        static { log("ViaClassLiteral initialized (must not happen)"); }
    }

    static class Recursive {
        static int a = Recursive2.b + 1;
        static { log("Recursive initialized a=" + a); }
    }

    static class Recursive2 {
        static int b = Recursive.a + 10;
        static { log("Recursive2 initialized b=" + b); }
    }

    public static void main(String[] args) throws Exception {
        log("start");
        log("CONST " + Holder.CONST + " " + Holder.SCONST);
        log("BOXED " + Holder.BOXED);
        log("plain " + Holder.plain);
        Holder.touch();
        log("Child.pfield " + Child.pfield);
        log("Child.cfield " + Child.cfield);
        ViaArray[] arr = new ViaArray[3];
        log("array made " + arr.length);
        Class<?> lit = ViaClassLiteral.class;
        log("literal " + lit.getSimpleName());
        new ViaNew();
        new ViaNew();
        Class.forName("Main$ViaForName");
        Class.forName("Main$ViaForName");
        Class<?> noInit = Class.forName("Main$ViaClassLiteral", false, Main.class.getClassLoader());
        log("forName without init " + noInit.getSimpleName());
        log("Recursive.a " + Recursive.a + " Recursive2.b " + Recursive2.b);
    }
}
