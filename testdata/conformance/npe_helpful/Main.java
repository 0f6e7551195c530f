public class Main {
    String name;
    int[] data;
    Main next;
    static String sfield;
    static Main sinst;

    static Main make() { return null; }
    String getName() { return name; }

    interface Attempt { void run(Main m, String s, int[] arr, Object o, Integer boxed); }

    static void tryIt(String label, Attempt a) {
        try {
            a.run(null, null, null, null, null);
            System.out.println(label + ": no NPE");
        } catch (NullPointerException e) {
            System.out.println(label + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        String local = null;
        try {
            System.out.println(local.length());
        } catch (NullPointerException e) {
            System.out.println("local: " + e.getMessage());
        }
        Main m = null;
        try {
            m.name = "x";
        } catch (NullPointerException e) {
            System.out.println("putfield: " + e.getMessage());
        }
        try {
            System.out.println(m.name);
        } catch (NullPointerException e) {
            System.out.println("getfield: " + e.getMessage());
        }
        int[] arr = null;
        try {
            arr[0] = 1;
        } catch (NullPointerException e) {
            System.out.println("iastore: " + e.getMessage());
        }
        try {
            System.out.println(arr[1]);
        } catch (NullPointerException e) {
            System.out.println("iaload: " + e.getMessage());
        }
        try {
            System.out.println(arr.length);
        } catch (NullPointerException e) {
            System.out.println("arraylength: " + e.getMessage());
        }
        try {
            System.out.println(make().name);
        } catch (NullPointerException e) {
            System.out.println("return value: " + e.getMessage());
        }
        try {
            System.out.println(sfield.isEmpty());
        } catch (NullPointerException e) {
            System.out.println("static field: " + e.getMessage());
        }
        try {
            sinst = new Main();
            System.out.println(sinst.next.next);
        } catch (NullPointerException e) {
            System.out.println("field chain: " + e.getMessage());
        }
        try {
            sinst.data[2]++;
        } catch (NullPointerException e) {
            System.out.println("field array: " + e.getMessage());
        }
        try {
            System.out.println(sinst.getName().trim());
        } catch (NullPointerException e) {
            System.out.println("method result: " + e.getMessage());
        }
        Integer boxed = null;
        try {
            int v = boxed;
        } catch (NullPointerException e) {
            System.out.println("unboxing: " + e.getMessage());
        }
        RuntimeException ex = null;
        try {
            throw ex;
        } catch (NullPointerException e) {
            System.out.println("athrow: " + e.getMessage());
        }
        Object lock = null;
        try {
            synchronized (lock) {
                System.out.println("never");
            }
        } catch (NullPointerException e) {
            System.out.println("monitorenter: " + e.getMessage());
        }
        String[][] grid = new String[2][];
        try {
            grid[1][0] = "x";
        } catch (NullPointerException e) {
            System.out.println("2d: " + e.getMessage());
        }
        long[] la = null;
        double[] da = null;
        Object[] oa = null;
        try { la[0] = 1; } catch (NullPointerException e) { System.out.println("lastore: " + e.getMessage()); }
        try { System.out.println(da[0]); } catch (NullPointerException e) { System.out.println("daload: " + e.getMessage()); }
        try { System.out.println(oa[0]); } catch (NullPointerException e) { System.out.println("aaload: " + e.getMessage()); }
        tryIt("lambda-like param", new Attempt() {
            public void run(Main mm, String s, int[] a, Object o, Integer b) { s.length(); }
        });
        tryIt("param field", new Attempt() {
            public void run(Main mm, String s, int[] a, Object o, Integer b) { mm.data = a; }
        });
        tryIt("param toString", new Attempt() {
            public void run(Main mm, String s, int[] a, Object o, Integer b) { o.toString(); }
        });
        tryIt("param unbox", new Attempt() {
            public void run(Main mm, String s, int[] a, Object o, Integer b) { int x = b + 1; }
        });
        NullPointerException explicit = new NullPointerException();
        System.out.println("explicit: " + explicit.getMessage());
        System.out.println("explicit with message: " + new NullPointerException("custom").getMessage());
        try {
            java.util.Objects.requireNonNull(null, "must not be null");
        } catch (NullPointerException e) {
            System.out.println("requireNonNull: " + e.getMessage());
        }
        try {
            "abc".contains(null);
        } catch (NullPointerException e) {
            System.out.println("inside JDK: " + (e.getMessage() != null));
        }
    }
}
