// Programs whose only allocations are made by natives (Object.clone, Array.newInstance) must
// still collect: hundreds of megabytes of clones and reflective arrays in a 32 MB heap.
import java.lang.reflect.Array;

public class Main {
    static final class Point implements Cloneable {
        int x, y;
        int[] tag = {7};

        Point copy() throws CloneNotSupportedException {
            return (Point) clone();
        }
    }

    public static void main(String[] args) throws Exception {
        int[] source = new int[2000];
        for (int i = 0; i < source.length; i++) source[i] = i * 3;
        long sum = 0;
        int[] last = null;
        for (int round = 0; round < 60_000; round++) {
            last = source.clone();
            sum += last[round % last.length];
        }
        System.out.println("clones: " + sum + " " + last[1999]);

        String[] names = {"a", "bb", "ccc"};
        long lengths = 0;
        for (int round = 0; round < 20_000; round++) {
            String[] copy = names.clone();
            Object strings = Array.newInstance(String.class, 500);
            Array.set(strings, round % 500, copy[round % 3]);
            lengths += ((String) Array.get(strings, round % 500)).length();
            long[] longs = (long[]) Array.newInstance(long.class, 1000);
            longs[999] = round;
            lengths += longs[999] & 1;
        }
        System.out.println("reflective arrays: " + lengths);

        Point p = new Point();
        p.x = 3;
        p.y = 4;
        long coordinates = 0;
        for (int round = 0; round < 300_000; round++) {
            Point q = p.copy();
            coordinates += q.x + q.y + q.tag[0];
        }
        System.out.println("object clones: " + coordinates + " shared tag: " + (p.copy().tag == p.tag));
    }
}
