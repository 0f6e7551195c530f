public class Main {
    static String classify(int x) {
        if (x < 0) return "neg";
        else if (x == 0) return "zero";
        else if (x <= 9) return "digit";
        else if (x != 100) return "big";
        return "hundred";
    }

    public static void main(String[] args) {
        for (int x : new int[] {-5, 0, 7, 9, 10, 100, 1000}) System.out.print(classify(x) + " ");
        System.out.println();
        Object a = "a", b = "a", c = new String("a"), n = null;
        System.out.println((a == b) + " " + (a == c) + " " + (a != c) + " " + (n == null) + " " + (a != null));
        outer:
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 5; j++) {
                if (j == 3) continue outer;
                if (i == 3) break outer;
                System.out.print(i + "" + j + " ");
            }
        }
        System.out.println();
        int k = 0;
        while (true) {
            if (++k > 10) break;
            if (k % 3 == 0) continue;
            System.out.print(k + " ");
        }
        System.out.println();
        int d = 10;
        do {
            System.out.print(d + " ");
            d -= 4;
        } while (d > 0);
        System.out.println();
        int t = 0;
        for (int i = 0; i < 20; i++) t += (i % 2 == 0) ? i : -i;
        System.out.println("t=" + t);
        boolean p = false, q = true;
        int calls = 0;
        if (p && (calls++ > 0)) System.out.println("no");
        if (q || (calls++ > 0)) System.out.println("short-circuit calls=" + calls);
        if (p & (calls++ >= 0)) System.out.println("no");
        System.out.println("calls=" + calls);
        long big = 5_000_000_000L;
        if (big > Integer.MAX_VALUE) System.out.println("long compare ok");
        double nan = Double.NaN;
        if (!(nan > 0) && !(nan <= 0)) System.out.println("nan branch ok");
        block:
        {
            if (k > 5) break block;
            System.out.println("not printed");
        }
        int loops = 0;
        for (int i = 0, j = 10; i < j; i++, j--) loops++;
        System.out.println("loops=" + loops);
        int nested = 0;
        for (int i = 0; i < 30; i++) {
            if (i % 2 == 0) {
                if (i % 3 == 0) nested += 100;
                else nested += 10;
            } else if (i % 5 == 0) {
                nested -= 1;
            }
        }
        System.out.println("nested=" + nested);
    }
}
