package app;

import lib.Greeter;
import lib.Stats;

public class Main {
    public static void main(String[] args) {
        Greeter g = new Greeter("jar");
        System.out.println(g.greet());
        System.out.println("args " + args.length + " " + String.join(",", args));
        System.out.println("mean " + Stats.mean(new int[] {3, 4, 8}));
        System.out.println("class path " + System.getProperty("java.class.path"));
        System.out.println("main class " + Main.class.getName() + ", lib class " + Greeter.class.getName());
        System.out.println("same loader " + (Main.class.getClassLoader() == Greeter.class.getClassLoader()));
        try {
            Class.forName("app.Missing");
        } catch (ClassNotFoundException e) {
            System.out.println("CNFE " + e.getMessage());
        }
    }
}
