/**
 * NullPointerExceptions whose null value comes through more involved data flow: array elements
 * and index expressions, field chains, call results, merges, stores and the limits of HotSpot's
 * descriptions. main prints, for each NPE caught, the top frame and getMessage().
 */
public class NpeFlow {
    interface Case {
        void run() throws Exception;
    }

    static class Node {
        Node next;
        Node[] kids;
        String name;
        int count;
        long total;

        Node(int depth) {
            if (depth > 0) {
                next = new Node(depth - 1);
            }
        }
    }

    static int staticIndex = 1;
    static Node staticNode = new Node(1);

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

    static int index() {
        return 1;
    }

    static String[] strings() {
        return new String[3];
    }

    static Node node() {
        return null;
    }

    static Node chain() {
        return new Node(0);
    }

    static String find(String key, int limit, long[] extra) {
        return null;
    }

    public static void main(String[] args) {
        String[] three = new String[3];
        run(() -> arrayElementConstantIndex(three));
        run(() -> arrayElementParameterIndex(three, 2));
        run(() -> arrayElementCallIndex(three));
        run(() -> arrayElementArithmeticIndex(three, 0));
        run(() -> arrayElementIntArrayIndex(three, new int[] {1}));
        run(() -> arrayElementByteArrayIndex(three, new byte[] {1}));
        run(() -> arrayElementTernaryIndex(three, true));
        run(() -> arrayElementStaticIndex(three));
        run(() -> arrayElementFieldIndex(three, new Node(0)));
        run(() -> arrayElementSipushIndex(new String[1001]));
        run(() -> arrayElementBipushIndex(new String[101]));
        run(() -> twoDimensionalStore(new int[2][], 1, 0));
        run(() -> threeDimensionalLoad(new Object[1][2][]));
        run(() -> arrayFromCall());
        run(() -> arrayFromTernary(true, null, null));
        run(() -> deepArray(new String[1][1][1][1][1][1]));
        run(() -> fieldChain(new Node(1)));
        run(() -> deepFieldChain(new Node(6)));
        run(() -> fieldOfReturnValue());
        run(() -> fieldChainFromReturnValue());
        run(() -> fieldOfNewObject());
        run(() -> staticFieldChain());
        run(() -> arrayElementOfFieldChain(new Node(1), 0));
        run(() -> callOnReturnValueWithArguments());
        run(() -> callOnCastNull());
        run(() -> ternaryReceiver(true, null, "b"));
        run(() -> parameterOverwritten("x"));
        run(() -> iincKeepsParameter(three, 0));
        run(() -> storeMakesLocal(three, 0));
        run(() -> loopStopsAtFirstVisit("x"));
        run(() -> longParameters(1L, 2.0, null));
        run(() -> caughtVariable());
        run(() -> variableAssignedInCatch());
        run(() -> chainedAssignment(null, "v"));
        run(() -> chainedLongFieldAssignment(null));
        run(() -> chainedLongArrayAssignment(null));
        run(() -> compoundArrayAssignment(null));
        run(() -> compoundFieldAssignment(null));
        run(() -> postIncrementField(null));
        run(() -> conditionalLocal(false, "x"));
        run(() -> localsInLoop(new String[] {"a", null}));
        run(() -> whileLoopMerge(new Node(2)));
    }

    static void arrayElementConstantIndex(String[] a) {
        a[2].length();
    }

    static void arrayElementParameterIndex(String[] a, int i) {
        a[i].length();
    }

    static void arrayElementCallIndex(String[] a) {
        a[index()].length();
    }

    static void arrayElementArithmeticIndex(String[] a, int i) {
        a[i + 1].length();
    }

    static void arrayElementIntArrayIndex(String[] a, int[] indices) {
        a[indices[0]].length();
    }

    static void arrayElementByteArrayIndex(String[] a, byte[] indices) {
        a[indices[0]].length();
    }

    static void arrayElementTernaryIndex(String[] a, boolean first) {
        a[first ? 0 : 1].length();
    }

    static void arrayElementStaticIndex(String[] a) {
        a[staticIndex].length();
    }

    static void arrayElementFieldIndex(String[] a, Node n) {
        a[n.count].length();
    }

    static void arrayElementSipushIndex(String[] a) {
        a[1000].length();
    }

    static void arrayElementBipushIndex(String[] a) {
        a[100].length();
    }

    static void twoDimensionalStore(int[][] grid, int i, int j) {
        grid[i][j] = 1;
    }

    static void threeDimensionalLoad(Object[][][] cube) {
        cube[0][1][0].hashCode();
    }

    static void arrayFromCall() {
        strings()[1].length();
    }

    static void arrayFromTernary(boolean first, String[] a, String[] b) {
        (first ? a : b)[0].length();
    }

    static void deepArray(String[][][][][][] d) {
        d[0][0][0][0][0][0].length();
    }

    static void fieldChain(Node n) {
        int c = n.next.next.count;
    }

    static void deepFieldChain(Node n) {
        n.next.next.next.next.next.next.name.length();
    }

    static void fieldOfReturnValue() {
        int c = node().count;
    }

    static void fieldChainFromReturnValue() {
        chain().next.name.length();
    }

    static void fieldOfNewObject() {
        new Node(0).name.length();
    }

    static void staticFieldChain() {
        staticNode.next.next.name.length();
    }

    static void arrayElementOfFieldChain(Node n, int i) {
        n.next.kids = new Node[1];
        n.next.kids[i].name.length();
    }

    static void callOnReturnValueWithArguments() {
        find("k", 3, null).length();
    }

    static void callOnCastNull() {
        ((String) null).length();
    }

    static void ternaryReceiver(boolean first, String a, String b) {
        (first ? a : b).length();
    }

    static void parameterOverwritten(String s) {
        s = null;
        s.length();
    }

    static void iincKeepsParameter(String[] a, int i) {
        i++;
        a[i].length();
    }

    static void storeMakesLocal(String[] a, int i) {
        i = i + 1;
        a[i].length();
    }

    static void loopStopsAtFirstVisit(String s) {
        for (int i = 0; i < 2; i++) {
            s.length();
            s = null;
        }
    }

    static void longParameters(long a, double b, String s) {
        s.length();
    }

    static void caughtVariable() {
        try {
            throw new IllegalStateException();
        } catch (IllegalStateException e) {
            e = null;
            e.getMessage();
        }
    }

    static void variableAssignedInCatch() {
        String s;
        try {
            s = String.valueOf(Integer.parseInt("x"));
        } catch (NumberFormatException e) {
            s = null;
        }
        s.length();
    }

    static void chainedAssignment(Node n, String v) {
        String r = n.name = v;
    }

    static void chainedLongFieldAssignment(Node n) {
        long r = n.total = 5L;
    }

    static void chainedLongArrayAssignment(long[] a) {
        long r = a[0] = 5L;
    }

    static void compoundArrayAssignment(int[] a) {
        a[0] += 2;
    }

    static void compoundFieldAssignment(Node n) {
        n.count += 2;
    }

    static void postIncrementField(Node n) {
        n.count++;
    }

    static void conditionalLocal(boolean keep, String x) {
        String s = keep ? x : null;
        s.length();
    }

    static int localsInLoop(String[] words) {
        int n = 0;
        for (String w : words) {
            n += w.length();
        }
        return n;
    }

    static void whileLoopMerge(Node n) {
        Node cursor = n;
        while (true) {
            cursor = cursor.next;
        }
    }
}
