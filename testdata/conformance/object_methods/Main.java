import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

public class Main {
    static final class Point implements Cloneable {
        final int x, y;
        Point(int x, int y) { this.x = x; this.y = y; }
        @Override public boolean equals(Object o) {
            if (this == o) return true;
            if (!(o instanceof Point)) return false;
            Point p = (Point) o;
            return x == p.x && y == p.y;
        }
        @Override public int hashCode() { return Objects.hash(x, y); }
        @Override public String toString() { return "Point[" + x + "," + y + "]"; }
        @Override public Point clone() {
            try {
                return (Point) super.clone();
            } catch (CloneNotSupportedException e) {
                throw new AssertionError();
            }
        }
    }

    static class NotCloneable {
        Object tryClone() throws CloneNotSupportedException { return super.clone(); }
    }

    static class Deep implements Cloneable {
        int[] data = {1, 2, 3};
        Deep shallow() throws CloneNotSupportedException { return (Deep) super.clone(); }
    }

    public static void main(String[] args) throws Exception {
        Point a = new Point(1, 2), b = new Point(1, 2), c = new Point(2, 1);
        System.out.println(a.equals(b) + " " + (a == b) + " " + a.equals(c) + " " + a.equals(null) + " " + a.equals("Point[1,2]"));
        System.out.println(a.hashCode() + " " + b.hashCode() + " " + c.hashCode() + " " + Objects.hash() + " " + Objects.hash((Object) null) + " " + Objects.hashCode(null));
        Set<Point> set = new HashSet<>();
        set.add(a);
        set.add(b);
        set.add(c);
        System.out.println(set.size() + " " + set.contains(new Point(2, 1)));
        Map<Point, String> names = new HashMap<>();
        for (int i = 0; i < 5; i++) for (int j = 0; j < 3; j++) names.put(new Point(i, j), i + "/" + j);
        System.out.println(names.get(new Point(3, 2)) + " " + names.size() + " " + names);
        Point p = a.clone();
        System.out.println(p + " " + (p != a) + " " + p.equals(a) + " " + (p.getClass() == Point.class));
        try {
            new NotCloneable().tryClone();
        } catch (CloneNotSupportedException e) {
            System.out.println("CloneNotSupportedException: " + e.getMessage());
        }
        Deep d = new Deep();
        Deep s = d.shallow();
        s.data[0] = 99;
        System.out.println("shallow clone shares array: " + d.data[0]);
        int[] arr = {1, 2};
        int[] arrClone = arr.clone();
        System.out.println(arr.equals(arrClone) + " " + java.util.Arrays.equals(arr, arrClone));
        System.out.println(Objects.equals(null, null) + " " + Objects.equals(a, b) + " " + Objects.toString(null, "dflt") + " " + Objects.requireNonNullElse(null, "else")
                + " " + Objects.isNull(null) + " " + Objects.compare("a", "b", String.CASE_INSENSITIVE_ORDER) + " " + Objects.checkIndex(2, 3));
        try {
            Objects.checkIndex(3, 3);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
        try {
            Objects.requireNonNull(null);
        } catch (NullPointerException e) {
            System.out.println("requireNonNull: " + e.getMessage());
        }
        Object o = new Object();
        System.out.println(o.equals(o) + " " + (o.hashCode() == o.hashCode()) + " " + o.getClass().getName() + " " + o.toString().startsWith("java.lang.Object@"));
    }
}
