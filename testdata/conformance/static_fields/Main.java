public class Main {
    static int counter;
    static long total = 100;
    static final String NAME = "static";
    static String computed = NAME + "-" + 42;
    static int[] table = new int[5];
    static Main instance;

    static {
        for (int i = 0; i < table.length; i++) table[i] = i * 10;
        instance = new Main();
    }

    int id;

    Main() {
        id = ++counter;
    }

    static class Registry {
        static int registered;
        static String last;
        static void register(String s) {
            registered++;
            last = s;
        }
    }

    static int bump() { return counter += 5; }

    public static void main(String[] args) {
        System.out.println(counter + " " + total + " " + NAME + " " + computed + " " + instance.id);
        for (int v : table) System.out.print(v + " ");
        System.out.println();
        new Main();
        new Main();
        System.out.println(counter + " " + bump() + " " + Main.counter);
        Registry.register("a");
        Registry.register("b");
        System.out.println(Registry.registered + " " + Registry.last);
        total <<= 3;
        total--;
        System.out.println(total);
        Main m = null;
        System.out.println("static via null ref: " + m.counter);
        table = null;
        System.out.println(table == null);
    }
}
