public class Main {
    static StringBuilder log = new StringBuilder();

    static void log(String s) {
        System.out.println(s);
    }

    static class Base {
        static { log("Base static init"); }
        static int baseStatic = value("Base.baseStatic");
        int baseField = value("Base.baseField");
        { log("Base instance block"); }

        Base() {
            log("Base constructor, describe() = " + describe());
        }

        String describe() { return "base"; }
    }

    static class Derived extends Base {
        static { log("Derived static init"); }
        static int derivedStatic = value("Derived.derivedStatic");
        int derivedField = value("Derived.derivedField");
        String name = "derived";
        { log("Derived instance block"); }

        Derived() {
            super();
            log("Derived constructor, name = " + name);
        }

        Derived(String n) {
            this();
            name = n;
            log("Derived(String) constructor, name = " + name);
        }

        @Override
        String describe() { return "derived(name=" + name + ", derivedField=" + derivedField + ")"; }
    }

    static class Lazy {
        static { log("Lazy static init"); }
        static final int CONST = 7;
        static int nonConst = 8;
    }

    static int value(String s) {
        log("init " + s);
        return s.length();
    }

    public static void main(String[] args) {
        log("main start");
        new Derived();
        log("---");
        new Derived("custom");
        log("---");
        log("Lazy.CONST = " + Lazy.CONST);
        log("Lazy.nonConst = " + Lazy.nonConst);
        log("Derived.baseStatic via subclass = " + Derived.baseStatic);
    }
}
