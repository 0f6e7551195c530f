public class Main {
    static long[][] mul(long[][] a, long[][] b, long mod) {
        int n = a.length, m = b[0].length, k = b.length;
        long[][] c = new long[n][m];
        for (int i = 0; i < n; i++)
            for (int p = 0; p < k; p++) {
                long aip = a[i][p];
                for (int j = 0; j < m; j++) c[i][j] = (c[i][j] + aip * b[p][j]) % mod;
            }
        return c;
    }

    static double[][] mulD(double[][] a, double[][] b) {
        int n = a.length;
        double[][] c = new double[n][n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int k = 0; k < n; k++) s += a[i][k] * b[k][j];
                c[i][j] = s;
            }
        return c;
    }

    static double det(double[][] m) {
        int n = m.length;
        double[][] a = new double[n][];
        for (int i = 0; i < n; i++) a[i] = m[i].clone();
        double d = 1;
        for (int col = 0; col < n; col++) {
            int piv = col;
            for (int r = col + 1; r < n; r++) if (Math.abs(a[r][col]) > Math.abs(a[piv][col])) piv = r;
            if (a[piv][col] == 0) return 0;
            if (piv != col) {
                double[] t = a[piv];
                a[piv] = a[col];
                a[col] = t;
                d = -d;
            }
            d *= a[col][col];
            for (int r = col + 1; r < n; r++) {
                double f = a[r][col] / a[col][col];
                for (int c = col; c < n; c++) a[r][c] -= f * a[col][c];
            }
        }
        return d;
    }

    public static void main(String[] args) {
        long[][] fib = {{1, 1}, {1, 0}};
        long[][] result = {{1, 0}, {0, 1}};
        long e = 1_000_000;
        long mod = 1_000_000_007L;
        long[][] base = fib;
        while (e > 0) {
            if ((e & 1) == 1) result = mul(result, base, mod);
            base = mul(base, base, mod);
            e >>= 1;
        }
        System.out.println("fib(1000000) mod 1e9+7 = " + result[0][1]);
        int n = 120;
        double[][] a = new double[n][n], b = new double[n][n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++) {
                a[i][j] = ((i * 31 + j * 17) % 23) / 7.0;
                b[i][j] = ((i * 13 + j * 29) % 19) / 5.0 - 1;
            }
        double[][] c = mulD(a, b);
        double trace = 0, total = 0;
        for (int i = 0; i < n; i++) {
            trace += c[i][i];
            for (int j = 0; j < n; j++) total += c[i][j];
        }
        System.out.println("trace " + trace + " total " + total + " c[7][11] " + c[7][11]);
        double[][] small = {{2, -1, 0}, {-1, 2, -1}, {0, -1, 2}};
        System.out.println("det " + det(small) + " det(a 6x6) " + det(new double[][] {
                {1, 2, 3, 4, 5, 6}, {2, 3, 5, 7, 11, 13}, {1, 0, 1, 0, 1, 0}, {3, 1, 4, 1, 5, 9}, {2, 7, 1, 8, 2, 8}, {1, 1, 2, 3, 5, 8}}));
        int[][] img = new int[6][9];
        for (int i = 0; i < 6; i++) for (int j = 0; j < 9; j++) img[i][j] = i * 9 + j;
        int[][] t = new int[9][6];
        for (int i = 0; i < 6; i++) for (int j = 0; j < 9; j++) t[j][6 - 1 - i] = img[i][j];
        for (int[] row : t) System.out.println(java.util.Arrays.toString(row));
    }
}
