public class Main {
    static class Conn implements AutoCloseable {
        final String id;
        Conn(String id) { this.id = id; }
        public void close() {
            throw new IllegalStateException("close " + id);
        }
    }

    static void work() {
        try (Conn a = new Conn("a"); Conn b = new Conn("b")) {
            throw new UnsupportedOperationException("work failed");
        }
    }

    public static void main(String[] args) {
        try {
            work();
        } catch (UnsupportedOperationException e) {
            throw new RuntimeException(e);
        }
    }
}
