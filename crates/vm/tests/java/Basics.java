public class Basics {
    static int counter = 5;
    static final String GREETING = "hello";

    interface Shape { double area(); default String kind() { return "shape"; } }
    static class Square implements Shape {
        final double side;
        Square(double side) { this.side = side; }
        public double area() { return side * side; }
        public String kind() { return "square"; }
    }
    static class Circle implements Shape {
        final double r;
        Circle(double r) { this.r = r; }
        public double area() { return 3 * r * r; }
    }
    static abstract class Animal { abstract String sound(); String speak() { return sound() + "!"; } }
    static class Dog extends Animal { String sound() { return "woof"; } }

    static int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

    static long sumArray(int n) {
        long[] a = new long[n];
        for (int i = 0; i < n; i++) a[i] = i * (long) i;
        long s = 0;
        for (long v : a) s += v;
        return s;
    }

    static int divide(int a, int b) { return a / b; }

    static int catchIt(int b) {
        try { return 10 / b; } catch (ArithmeticException e) { return -1; } finally { counter++; }
    }

    static String concat(int i, long l, char c, boolean z, Object o) {
        return "i=" + i + " l=" + l + " c=" + c + " z=" + z + " o=" + o + " " + GREETING;
    }

    static double shapes() {
        Shape[] shapes = { new Square(2), new Circle(1) };
        double total = 0;
        for (Shape s : shapes) total += s.area();
        return total + shapes[0].kind().length() * 100 + shapes[1].kind().length() * 1000;
    }

    static String dog() { return new Dog().speak(); }

    static int switches(int k) {
        switch (k) {
            case 1: return 10;
            case 2: return 20;
            case 3: return 30;
            default: break;
        }
        switch (k) {
            case 100: return 1;
            case -50000: return 2;
            case 7777777: return 3;
            default: return 0;
        }
    }

    static int multi() {
        int[][][] m = new int[3][4][5];
        m[2][3][4] = 7;
        return m.length * 100 + m[0].length * 10 + m[2][3][4];
    }

    static String sb() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 5; i++) b.append(i).append(',');
        b.setLength(b.length() - 1);
        return b.reverse().toString();
    }

    static int aioobe() {
        int[] a = new int[3];
        return a[5];
    }

    static Object cce() {
        Object o = new Object();
        return (String) o;
    }

    static Object cceApp() {
        Object o = new Dog();
        return (Square) o;
    }

    static Object arrayStore() {
        Object[] a = new String[2];
        a[0] = new Object();
        return a;
    }
}
