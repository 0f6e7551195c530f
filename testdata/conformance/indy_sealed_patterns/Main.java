import java.util.*;
import java.util.function.*;

// Sealed interfaces and classes (records, final, non-sealed subclasses) with pattern-matching
// instanceof: binding variables with && conditions, negated patterns, scoping in if/else and
// loops, patterns on generic types, and reflection (isSealed, getPermittedSubclasses).
public class Main {
    sealed interface Shape permits Circle, Square, Rect, Poly {}
    record Circle(double r) implements Shape {}
    record Square(double side) implements Shape {}
    record Rect(double w, double h) implements Shape {}
    static non-sealed class Poly implements Shape {
        final int sides;
        Poly(int sides) { this.sides = sides; }
        @Override public String toString() { return "Poly(" + sides + ")"; }
    }
    static final class Hexagon extends Poly {
        Hexagon() { super(6); }
        @Override public String toString() { return "Hexagon"; }
    }

    sealed interface Expr permits Num, Add, Mul, Neg {}
    record Num(int v) implements Expr {}
    record Add(Expr l, Expr r) implements Expr {}
    record Mul(Expr l, Expr r) implements Expr {}
    record Neg(Expr e) implements Expr {}

    static abstract sealed class Vehicle permits Car, Truck {}
    static final class Car extends Vehicle { final int seats; Car(int s) { seats = s; } }
    static final class Truck extends Vehicle { final double load; Truck(double l) { load = l; } }

    static String classify(Shape s) {
        if (s instanceof Circle c && c.r() > 1) {
            return "big circle r=" + c.r();
        } else if (s instanceof Circle c) {
            return "small circle r=" + c.r();
        } else if (s instanceof Square sq && sq.side() == 0) {
            return "degenerate square";
        } else if (s instanceof Square sq) {
            return "square side=" + sq.side();
        } else if (s instanceof Rect r && r.w() == r.h()) {
            return "square-ish rect " + r.w();
        } else if (s instanceof Rect r) {
            return "rect " + r.w() + "x" + r.h();
        } else if (s instanceof Hexagon h) {
            return "hexagon " + h.sides;
        } else if (s instanceof Poly p) {
            return "poly with " + p.sides + " sides";
        }
        return "unknown";
    }

    static double area(Shape s) {
        if (!(s instanceof Circle c)) {
            if (s instanceof Square q) return q.side() * q.side();
            if (s instanceof Rect r) return r.w() * r.h();
            return -1;
        }
        return Math.round(Math.PI * c.r() * c.r() * 1000) / 1000.0;  // c in scope here
    }

    static int eval(Expr e) {
        if (e instanceof Num n) return n.v();
        if (e instanceof Add a) return eval(a.l()) + eval(a.r());
        if (e instanceof Mul m) return eval(m.l()) * eval(m.r());
        if (e instanceof Neg ng) return -eval(ng.e());
        throw new IllegalStateException();
    }

    static String show(Expr e) {
        if (e instanceof Num n) return n.v() < 0 ? "(" + n.v() + ")" : String.valueOf(n.v());
        if (e instanceof Add a) return "(" + show(a.l()) + " + " + show(a.r()) + ")";
        if (e instanceof Mul m) return show(m.l()) + " * " + show(m.r());
        if (e instanceof Neg ng) return "-" + show(ng.e());
        return "?";
    }

    static Expr simplify(Expr e) {
        if (e instanceof Add a && a.l() instanceof Num l && l.v() == 0) return simplify(a.r());
        if (e instanceof Add a && a.r() instanceof Num r && r.v() == 0) return simplify(a.l());
        if (e instanceof Mul m && m.l() instanceof Num l && l.v() == 1) return simplify(m.r());
        if (e instanceof Mul m && (m.l() instanceof Num l && l.v() == 0 || m.r() instanceof Num r && r.v() == 0)) return new Num(0);
        if (e instanceof Neg n && n.e() instanceof Neg inner) return simplify(inner.e());
        if (e instanceof Add a) return new Add(simplify(a.l()), simplify(a.r()));
        if (e instanceof Mul m) return new Mul(simplify(m.l()), simplify(m.r()));
        if (e instanceof Neg n) return new Neg(simplify(n.e()));
        return e;
    }

