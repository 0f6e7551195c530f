public class Main {
    static int log(String s) {
        System.out.println(s);
        return s.length();
    }

    interface NoDefaults {
        int X = log("NoDefaults initialized");
        void m();
    }

    interface WithDefault {
        int Y = log("WithDefault initialized");
        default void d() {}
    }

    interface SubOfWithDefault extends WithDefault {
        int Z = log("SubOfWithDefault initialized");
    }

    static class Impl implements NoDefaults, SubOfWithDefault {
        static { log("Impl initialized"); }
        public void m() { log("Impl.m"); }
    }

    interface Consts {
        int A = 1;                          // constant, no init needed
        String S = "s" + A;                 // constant expression
        Object O = log("Consts initialized");
    }

    public static void main(String[] args) {
        log("start");
        Impl i = new Impl();
        i.m();
        log("X " + NoDefaults.X);
        log("A " + Consts.A + " S " + Consts.S);
        log("O " + Consts.O);
        log("Z " + SubOfWithDefault.Z);
    }
}
