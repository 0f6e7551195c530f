package sample;

import java.util.Objects;

/** Interfaces, sealed hierarchies, records, enums and annotation types. */
public sealed interface Shapes permits Shapes.Circle, Shapes.Square, Shapes.Polygon {
    double PI_ISH = 3.14;
    String NAME = "shape\t\"quoted\"\n";

    double area();

    default String describe() {
        return name() + ": " + area();
    }

    static Shapes unit() {
        return new Square(1);
    }

    private String name() {
        return getClass().getSimpleName();
    }

    record Circle(double radius) implements Shapes {
        public Circle {
            if (radius < 0) throw new IllegalArgumentException("radius " + radius);
        }

        public double area() {
            return Math.PI * radius * radius;
        }
    }

    record Square(double side) implements Shapes {
        public double area() {
            return side * side;
        }
    }

    non-sealed class Polygon implements Shapes {
        protected final int sides;

        public Polygon(int sides) {
            this.sides = sides;
        }

        public double area() {
            return sides;
        }
    }

    record Pair<A, B extends Comparable<B>>(A first, B second) {
        static <A> Pair<A, String> of(A a) {
            return new Pair<>(a, Objects.toString(a));
        }
    }

    enum Planet {
        MERCURY(3.303e+23, 2.4397e6),
        EARTH(5.976e+24, 6.37814e6) {
            @Override
            public String toString() {
                return "home";
            }
        };

        private final double mass;
        private final double radius;

        Planet(double mass, double radius) {
            this.mass = mass;
            this.radius = radius;
        }

        double surfaceGravity() {
            return 6.67300E-11 * mass / (radius * radius);
        }
    }

    enum Op {
        PLUS {
            int apply(int a, int b) {
                return a + b;
            }
        },
        TIMES {
            int apply(int a, int b) {
                return a * b;
            }
        };

        abstract int apply(int a, int b);
    }

    @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
    @java.lang.annotation.Target({java.lang.annotation.ElementType.METHOD, java.lang.annotation.ElementType.TYPE_USE})
    @interface Tag {
        String value() default "none";
        int[] numbers() default {1, 2};
        Class<?> type() default void.class;
        Op op() default Op.PLUS;
        java.lang.annotation.Retention meta() default @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.CLASS);
        byte b() default (byte) -1;
        char c() default 'q';
        boolean z() default true;
        long j() default Long.MAX_VALUE;
        float f() default 1.5e-3f;
    }
}
