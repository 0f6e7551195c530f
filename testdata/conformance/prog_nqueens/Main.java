public class Main {
    static int solutions;
    static int[] first;

    static boolean safe(int[] q, int row, int col) {
        for (int r = 0; r < row; r++) {
            if (q[r] == col || Math.abs(q[r] - col) == row - r) return false;
        }
        return true;
    }

    static void place(int[] q, int row) {
        int n = q.length;
        if (row == n) {
            if (solutions++ == 0) first = q.clone();
            return;
        }
        for (int c = 0; c < n; c++) {
            if (safe(q, row, c)) {
                q[row] = c;
                place(q, row + 1);
            }
        }
    }

    static int bitCount(int n, int row, int cols, int d1, int d2) {
        if (row == n) return 1;
        int count = 0;
        int avail = ~(cols | d1 | d2) & ((1 << n) - 1);
        while (avail != 0) {
            int bit = avail & -avail;
            avail -= bit;
            count += bitCount(n, row + 1, cols | bit, (d1 | bit) << 1, (d2 | bit) >> 1);
        }
        return count;
    }

    public static void main(String[] args) {
        for (int n = 1; n <= 8; n++) {
            solutions = 0;
            first = null;
            place(new int[n], 0);
            System.out.println(n + " queens: " + solutions + " solutions");
            if (n == 8) {
                for (int r = 0; r < n; r++) {
                    StringBuilder sb = new StringBuilder();
                    for (int c = 0; c < n; c++) sb.append(first[r] == c ? "Q " : ". ");
                    System.out.println(sb.toString().trim());
                }
            }
        }
        System.out.println("bitmask 10 queens: " + bitCount(10, 0, 0, 0, 0));
    }
}
