/**
 * NullPointerExceptions in less common code shapes: inner classes, lambdas, constructors, default
 * methods, finally and catch blocks, and methods with very many locals. main prints, for each NPE
 * caught, the top frame and getMessage().
 */
public class NpeShapes {
    interface Case {
        void run() throws Exception;
    }

    interface Sized {
        default int sizeOf(String s) {
            return s.length();
        }
    }

    static class Holder implements Sized {
        final int length;

        Holder(String s) {
            length = s.length();
        }
    }

    static class Node {
        Node next;
        String name;
    }

    String outerText;
    Node node;

    class Inner {
        int outerLength() {
            return outerText.length();
        }
    }

    static void run(Case c) {
        try {
            c.run();
            System.out.println("NO-NPE");
        } catch (NullPointerException e) {
            StackTraceElement top = e.getStackTrace()[0];
            System.out.println("NPE\t" + top.getClassName() + "\t" + top.getMethodName() + "\t"
                    + top.getLineNumber() + "\t" + e.getMessage());
        } catch (Exception e) {
            System.out.println("OTHER\t" + e);
        }
    }

    public static void main(String[] args) {
        run(() -> new NpeShapes().new Inner().outerLength());
        run(() -> lambdaCapture(null));
        run(() -> new Holder(null));
        run(() -> new Holder("x").sizeOf(null));
        run(() -> compare(null, "b"));
        run(() -> varargsLength((String[]) null));
        run(() -> {
            NpeShapes s = new NpeShapes();
            s.node = new Node();
            s.instanceChain();
        });
        run(() -> switchOnBoxed(null));
        run(() -> longMatrix(new long[1][]));
        run(() -> castIndex(new String[1], 0L));
        run(() -> receiverAcrossBranch(null, true));
        run(() -> finallyBlock(null));
        run(() -> catchSeesParameter("x"));
        run(() -> multiArray());
        run(() -> interfaceFieldCall(new NpeShapes()));
        run(() -> manyParameters(0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, null));
        run(() -> wideLocals());
        run(() -> equalsOnNull(null, "x"));
        run(() -> nestedCallArguments(null));
    }

    static void lambdaCapture(String captured) {
        Runnable r = () -> captured.length();
        r.run();
    }

    static <T extends Comparable<T>> int compare(T a, T b) {
        return a.compareTo(b);
    }

    static int varargsLength(String... xs) {
        return xs.length;
    }

    int instanceChain() {
        return this.node.next.name.length();
    }

    static int switchOnBoxed(Integer boxed) {
        switch (boxed) {
            case 1:
                return 10;
            default:
                return 0;
        }
    }

    static long longMatrix(long[][] m) {
        return m[0][0] + 1;
    }

    static int castIndex(String[] a, long l) {
        return a[(int) l].length();
    }

    int take(int x) {
        return x;
    }

    static int receiverAcrossBranch(NpeShapes o, boolean flag) {
        return o.take(flag ? 1 : 2);
    }

    static int finallyBlock(String s) {
        try {
            return 1;
        } finally {
            s.length();
        }
    }

    static int catchSeesParameter(String p) {
        try {
            p = null;
            throw new IllegalStateException();
        } catch (IllegalStateException e) {
            return p.length();
        }
    }

    static void multiArray() {
        int[][] g = new int[2][];
        g[1][0] = 3;
    }

    Runnable task;

    static void interfaceFieldCall(NpeShapes s) {
        s.task.run();
    }

    static int manyParameters(long p0, long p1, long p2, long p3, long p4, long p5, long p6, long p7, long p8, long p9, long p10, long p11, long p12, long p13, long p14, long p15, long p16, long p17, long p18, long p19, long p20, long p21, long p22, long p23, long p24, long p25, long p26, long p27, long p28, long p29, long p30, long p31, String s) {
        return s.length();
    }

    static long wideLocals() {
        long w0 = 0, w1 = 1, w2 = 2, w3 = 3, w4 = 4, w5 = 5, w6 = 6, w7 = 7, w8 = 8, w9 = 9;
        long w10 = 10, w11 = 11, w12 = 12, w13 = 13, w14 = 14, w15 = 15, w16 = 16, w17 = 17, w18 = 18, w19 = 19;
        long w20 = 20, w21 = 21, w22 = 22, w23 = 23, w24 = 24, w25 = 25, w26 = 26, w27 = 27, w28 = 28, w29 = 29;
        long w30 = 30, w31 = 31, w32 = 32, w33 = 33, w34 = 34, w35 = 35, w36 = 36, w37 = 37, w38 = 38, w39 = 39;
        long w40 = 40, w41 = 41, w42 = 42, w43 = 43, w44 = 44, w45 = 45, w46 = 46, w47 = 47, w48 = 48, w49 = 49;
        long w50 = 50, w51 = 51, w52 = 52, w53 = 53, w54 = 54, w55 = 55, w56 = 56, w57 = 57, w58 = 58, w59 = 59;
        long w60 = 60, w61 = 61, w62 = 62, w63 = 63, w64 = 64, w65 = 65, w66 = 66, w67 = 67, w68 = 68, w69 = 69;
        long w70 = 70, w71 = 71, w72 = 72, w73 = 73, w74 = 74, w75 = 75, w76 = 76, w77 = 77, w78 = 78, w79 = 79;
        long w80 = 80, w81 = 81, w82 = 82, w83 = 83, w84 = 84, w85 = 85, w86 = 86, w87 = 87, w88 = 88, w89 = 89;
        long w90 = 90, w91 = 91, w92 = 92, w93 = 93, w94 = 94, w95 = 95, w96 = 96, w97 = 97, w98 = 98, w99 = 99;
        long w100 = 100, w101 = 101, w102 = 102, w103 = 103, w104 = 104, w105 = 105, w106 = 106, w107 = 107, w108 = 108, w109 = 109;
        long w110 = 110, w111 = 111, w112 = 112, w113 = 113, w114 = 114, w115 = 115, w116 = 116, w117 = 117, w118 = 118, w119 = 119;
        long w120 = 120, w121 = 121, w122 = 122, w123 = 123, w124 = 124, w125 = 125, w126 = 126, w127 = 127, w128 = 128, w129 = 129;
        String s = null;
        return s.length() + w0 + w129;
    }

    static boolean equalsOnNull(Object a, Object b) {
        return a.equals(b);
    }

    static int nestedCallArguments(Node n) {
        return Integer.valueOf(n.name.length()).hashCode();
    }
}
