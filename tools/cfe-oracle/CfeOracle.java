import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Asks the running JVM (HotSpot 17) what it thinks of each class file in a directory.
 *
 * <pre>
 *   java tools/cfe-oracle/CfeOracle.java CASES_DIR MANIFEST.tsv
 * </pre>
 *
 * MANIFEST.tsv has one line per class file: {@code file<TAB>binary-name[<TAB>anything]}. Each file
 * is defined with {@code defineClass(binary-name, bytes, 0, length)} by a fresh class loader whose
 * parent is the platform class loader, so nothing else is ever found by name. One line is printed
 * per file, in manifest order:
 *
 * <pre>
 *   file<TAB>OK
 *   file<TAB>exception-class<TAB>escaped-message
 * </pre>
 *
 * Only what {@code defineClass} itself throws is recorded (it parses the class, resolves the
 * superclass and interfaces, and checks them); nothing is linked or initialized. Messages are
 * escaped so that a line stays one line of printable ASCII: backslash, tab, newline and carriage
 * return as {@code \\ \t \n \r}, every other UTF-16 unit outside 0x20..0x7E as {@code \}{@code uXXXX}
 * (lower-case hex). A null message prints as {@code \0}.
 */
public final class CfeOracle {
    /** One loader per class file, so each definition starts from nothing. */
    private static final class OneShotLoader extends ClassLoader {
        OneShotLoader() {
            super("cfe-oracle", ClassLoader.getPlatformClassLoader());
        }

        Class<?> define(String name, byte[] bytes) {
            return defineClass(name, bytes, 0, bytes.length);
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: java CfeOracle.java CASES_DIR MANIFEST.tsv");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        List<String> manifest = Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8);
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        for (String line : manifest) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            String file = cols[0];
            String name = cols[1];
            byte[] bytes = Files.readAllBytes(dir.resolve(file));
            String result;
            try {
                new OneShotLoader().define(name, bytes);
                result = "OK";
            } catch (Throwable t) {
                result = t.getClass().getName() + "\t" + escape(t.getMessage());
            }
            out.println(file + "\t" + result);
        }
        out.flush();
    }

    static String escape(String s) {
        if (s == null) {
            return "\\0";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '\t' -> b.append("\\t");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                default -> {
                    if (c >= 0x20 && c <= 0x7E) {
                        b.append(c);
                    } else {
                        b.append(String.format("\\u%04x", (int) c));
                    }
                }
            }
        }
        return b.toString();
    }
}
