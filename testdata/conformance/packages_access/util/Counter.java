package util;

public class Counter {
    private static int created;
    private int total;

    public Counter() { created++; }

    public Counter add(int n) {
        total += n;
        return this;
    }

    public static int created() { return created; }

    @Override
    public String toString() { return "Counter(" + total + ")"; }
}
