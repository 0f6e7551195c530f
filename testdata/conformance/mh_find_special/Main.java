import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedList;
import java.util.List;

// findSpecial (super calls that bypass an override), findVirtual through interfaces, and
// private methods through a full-privilege lookup.
public class Main {
    static class Base {
        String who() { return "Base.who"; }
        String greet(String n) { return "Base greets " + n; }
        public String toString() { return "Base.toString"; }
    }

    static class Mid extends Base {
        String who() { return "Mid.who"; }
        String greet(String n) { return "Mid greets " + n; }
    }

    static class Leaf extends Mid {
        String who() { return "Leaf.who"; }
        public String toString() { return "Leaf.toString"; }

        static MethodHandle superWho() throws Exception {
            return MethodHandles.lookup().findSpecial(Mid.class, "who", MethodType.methodType(String.class), Leaf.class);
        }
        static MethodHandle baseWho() throws Exception {
            return MethodHandles.lookup().findSpecial(Base.class, "who", MethodType.methodType(String.class), Leaf.class);
        }
        static MethodHandle superToString() throws Exception {
            return MethodHandles.lookup().findSpecial(Mid.class, "toString", MethodType.methodType(String.class), Leaf.class);
        }
        static MethodHandle objToString() throws Exception {
            return MethodHandles.lookup().findSpecial(Object.class, "toString", MethodType.methodType(String.class), Leaf.class);
        }
        private String secret(int x) { return "Leaf secret " + x; }
    }

    interface Shape {
        double area();
        default String kind() { return "shape"; }
    }

    static class Square implements Shape {
        final double s;
        Square(double s) { this.s = s; }
        public double area() { return s * s; }
        public String kind() { return "square(" + Shape.super.kind() + ")"; }
    }

    static class Circle implements Shape {
        public double area() { return 3.0; }
    }

    private static String hidden(String s) { return "hidden:" + s; }
    private int priv = 11;
    private int privInc(int d) { priv += d; return priv; }

    // messages about the unnamed module contain its identity hash code: mask it
    static String msg(Throwable e) {
        return e.getClass().getName() + ": " + String.valueOf(e.getMessage()).replaceAll("@[0-9a-f]+", "@<hash>");
    }

