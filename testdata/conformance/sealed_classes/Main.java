public class Main {
    sealed interface Shape permits Circle, Square, Poly {}

    static final class Circle implements Shape {
        final double r;
        Circle(double r) { this.r = r; }
    }

    static final class Square implements Shape {
        final double side;
        Square(double side) { this.side = side; }
    }

    static non-sealed class Poly implements Shape {
        int sides() { return 0; }
    }

    static class Triangle extends Poly {
        int sides() { return 3; }
    }

    static abstract sealed class Vehicle permits Car, Bike {
        abstract int wheels();
    }

    static final class Car extends Vehicle { int wheels() { return 4; } }
    static final class Bike extends Vehicle { int wheels() { return 2; } }

    static String describe(Shape s) {
        if (s instanceof Circle c) return "circle r=" + c.r;
        if (s instanceof Square q) return "square side=" + q.side;
        if (s instanceof Poly p) return "poly sides=" + p.sides();
        throw new IllegalStateException();
    }

    public static void main(String[] args) {
        Shape[] shapes = {new Circle(1), new Square(2), new Poly(), new Triangle()};
        for (Shape s : shapes) System.out.println(describe(s));
        Vehicle[] vs = {new Car(), new Bike()};
        int w = 0;
        for (Vehicle v : vs) w += v.wheels();
        System.out.println("wheels " + w);
        System.out.println(Shape.class.isSealed() + " " + Poly.class.isSealed() + " " + Vehicle.class.isSealed());
        Class<?>[] permitted = Shape.class.getPermittedSubclasses();
        for (Class<?> c : permitted) System.out.print(c.getSimpleName() + " ");
        System.out.println();
    }
}
