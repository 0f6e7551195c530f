import java.io.IOException;

public class Main {
    static class StorageException extends IOException {
        StorageException() { super(); }
    }

    interface Store { void save(String data) throws IOException; }

    public static void main(String[] args) throws IOException {
        Store s = new Store() {
            public void save(String data) throws IOException {
                if (data.length() > 3) throw new StorageException();
                System.out.println("saved " + data);
            }
        };
        s.save("abc");
        System.err.println("about to fail");
        s.save("abcdef");
    }
}
