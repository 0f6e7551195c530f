public class Main {
    static boolean[][] step(boolean[][] g) {
        int h = g.length, w = g[0].length;
        boolean[][] n = new boolean[h][w];
        for (int y = 0; y < h; y++)
            for (int x = 0; x < w; x++) {
                int c = 0;
                for (int dy = -1; dy <= 1; dy++)
                    for (int dx = -1; dx <= 1; dx++) {
                        if (dx == 0 && dy == 0) continue;
                        int yy = (y + dy + h) % h, xx = (x + dx + w) % w;
                        if (g[yy][xx]) c++;
                    }
                n[y][x] = g[y][x] ? (c == 2 || c == 3) : c == 3;
            }
        return n;
    }

    static void print(boolean[][] g) {
        for (boolean[] row : g) {
            StringBuilder sb = new StringBuilder();
            for (boolean b : row) sb.append(b ? '#' : '.');
            System.out.println(sb);
        }
    }

    public static void main(String[] args) {
        boolean[][] g = new boolean[12][20];
        int[][] glider = {{0, 1}, {1, 2}, {2, 0}, {2, 1}, {2, 2}};
        for (int[] p : glider) g[p[0]][p[1]] = true;
        int[][] blinker = {{6, 10}, {6, 11}, {6, 12}};
        for (int[] p : blinker) g[p[0]][p[1]] = true;
        int[][] rpent = {{8, 15}, {8, 16}, {9, 14}, {9, 15}, {10, 15}};
        for (int[] p : rpent) g[p[0]][p[1]] = true;
        print(g);
        for (int gen = 1; gen <= 60; gen++) {
            g = step(g);
            if (gen % 20 == 0) {
                int alive = 0;
                for (boolean[] row : g) for (boolean b : row) if (b) alive++;
                System.out.println("generation " + gen + ", alive " + alive);
                print(g);
            }
        }
    }
}
