package cfe;

/** An interface: constant fields and abstract, default, static and private methods. */
public interface Iface {
    int A = 1;
    String NAME = "iface";

    void abstractMethod();

    default int defaultMethod() {
        return helper() + A;
    }

    static Iface make() {
        return null;
    }

    private int helper() {
        return 2;
    }
}
