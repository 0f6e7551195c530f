// A 200 MB long[] in a 64 MB heap, not caught: the uncaught OutOfMemoryError ends the program with
// the usual trace on stderr and exit code 1.
public class Main {
    public static void main(String[] args) {
        System.out.println("allocating 25 million longs");
        long[] big = new long[25_000_000];
        big[0] = 1;
        System.out.println("allocated?! " + big.length);
    }
}
