// Static initializers that allocate far more than the heap holds, reached every way a class
// gets initialized: first use, Class.forName, reflection, and the main class itself.
public class Main {
    static final long MAIN_SUM = churn(40_000);

    static long churn(int rounds) {
        long sum = 0;
        int[][] keep = new int[16][];
        for (int r = 0; r < rounds; r++) {
            int[] a = new int[256];
            a[r % 256] = r;
            keep[r % 16] = a;
            sum += a[r % 256];
        }
        for (int[] k : keep) sum += k.length;
        return sum;
    }

    static class ByUse {
        static final long SUM = churn(50_000);
    }

    static class ByForName {
        static final long SUM = churn(50_000);
    }

    static class ByReflection {
        static final long SUM = churn(50_000);

        public static long sum() {
            return SUM;
        }
    }

    public static void main(String[] args) throws Exception {
        System.out.println("main class: " + MAIN_SUM);
        System.out.println("first use: " + ByUse.SUM);
        Class<?> c = Class.forName("Main$ByForName");
        System.out.println("forName: " + c.getDeclaredField("SUM").getLong(null));
        System.out.println("reflection: " + Class.forName("Main$ByReflection", false, Main.class.getClassLoader())
                .getMethod("sum").invoke(null));
    }
}