    public static void main(String[] args) throws Throwable {
        MethodHandles.Lookup l = MethodHandles.lookup();
        Leaf leaf = new Leaf();
        MethodHandle virt = l.findVirtual(Base.class, "who", MethodType.methodType(String.class));
        System.out.println("virtual on Leaf: " + (String) virt.invokeExact((Base) leaf));
        System.out.println("virtual on Mid: " + (String) virt.invokeExact((Base) new Mid()));

        MethodHandle sw = Leaf.superWho();
        System.out.println(sw + " -> " + (String) sw.invokeExact(leaf));
        MethodHandle bw = Leaf.baseWho();
        System.out.println(bw + " -> " + (String) bw.invokeExact(leaf));
        MethodHandle st = Leaf.superToString();
        System.out.println(st + " -> " + (String) st.invokeExact(leaf));
        MethodHandle ots = Leaf.objToString();
        System.out.println(ots + " -> " + (String) ots.invokeExact(leaf));

        // specialCaller must be the lookup class (or it needs PRIVATE access)
        try {
            l.findSpecial(Base.class, "who", MethodType.methodType(String.class), Leaf.class);
        } catch (IllegalAccessException e) {
            System.out.println(msg(e));
        }
        MethodHandle viaIn = l.in(Leaf.class).findSpecial(Base.class, "who", MethodType.methodType(String.class), Leaf.class);
        System.out.println("via in(Leaf): " + (String) viaIn.invokeExact(leaf));
        // findSpecial with a receiver that is not the special caller type
        try {
            Object r = viaIn.invoke((Object) new Mid());
            System.out.println("unexpected " + r);
        } catch (ClassCastException e) {
            System.out.println(msg(e));
        }
        // findSpecial of a constructor name is rejected
        try {
            l.findSpecial(Main.class, "<init>", MethodType.methodType(void.class), Main.class);
        } catch (NoSuchMethodException e) {
            System.out.println(msg(e));
        }

        // interfaces
        MethodHandle size = l.findVirtual(List.class, "size", MethodType.methodType(int.class));
        System.out.println(size);
        ArrayList<String> al = new ArrayList<>();
        al.add("a"); al.add("b"); al.add("c");
        LinkedList<String> ll = new LinkedList<>();
        ll.add("x");
        System.out.println("List.size(ArrayList) = " + (int) size.invokeExact((List) al));
        System.out.println("List.size(LinkedList) = " + (int) size.invokeExact((List) ll));
        System.out.println("List.size via invoke(ArrayList) = " + size.invoke(al));
        MethodHandle isEmpty = l.findVirtual(Collection.class, "isEmpty", MethodType.methodType(boolean.class));
        System.out.println("Collection.isEmpty: " + (boolean) isEmpty.invokeExact((Collection) al) + " " + isEmpty.invoke(new ArrayList<Object>()));
        MethodHandle cs = l.findVirtual(CharSequence.class, "length", MethodType.methodType(int.class));
        System.out.println("CharSequence.length: " + cs.invoke("hello") + " " + cs.invoke(new StringBuilder("ab")));
        MethodHandle cmp = l.findVirtual(Comparable.class, "compareTo", MethodType.methodType(int.class, Object.class));
        System.out.println(cmp + " -> " + cmp.invoke("b", "a") + " " + cmp.invoke(Integer.valueOf(1), Integer.valueOf(5)));
        MethodHandle area = l.findVirtual(Shape.class, "area", MethodType.methodType(double.class));
        MethodHandle kind = l.findVirtual(Shape.class, "kind", MethodType.methodType(String.class));
        Shape[] shapes = { new Square(2.5), new Circle() };
        for (Shape sh : shapes) {
            System.out.println("area=" + (double) area.invokeExact(sh) + " kind=" + (String) kind.invokeExact(sh));
        }
        try {
            Object r = size.invoke("not a list");
            System.out.println("unexpected " + r);
        } catch (ClassCastException e) {
            System.out.println(msg(e));
        }
        try {
            Object r = area.invoke((Object) null);
            System.out.println("unexpected " + r);
        } catch (NullPointerException e) {
            System.out.println(e.getClass().getName());
        }

        // private members with the full-privilege lookup
        MethodHandle hid = l.findStatic(Main.class, "hidden", MethodType.methodType(String.class, String.class));
        System.out.println(hid + " -> " + (String) hid.invokeExact("ok"));
        MethodHandle pinc = l.findVirtual(Main.class, "privInc", MethodType.methodType(int.class, int.class));
        Main m = new Main();
        System.out.println(pinc + " -> " + (int) pinc.invokeExact(m, 4) + " " + (int) pinc.invokeExact(m, 5));
        MethodHandle sec = l.findVirtual(Leaf.class, "secret", MethodType.methodType(String.class, int.class));
        System.out.println(sec + " -> " + (String) sec.invokeExact(leaf, 3));
        try {
            l.findSpecial(Leaf.class, "secret", MethodType.methodType(String.class, int.class), Leaf.class);
        } catch (IllegalAccessException e) {
            System.out.println(msg(e));
        }
        MethodHandle secSpecial = l.in(Leaf.class).findSpecial(Leaf.class, "secret", MethodType.methodType(String.class, int.class), Leaf.class);
        System.out.println("private via findSpecial: " + (String) secSpecial.invokeExact(leaf, 4));
        try {
            MethodHandles.publicLookup().findStatic(Main.class, "hidden", MethodType.methodType(String.class, String.class));
        } catch (IllegalAccessException e) {
            System.out.println(msg(e));
        }
        try {
            l.dropLookupMode(MethodHandles.Lookup.PRIVATE).findVirtual(Main.class, "privInc", MethodType.methodType(int.class, int.class));
        } catch (IllegalAccessException e) {
            System.out.println(msg(e));
        }
    }
}
