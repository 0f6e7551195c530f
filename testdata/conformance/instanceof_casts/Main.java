import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

public class Main {
    interface Flier {}
    static class Bird implements Flier {}
    static class Penguin extends Bird {}

    static String check(Object o) {
        StringBuilder sb = new StringBuilder();
        sb.append(o instanceof Object ? "O" : "-");
        sb.append(o instanceof Flier ? "F" : "-");
        sb.append(o instanceof Bird ? "B" : "-");
        sb.append(o instanceof Penguin ? "P" : "-");
        sb.append(o instanceof String ? "S" : "-");
        sb.append(o instanceof Comparable ? "C" : "-");
        sb.append(o instanceof Serializable ? "Z" : "-");
        sb.append(o instanceof Object[] ? "A" : "-");
        sb.append(o instanceof int[] ? "I" : "-");
        sb.append(o instanceof Cloneable ? "K" : "-");
        sb.append(o instanceof Bird[] ? "b" : "-");
        sb.append(o instanceof Flier[] ? "f" : "-");
        sb.append(o instanceof Number ? "N" : "-");
        return sb.toString();
    }

    static String pattern(Object o) {
        if (o instanceof String s && s.length() > 2) return "long string " + s.toUpperCase();
        if (o instanceof String s) return "short string " + s;
        if (o instanceof Integer i) return "int " + (i + 1);
        if (!(o instanceof Number n)) return "not a number";
        return "number " + n.doubleValue();
    }

    public static void main(String[] args) {
        Object[] things = {null, new Object(), new Bird(), new Penguin(), "str", 42, new int[1], new Bird[1],
                new Penguin[1], new Object[1], new String[1], new int[1][1], new ArrayList<String>(), 3.5};
        for (Object o : things) {
            String name = o == null ? "null" : o.getClass().getName();
            System.out.println(name + " " + check(o));
        }
        Object o = new Penguin();
        Bird b = (Bird) o;
        Flier f = (Flier) o;
        Object[] arr = new Penguin[2];
        Bird[] birds = (Bird[]) arr;
        Object nul = null;
        String fromNull = (String) nul;
        System.out.println((b == f) + " " + birds.length + " " + fromNull);
        for (Object x : new Object[] {"hi", "hello", 7, 2.5f, new Object(), null}) System.out.println(pattern(x));
        List<?> l = new ArrayList<Integer>();
        System.out.println((l instanceof ArrayList<?>) + " " + Flier.class.isInstance(b) + " "
                + Bird.class.isAssignableFrom(Penguin.class) + " " + Penguin.class.isAssignableFrom(Bird.class)
                + " " + Object[].class.isAssignableFrom(String[].class) + " " + int[].class.isAssignableFrom(Object.class));
        Object cast = Bird.class.cast(o);
        System.out.println(cast == o);
    }
}
