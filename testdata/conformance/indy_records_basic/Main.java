import java.util.*;

// Records: the toString/equals/hashCode generated through the ObjectMethods bootstrap for every
// component type (int, long, double, float, boolean, char, byte, short, String, nested record,
// null, enum, List), accessors, empty records, explicit accessor overrides, and reflection
// on record components.
public class Main {
    record Point(int x, int y) {}
    record Named(String name, double weight) {}
    record AllPrims(int i, long l, double d, float f, boolean z, char c, byte b, short s) {}
    record Line(Point from, Point to) {}
    record Empty() {}
    record Holder(Object value) {}
    enum Color { RED, GREEN }
    record Pixel(Point at, Color color, List<String> tags) {}
    record Custom(String text) {
        @Override public String text() { return text.toUpperCase(); }   // accessor override
    }
    record WithArray(int[] data) {}
    record Overriding(int a) {
        @Override public String toString() { return "Overriding[a is " + a + "]"; }
        @Override public boolean equals(Object o) { return o instanceof Overriding other && other.a % 10 == a % 10; }
        @Override public int hashCode() { return a % 10; }
    }

    public static void main(String[] args) {
        Point p = new Point(3, 4);
        Point q = new Point(3, 4);
        Point r = new Point(4, 3);
        System.out.println("toString " + p + " " + r);
        System.out.println("accessors " + p.x() + " " + p.y());
        System.out.println("equals " + p.equals(q) + " " + p.equals(r) + " " + p.equals(null) + " " + p.equals("Point[x=3, y=4]") + " same " + (p == q));
        System.out.println("hashCode " + p.hashCode() + " " + q.hashCode() + " " + r.hashCode() + " " + new Point(0, 0).hashCode() + " " + new Point(-1, Integer.MAX_VALUE).hashCode());

        Named n = new Named("iron", 7.874);
        System.out.println("named " + n + " " + n.hashCode() + " " + n.equals(new Named("iron", 7.874)) + " " + n.equals(new Named("iron", 7.875)));
        Named nul = new Named(null, 0.0);
        System.out.println("null component " + nul + " " + nul.hashCode() + " " + nul.equals(new Named(null, 0.0)) + " " + nul.equals(new Named(null, -0.0)));
        Named nan = new Named("nan", Double.NaN);
        System.out.println("NaN component " + nan + " equals itself-like " + nan.equals(new Named("nan", Double.NaN)) + " " + nan.hashCode());

        AllPrims a = new AllPrims(-1, 1L << 40, 2.5, 1.25f, true, 'x', (byte) -128, (short) 1234);
        AllPrims b = new AllPrims(-1, 1L << 40, 2.5, 1.25f, true, 'x', (byte) -128, (short) 1234);
        System.out.println("allPrims " + a);
        System.out.println("allPrims hash " + a.hashCode() + " equals " + a.equals(b));
        AllPrims c = new AllPrims(-1, 1L << 40, 2.5, 1.25f, false, 'x', (byte) -128, (short) 1234);
        System.out.println("allPrims differ " + a.equals(c) + " " + c.hashCode());
        System.out.println("fields " + a.i() + " " + a.l() + " " + a.d() + " " + a.f() + " " + a.z() + " " + a.c() + " " + a.b() + " " + a.s());

        Line line = new Line(p, r);
        System.out.println("nested " + line + " " + line.hashCode() + " " + line.equals(new Line(q, new Point(4, 3))) + " " + line.from().x());
        Empty e1 = new Empty();
        System.out.println("empty " + e1 + " " + e1.hashCode() + " " + e1.equals(new Empty()));
        Holder h = new Holder(List.of(1, 2));
        System.out.println("holder " + h + " " + h.hashCode() + " " + h.equals(new Holder(List.of(1, 2))) + " " + new Holder(null) + " " + new Holder(null).hashCode());
        Pixel px = new Pixel(new Point(1, 1), Color.GREEN, List.of("a", "b"));
        System.out.println("pixel " + px + " " + px.equals(new Pixel(new Point(1, 1), Color.GREEN, List.of("a", "b"))) + " " + px.color().ordinal());
        Custom cu = new Custom("shout");
        System.out.println("custom accessor " + cu.text() + " toString " + cu + " hash " + cu.hashCode() + " " + "shout".hashCode());
        int[] data = {1, 2};
        WithArray w1 = new WithArray(data);
        WithArray w2 = new WithArray(data);
        WithArray w3 = new WithArray(new int[] {1, 2});
        System.out.println("array component equals " + w1.equals(w2) + " " + w1.equals(w3) + " hashSame " + (w1.hashCode() == w2.hashCode()) + " data " + Arrays.toString(w1.data()));
        Overriding o1 = new Overriding(13);
        System.out.println("overriding " + o1 + " " + o1.equals(new Overriding(23)) + " " + o1.hashCode());

        Map<Point, String> map = new HashMap<>();
        map.put(new Point(1, 2), "one-two");
        map.put(new Point(2, 1), "two-one");
        map.put(new Point(1, 2), "replaced");
        System.out.println("as map key " + map.size() + " " + map.get(new Point(1, 2)) + " " + map.get(new Point(2, 1)) + " " + map.get(new Point(9, 9)));
        Set<Named> set = new HashSet<>(List.of(new Named("a", 1), new Named("a", 1.0), new Named("b", 1)));
        System.out.println("set size " + set.size() + " contains " + set.contains(new Named("b", 1)));

        System.out.println("isRecord " + Point.class.isRecord() + " " + String.class.isRecord() + " super " + Point.class.getSuperclass().getName()
                + " final " + java.lang.reflect.Modifier.isFinal(Point.class.getModifiers()));
        StringBuilder sb = new StringBuilder();
        for (var rc : AllPrims.class.getRecordComponents()) {
            sb.append(rc.getName()).append(':').append(rc.getType().getName()).append(' ');
        }
        System.out.println("components " + sb.toString().trim());
        try {
            var rc = Point.class.getRecordComponents()[1];
            System.out.println("reflective accessor " + rc.getName() + "=" + rc.getAccessor().invoke(p));
        } catch (ReflectiveOperationException ex) {
            System.out.println("reflection failed " + ex);
        }
        List<Point> pts = new ArrayList<>(List.of(new Point(2, 2), new Point(1, 5), new Point(2, 1)));
        pts.sort(Comparator.comparingInt(Point::x).thenComparingInt(Point::y));
        System.out.println("sorted " + pts);
    }
}
