public class Main {
    boolean z;
    byte b;
    short s;
    char c;
    int i;
    long l;
    float f;
    double d;
    String str;
    int[] arr;
    Object o;

    static class Point {
        int x, y;
        Point(int x, int y) { this.x = x; this.y = y; }
        Point move(int dx, int dy) { x += dx; y += dy; return this; }
        public String toString() { return "(" + x + ", " + y + ")"; }
    }

    static class Node {
        int val;
        Node next;
        Node(int val, Node next) { this.val = val; this.next = next; }
    }

    public static void main(String[] args) {
        Main m = new Main();
        System.out.println(m.z + " " + m.b + " " + m.s + " " + (int) m.c + " " + m.i + " " + m.l + " " + m.f + " " + m.d
                + " " + m.str + " " + m.arr + " " + m.o);
        m.z = true; m.b = (byte) 300; m.s = (short) -40000; m.c = 'Q'; m.i = -7; m.l = 1L << 50;
        m.f = 2.5f; m.d = -1e-9; m.str = "set"; m.arr = new int[] {1, 2}; m.o = m.arr;
        System.out.println(m.z + " " + m.b + " " + m.s + " " + m.c + " " + m.i + " " + m.l + " " + m.f + " " + m.d
                + " " + m.str + " " + m.arr.length + " " + (m.o == m.arr));
        Point p = new Point(1, 2).move(3, 4).move(-10, 0);
        System.out.println(p + " " + p.x + " " + p.y);
        Node head = null;
        for (int k = 0; k < 10; k++) head = new Node(k * k, head);
        StringBuilder sb = new StringBuilder();
        for (Node n = head; n != null; n = n.next) sb.append(n.val).append(' ');
        System.out.println(sb.toString().trim());
        Point q = p;
        q.x = 99;
        System.out.println(p.x + " " + (p == q));
        m.i += 10;
        m.l *= 3;
        m.d /= 2;
        m.c++;
        m.b--;
        System.out.println(m.i + " " + m.l + " " + m.d + " " + m.c + " " + m.b);
    }
}
