public class Main {
    static class Shape implements Cloneable {
        String name() { return "shape"; }
        Shape copy() { return new Shape(); }
        Object self() { return this; }
        @Override protected Shape clone() {
            try {
                return (Shape) super.clone();
            } catch (CloneNotSupportedException e) {
                throw new AssertionError(e);
            }
        }
    }

    static class Circle extends Shape {
        double r = 1.5;
        @Override String name() { return "circle"; }
        @Override Circle copy() { Circle c = new Circle(); c.r = r * 2; return c; }
        @Override Circle self() { return this; }
        @Override protected Circle clone() { return (Circle) super.clone(); }
    }

    interface Source { Number next(); }

    static class IntSource implements Source {
        int n;
        public Integer next() { return ++n; }
    }

    public static void main(String[] args) {
        Circle c = new Circle();
        Circle c2 = c.copy();
        Shape s = c;
        Shape s2 = s.copy();
        System.out.println(c2.name() + " " + c2.r + " " + s2.name() + " " + ((Circle) s2).r);
        System.out.println(c.self().r + " " + (s.self() == c));
        Circle cl = c.clone();
        cl.r = 9;
        System.out.println(c.r + " " + cl.r + " " + (cl != c));
        IntSource src = new IntSource();
        Source gen = src;
        gen.next();
        Integer i = src.next();
        Number n = gen.next();
        System.out.println(i + " " + n + " " + n.getClass().getSimpleName());
        int covariantBridges = 0;
        for (java.lang.reflect.Method m : Circle.class.getDeclaredMethods()) if (m.isBridge()) covariantBridges++;
        System.out.println("bridges: " + covariantBridges);
    }
}
