import java.io.IOException;

public class Main {
    static class AppException extends Exception {
        final int code;
        AppException(String msg, int code, Throwable cause) {
            super(msg, cause);
            this.code = code;
        }
    }

    static void level3(int x) throws IOException {
        if (x < 0) throw new IOException("negative: " + x);
        if (x == 0) throw new IllegalArgumentException("zero");
    }

    static void level2(int x) throws AppException {
        try {
            level3(x);
        } catch (IOException e) {
            throw new AppException("level2 failed", 2, e);
        }
    }

    static void level1(int x) throws AppException {
        try {
            level2(x);
        } catch (AppException e) {
            System.out.println("level1 saw " + e.getMessage() + ", rethrowing");
            throw e;
        } catch (RuntimeException e) {
            System.out.println("level1 wrapping runtime " + e);
            throw new AppException("wrapped", 1, e);
        }
    }

    static void precise() throws IOException {
        try {
            level3(-5);
        } catch (Exception e) { // precise rethrow: only IOException can escape
            throw e;
        }
    }

    public static void main(String[] args) {
        for (int x : new int[] {5, -1, 0}) {
            try {
                level1(x);
                System.out.println(x + ": fine");
            } catch (AppException e) {
                Throwable root = e;
                int depth = 0;
                while (root.getCause() != null) {
                    root = root.getCause();
                    depth++;
                }
                System.out.println(x + ": " + e.getMessage() + " code=" + e.code + " depth=" + depth + " root=" + root);
            }
        }
        try {
            precise();
        } catch (IOException e) {
            System.out.println("precise rethrow: " + e.getMessage());
        }
        try {
            try {
                throw new IllegalStateException("first");
            } catch (IllegalStateException e) {
                throw new RuntimeException("second from catch", e);
            } finally {
                System.out.println("finally between");
            }
        } catch (RuntimeException e) {
            System.out.println(e.getMessage() + " <- " + e.getCause().getMessage());
        }
        try {
            try {
                throw new RuntimeException("lost");
            } finally {
                throwFromFinally();
            }
        } catch (RuntimeException e) {
            System.out.println("finally replaced: " + e.getMessage() + " suppressed=" + e.getSuppressed().length);
        }
        RuntimeException r = new RuntimeException("init");
        r.initCause(new Error("cause"));
        try {
            r.initCause(new Error("again"));
        } catch (IllegalStateException e) {
            System.out.println("initCause twice: " + e.getMessage());
        }
        try {
            Exception self = new Exception("self");
            self.initCause(self);
        } catch (IllegalArgumentException e) {
            System.out.println("self-causation: " + e.getMessage());
        }
    }

    static void throwFromFinally() {
        throw new RuntimeException("from finally");
    }
}
