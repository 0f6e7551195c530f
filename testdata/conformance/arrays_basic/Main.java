import java.util.Arrays;

public class Main {
    public static void main(String[] args) {
        boolean[] z = new boolean[2];
        byte[] b = new byte[2];
        short[] s = new short[2];
        char[] c = new char[2];
        int[] i = new int[2];
        long[] l = new long[2];
        float[] f = new float[2];
        double[] d = new double[2];
        String[] str = new String[2];
        System.out.println(z[1] + " " + b[1] + " " + s[1] + " " + (int) c[1] + " " + i[1] + " " + l[1] + " " + f[1] + " " + d[1] + " " + str[1]);
        z[0] = true; b[0] = (byte) 255; s[0] = (short) 65535; c[0] = 'z'; i[0] = -1; l[0] = -1L; f[0] = 1.5f; d[0] = 2.5; str[0] = "s";
        System.out.println(z[0] + " " + b[0] + " " + s[0] + " " + c[0] + " " + i[0] + " " + l[0] + " " + f[0] + " " + d[0] + " " + str[0]);
        b[1] += 200;
        s[1] -= 1;
        c[1] += 66;
        System.out.println(b[1] + " " + s[1] + " " + c[1]);
        int[] primes = {2, 3, 5, 7, 11, 13};
        int sum = 0;
        for (int p : primes) sum += p;
        System.out.println(primes.length + " " + sum);
        int[] copy = primes.clone();
        copy[0] = 100;
        System.out.println(primes[0] + " " + copy[0] + " " + (copy != primes));
        String[][] grid = {{"a", "b"}, {"c"}};
        String[][] shallow = grid.clone();
        shallow[1][0] = "C";
        System.out.println(grid[1][0] + " " + (shallow[0] == grid[0]));
        char[] word = {'h', 'e', 'l', 'l', 'o'};
        System.out.println(word);
        System.out.println(new String(word, 1, 3) + " " + String.valueOf(word) + " " + word.length);
        int[] empty = new int[0];
        System.out.println(empty.length + " " + Arrays.toString(empty));
        long[] fib = new long[90];
        fib[0] = 0;
        fib[1] = 1;
        for (int k = 2; k < fib.length; k++) fib[k] = fib[k - 1] + fib[k - 2];
        System.out.println(fib[89]);
        Object[] objs = new Integer[] {1, 2, 3};
        System.out.println(objs.getClass().getSimpleName() + " " + objs[2]);
        byte[] bytes = "AZaz09".getBytes();
        System.out.println(Arrays.toString(bytes));
        int[] big = new int[100000];
        for (int k = 0; k < big.length; k++) big[k] = k ^ (k >> 3);
        long acc = 0;
        for (int v : big) acc += v;
        System.out.println(acc);
    }
}
