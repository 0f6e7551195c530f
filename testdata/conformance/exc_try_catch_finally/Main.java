public class Main {
    static void log(String s) { System.out.println(s); }

    static int f(int mode) {
        try {
            log("  try mode=" + mode);
            if (mode == 1) throw new IllegalStateException("mode1");
            if (mode == 2) return 20;
            if (mode == 3) throw new Error("mode3");
            log("  try end");
        } catch (IllegalStateException e) {
            log("  catch " + e.getMessage());
            return 10;
        } finally {
            log("  finally mode=" + mode);
        }
        log("  after");
        return 0;
    }

    static int loopWithFinally() {
        int count = 0;
        for (int i = 0; i < 5; i++) {
            try {
                if (i == 1) continue;
                if (i == 3) break;
                count += 10;
            } finally {
                count++;
                log("  loop finally i=" + i + " count=" + count);
            }
        }
        return count;
    }

    public static void main(String[] args) {
        for (int mode = 0; mode <= 3; mode++) {
            try {
                log("f(" + mode + ") = " + f(mode));
            } catch (Error e) {
                log("main caught " + e);
            }
        }
        log("loop = " + loopWithFinally());
        try {
            try {
                throw new RuntimeException("inner");
            } finally {
                log("inner finally");
            }
        } catch (RuntimeException e) {
            log("outer caught " + e.getMessage());
        } finally {
            log("outer finally");
        }
        Object lock = new Object();
        try {
            synchronized (lock) {
                log("in synchronized");
                throw new UnsupportedOperationException("from synchronized");
            }
        } catch (UnsupportedOperationException e) {
            log("caught " + e.getMessage());
        }
        synchronized (lock) {
            log("lock re-acquired");
        }
        try {
            throw new Exception();
        } catch (Exception e) {
            log("no message: " + e.getMessage() + " / " + e);
        }
        Throwable t = new Throwable("plain throwable");
        try {
            throw t;
        } catch (Throwable caught) {
            log("throwable " + (caught == t) + " " + caught);
        }
    }
}