    static String vehicle(Vehicle v) {
        return v instanceof Car c ? "car seats " + c.seats : v instanceof Truck t ? "truck load " + t.load : "?";
    }

    public static void main(String[] args) {
        List<Shape> shapes = List.of(new Circle(2), new Circle(0.5), new Square(0), new Square(3), new Rect(2, 2), new Rect(1, 4), new Poly(5), new Hexagon());
        for (Shape s : shapes) {
            System.out.println(s + " -> " + classify(s) + " | area " + area(s));
        }
        Expr e = new Add(new Mul(new Num(3), new Num(4)), new Neg(new Add(new Num(-2), new Num(7))));
        System.out.println(show(e) + " = " + eval(e));
        Expr messy = new Add(new Num(0), new Mul(new Num(1), new Neg(new Neg(new Add(new Num(5), new Num(0))))));
        Expr simple = simplify(messy);
        System.out.println("simplify " + show(messy) + " => " + show(simple) + " = " + eval(simple) + " record " + simple);
        System.out.println("zero " + show(simplify(new Mul(new Num(9), new Num(0)))));
        System.out.println("equal trees " + simplify(messy).equals(new Num(5)) + " " + e.equals(new Add(new Mul(new Num(3), new Num(4)), new Neg(new Add(new Num(-2), new Num(7))))));

        for (Vehicle v : List.of(new Car(4), new Truck(12.5), new Car(2))) {
            System.out.println(vehicle(v));
        }

        Object[] things = {"text", 42, 3.5, 'c', List.of(1, 2), new int[] {1, 2, 3}, null, new Circle(1), Optional.of("x")};
        for (Object o : things) {
            String d;
            if (o instanceof String s && !s.isEmpty()) d = "String len " + s.length();
            else if (o instanceof Integer i && i > 40) d = "big Integer " + (i + 1);
            else if (o instanceof Number num) d = "Number " + num.doubleValue();
            else if (o instanceof Character ch) d = "Character " + Character.toUpperCase(ch);
            else if (o instanceof List<?> l) d = "List size " + l.size();
            else if (o instanceof int[] arr) d = "int[] sum " + Arrays.stream(arr).sum();
            else if (o instanceof Shape sh) d = "Shape " + classify(sh);
            else if (o instanceof Optional<?> opt && opt.isPresent()) d = "Optional " + opt.get();
            else d = "other " + o;
            System.out.println(d);
        }
        Predicate<Object> bigCircle = o -> o instanceof Circle c && c.r() >= 2;
        Function<Shape, Double> radiusOrZero = s -> s instanceof Circle c ? c.r() : 0.0;
        System.out.println("lambda patterns " + bigCircle.test(new Circle(3)) + " " + bigCircle.test(new Circle(1)) + " " + bigCircle.test("x")
                + " " + radiusOrZero.apply(new Circle(1.5)) + " " + radiusOrZero.apply(new Square(1)));

        System.out.println("isSealed " + Shape.class.isSealed() + " " + Expr.class.isSealed() + " " + Vehicle.class.isSealed() + " " + Poly.class.isSealed() + " " + Circle.class.isSealed());
        for (Class<?> c : new Class<?>[] {Shape.class, Expr.class, Vehicle.class}) {
            StringBuilder sb = new StringBuilder();
            for (Class<?> sub : c.getPermittedSubclasses()) sb.append(sub.getSimpleName()).append(' ');
            System.out.println("permits " + c.getSimpleName() + ": " + sb.toString().trim());
        }
        System.out.println("non-sealed permitted " + (Poly.class.getPermittedSubclasses() == null));
    }
}
