import java.util.IllegalFormatException;

public class Main {
    static void tryFormat(String fmt, Object... args) {
        try {
            System.out.println("ok: " + String.format(fmt, args));
        } catch (IllegalFormatException e) {
            System.out.println(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        tryFormat("%s %s", "one");
        tryFormat("%q", 1);
        tryFormat("%d", "text");
        tryFormat("%.2d", 5);
        tryFormat("%-d", 5);
        tryFormat("%,s", "x");
        tryFormat("%c", 0x110000);
        tryFormat("%#s", "x");
        tryFormat("%0s", "x");
        tryFormat("%3$s", "a", "b");
        tryFormat("%s", (Object) null);
        tryFormat("%d", 1.5);
        tryFormat("%f", 1);
        tryFormat("%", 1);
        tryFormat("%c", "str");
        tryFormat("%+s", "x");
        tryFormat("%-05d", 5);
        tryFormat("%<s", "x");
    }
}
