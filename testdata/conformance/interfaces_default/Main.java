public class Main {
    interface Greeter {
        String name();
        default String greet() { return "Hello, " + decorate(name()); }
        private String decorate(String s) { return "*" + s + "*"; }
        static Greeter of(final String n) {
            return new Greeter() {
                public String name() { return n; }
            };
        }
    }

    interface Loud extends Greeter {
        @Override
        default String greet() { return Greeter.super.greet().toUpperCase() + "!"; }
    }

    interface A { default String who() { return "A"; } }
    interface B { default String who() { return "B"; } }

    static class AB implements A, B {
        public String who() { return A.super.who() + B.super.who() + "!"; }
    }

    static class Person implements Loud {
        public String name() { return "person"; }
    }

    static class Quiet implements Greeter {
        public String name() { return "quiet"; }
        public String greet() { return "(" + name() + ")"; }
    }

    interface Shape {
        double PI_ISH = 3.0;
        double area();
        default String describe() { return getClass().getSimpleName() + " area " + area(); }
    }

    static class Sq implements Shape {
        final double s;
        Sq(double s) { this.s = s; }
        public double area() { return s * s; }
    }

    static class Circ implements Shape {
        final double r;
        Circ(double r) { this.r = r; }
        public double area() { return PI_ISH * r * r; }
        public String describe() { return "round " + Shape.super.describe(); }
    }

    interface Counter {
        int next();
        static int sum(Counter c, int n) {
            int s = 0;
            for (int i = 0; i < n; i++) s += c.next();
            return s;
        }
    }

    public static void main(String[] args) {
        System.out.println(Greeter.of("bob").greet());
        System.out.println(new Person().greet());
        System.out.println(new Quiet().greet());
        System.out.println(new AB().who());
        Shape[] shapes = {new Sq(2), new Circ(1.5)};
        for (Shape s : shapes) System.out.println(s.describe());
        Counter c = new Counter() {
            int n;
            public int next() { return n += 2; }
        };
        System.out.println(Counter.sum(c, 10));
        Greeter g = new Person();
        System.out.println((g instanceof Loud) + " " + (g instanceof Greeter) + " " + Shape.PI_ISH);
    }
}
