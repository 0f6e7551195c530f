public class Main {
    long lf;
    int f;
    static long sl;
    double df;

    long incrField() { return lf++; }

    public static void main(String[] args) {
        // dup_x1 / dup_x2 / dup2_x1 / dup2_x2 arise from assignments used as values
        int[] ia = new int[3];
        long[] la = new long[3];
        double[] da = new double[3];
        int i = 0;
        ia[i] = ia[i + 1] = 7;
        la[0] = la[1] = 9L;
        da[2] = da[1] = 2.5;
        System.out.println(ia[0] + " " + ia[1] + " " + la[0] + " " + la[1] + " " + da[1] + " " + da[2]);
        long v = la[1]++;
        long w = ++la[2];
        double dd = da[1]++;
        System.out.println(v + " " + w + " " + la[1] + " " + dd + " " + da[1]);
        Main m = new Main();
        long r1 = m.lf++;
        long r2 = ++m.lf;
        long r3 = m.lf += 10;
        int r4 = m.f = 3;
        int r5 = m.f++;
        double r6 = m.df = 1.5;
        double r7 = m.df++;
        System.out.println(r1 + " " + r2 + " " + r3 + " " + r4 + " " + r5 + " " + m.f + " " + r6 + " " + r7 + " " + m.df);
        long s1 = sl++;
        long s2 = sl = 100;
        long s3 = --sl;
        System.out.println(s1 + " " + s2 + " " + s3 + " " + sl + " " + m.incrField() + " " + m.lf);
        ia[0] += ia[1] *= 2;
        la[0] <<= la[1] & 3;
        System.out.println(ia[0] + " " + ia[1] + " " + la[0]);
        int a = 1, b = 2;
        a = b = a + b;
        System.out.println(a + " " + b);
        // pop / pop2 of unused results
        m.incrField();
        Math.max(1L, 2L);
        Math.abs(-2.0);
        String.valueOf(3);
        System.out.println(m.lf);
        // swap via string concat of method results in order
        System.out.println(next() + "," + next() + "," + next());
        Object[] objs = new Object[2];
        Object o = objs[0] = objs[1] = "shared";
        System.out.println(o + " " + (objs[0] == objs[1]));
    }

    static int counter;
    static int next() { return ++counter; }
}
