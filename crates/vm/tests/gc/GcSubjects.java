// Objects for the collector tests (tests/collector.rs): made, linked and read from Java, while
// the Rust side runs collections and looks at where the objects are.
public class GcSubjects {
    public static final class Node {
        public int value;
        public Node next;

        public Node(int value) {
            this.value = value;
        }
    }

    public static int[] numbers(int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i * 7;
        }
        return a;
    }

    public static Object[] holder(int n) {
        return new Object[n];
    }

    public static Node node(int value) {
        return new Node(value);
    }

    /** Stores a new (young) array into `into[i]` with aastore only. */
    public static void storeByAastore(Object[] into, int i) {
        into[i] = new int[] {42, i};
    }

    /** Links a new (young) node from `into` with putfield only. */
    public static void storeByPutfield(Node into) {
        into.next = new Node(into.value + 1);
    }

    /** Copies new (young) arrays into `into[0..2]` with System.arraycopy only. */
    public static void storeByArraycopy(Object[] into) {
        Object[] young = {new int[] {1, 1}, new int[] {2, 2}};
        System.arraycopy(young, 0, into, 0, 2);
    }

    public static int first(Object[] from, int i) {
        return ((int[]) from[i])[0];
    }

    public static int second(Object[] from, int i) {
        return ((int[]) from[i])[1];
    }

    public static int nextValue(Node node) {
        return node.next.value;
    }

    public static java.lang.ref.WeakReference<Object> weakToGarbage() {
        return new java.lang.ref.WeakReference<>(new int[8]);
    }

    public static java.lang.ref.WeakReference<Object> weakTo(Object o) {
        return new java.lang.ref.WeakReference<>(o);
    }

    public static boolean cleared(java.lang.ref.WeakReference<Object> w) {
        return w.get() == null;
    }
}
