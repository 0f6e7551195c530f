import java.util.Arrays;

public class Main {
    public static void main(String[] args) {
        int[][] m = new int[3][4];
        for (int i = 0; i < 3; i++) for (int j = 0; j < 4; j++) m[i][j] = i * 10 + j;
        System.out.println(Arrays.deepToString(m));
        long[][][] cube = new long[2][3][2];
        cube[1][2][1] = 42;
        System.out.println(Arrays.deepToString(cube) + " " + cube[0].length + " " + cube[0][0].length);
        int[][] jag = new int[4][];
        System.out.println(jag[0] == null);
        for (int i = 0; i < jag.length; i++) {
            jag[i] = new int[i + 1];
            for (int j = 0; j <= i; j++) jag[i][j] = (i == j || j == 0) ? 1 : jag[i - 1][j - 1] + jag[i - 1][j];
        }
        System.out.println(Arrays.deepToString(jag));
        String[][] partial = new String[2][];
        partial[1] = new String[] {"x"};
        System.out.println(Arrays.deepToString(partial));
        double[][] id = new double[3][3];
        for (int i = 0; i < 3; i++) id[i][i] = 1;
        System.out.println(Arrays.deepToString(id));
        char[][][] chars = new char[2][2][2];
        chars[1][1][1] = 'q';
        System.out.println((int) chars[0][0][0] + " " + chars[1][1][1]);
        Object[][] objs = new String[2][2];
        System.out.println(objs.getClass().getName() + " " + objs[0].getClass().getName());
        int[][][][] four = new int[2][2][2][2];
        int count = 0;
        for (int[][][] a : four) for (int[][] b : a) for (int[] c : b) for (int d : c) count++;
        System.out.println("cells " + count);
        boolean[][] flags = {{true}, {false, true}};
        System.out.println(Arrays.deepToString(flags));
        int[][] zero = new int[0][5];
        int[][] zero2 = new int[5][0];
        System.out.println(zero.length + " " + zero2.length + " " + zero2[4].length);
        Object deep = new int[][][] {{{1}}};
        System.out.println(Arrays.deepToString((Object[]) deep) + " " + deep.getClass().getName());
        int[][] tri = new int[3][];
        tri[0] = new int[] {1};
        tri[2] = tri[0];
        tri[2][0] = 9;
        System.out.println(tri[0][0] + " " + Arrays.deepEquals(new int[][] {{1, 2}}, new int[][] {{1, 2}}));
    }
}
