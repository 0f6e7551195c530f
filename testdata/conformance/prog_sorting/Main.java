import java.util.Arrays;

public class Main {
    static long seed = 2024;

    static int next() {
        seed = (seed * 25214903917L + 11) & ((1L << 48) - 1);
        return (int) (seed >>> 17) % 100000;
    }

    static void quick(int[] a, int lo, int hi) {
        if (lo >= hi) return;
        int p = a[(lo + hi) >>> 1], i = lo, j = hi;
        while (i <= j) {
            while (a[i] < p) i++;
            while (a[j] > p) j--;
            if (i <= j) {
                int t = a[i]; a[i] = a[j]; a[j] = t;
                i++;
                j--;
            }
        }
        quick(a, lo, j);
        quick(a, i, hi);
    }

    static void merge(int[] a, int[] tmp, int lo, int hi) {
        if (hi - lo < 2) return;
        int mid = (lo + hi) >>> 1;
        merge(a, tmp, lo, mid);
        merge(a, tmp, mid, hi);
        int i = lo, j = mid, k = lo;
        while (i < mid && j < hi) tmp[k++] = a[i] <= a[j] ? a[i++] : a[j++];
        while (i < mid) tmp[k++] = a[i++];
        while (j < hi) tmp[k++] = a[j++];
        System.arraycopy(tmp, lo, a, lo, hi - lo);
    }

    static void heap(int[] a) {
        int n = a.length;
        for (int i = n / 2 - 1; i >= 0; i--) sift(a, i, n);
        for (int end = n - 1; end > 0; end--) {
            int t = a[0]; a[0] = a[end]; a[end] = t;
            sift(a, 0, end);
        }
    }

    static void sift(int[] a, int i, int n) {
        while (true) {
            int l = 2 * i + 1, r = l + 1, m = i;
            if (l < n && a[l] > a[m]) m = l;
            if (r < n && a[r] > a[m]) m = r;
            if (m == i) return;
            int t = a[i]; a[i] = a[m]; a[m] = t;
            i = m;
        }
    }

    static void insertion(int[] a) {
        for (int i = 1; i < a.length; i++) {
            int v = a[i], j = i - 1;
            while (j >= 0 && a[j] > v) a[j + 1] = a[j--];
            a[j + 1] = v;
        }
    }

    static long checksum(int[] a) {
        long h = 0;
        for (int v : a) h = h * 1_000_003 + v;
        return h;
    }

    public static void main(String[] args) {
        int[] data = new int[50_000];
        for (int i = 0; i < data.length; i++) data[i] = next();
        System.out.println("first " + Arrays.toString(Arrays.copyOf(data, 8)));
        int[] ref = data.clone();
        Arrays.sort(ref);
        int[] q = data.clone();
        quick(q, 0, q.length - 1);
        int[] m = data.clone();
        merge(m, new int[m.length], 0, m.length);
        int[] h = data.clone();
        heap(h);
        int[] ins = Arrays.copyOf(data, 2000);
        insertion(ins);
        int[] insRef = Arrays.copyOf(data, 2000);
        Arrays.sort(insRef);
        System.out.println("quick " + Arrays.equals(q, ref) + " merge " + Arrays.equals(m, ref) + " heap " + Arrays.equals(h, ref) + " insertion " + Arrays.equals(ins, insRef));
        System.out.println("min " + ref[0] + " median " + ref[ref.length / 2] + " max " + ref[ref.length - 1] + " checksum " + checksum(ref));
        Integer[] boxed = new Integer[1000];
        for (int i = 0; i < boxed.length; i++) boxed[i] = data[i] % 100;
        Arrays.sort(boxed);
        System.out.println("boxed sorted head " + Arrays.toString(Arrays.copyOf(boxed, 12)));
    }
}
