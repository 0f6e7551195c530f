public class Main {
    static void check(int v) {
        if (v > 2) throw new IllegalArgumentException("value too large: " + v);
        System.out.println("checked " + v);
    }

    static void process(int[] values) {
        for (int v : values) check(v);
    }

    public static void main(String[] args) {
        System.out.println("starting");
        process(new int[] {1, 2, 3, 4});
        System.out.println("never printed");
    }
}
