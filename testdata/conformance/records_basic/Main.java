// Records (toString/equals/hashCode from ObjectMethods, compact constructors) and sealed
// interfaces with pattern-matching instanceof.
public class Main {
    record Point(int x, int y) {
        Point {
            if (x < 0) {
                throw new IllegalArgumentException("x < 0: " + x);
            }
        }
    }

    record Named(String name, double weight, Point where) {}

    sealed interface Shape permits Circle, Square {}

    record Circle(double r) implements Shape {}

    record Square(double side) implements Shape {}

    static double area(Shape s) {
        if (s instanceof Circle c) {
            return Math.PI * c.r() * c.r();
        } else if (s instanceof Square q) {
            return q.side() * q.side();
        }
        return 0;
    }

    public static void main(String[] args) {
        Point p = new Point(1, 2);
        System.out.println(p);
        System.out.println(p.equals(new Point(1, 2)) + " " + p.equals(new Point(2, 1)) + " " + p.equals(null));
        System.out.println(p.hashCode() == new Point(1, 2).hashCode());
        System.out.println(p.hashCode());
        Named n = new Named("box", 2.5, p);
        System.out.println(n + " " + n.hashCode());
        System.out.println(n.equals(new Named("box", 2.5, new Point(1, 2))));
        System.out.println(new Named(null, -0.0, null));
        System.out.println(new Named(null, 0.0, null).equals(new Named(null, -0.0, null)));
        System.out.println(area(new Circle(1)) + " " + area(new Square(3)));
        try {
            new Point(-1, 0);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        System.out.println(Shape.class.isSealed() + " " + Point.class.isRecord());
    }
}
