package cfe;

/** The class truncated at every offset: small, but with most kinds of structure. */
public class Small implements Runnable {
    static final long K = 7L;
    private int n;

    public void run() {
        try {
            n += (int) K;
        } catch (RuntimeException e) {
            n = -1;
        }
    }
}
