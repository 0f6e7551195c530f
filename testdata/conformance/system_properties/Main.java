public class Main {
    static String show(String s) {
        if (s == null) return "null";
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c == '\n') sb.append("\\n");
            else if (c == '\r') sb.append("\\r");
            else sb.append(c);
        }
        return sb.toString();
    }

    public static void main(String[] args) {
        String[] keys = {"line.separator", "file.separator", "path.separator", "java.specification.version", "java.vm.specification.version",
                "java.specification.name", "java.vm.specification.name", "java.vm.specification.vendor", "java.class.version", "file.encoding",
                "native.encoding", "sun.jnu.encoding", "java.io.tmpdir", "os.name", "os.arch", "java.class.path", "user.language", "no.such.property",
                "sun.arch.data.model", "java.vm.info"};
        for (String k : keys) {
            if (k.equals("java.vm.info")) {
                System.out.println(k + " set: " + (System.getProperty(k) != null));
                continue;
            }
            System.out.println(k + " = " + show(System.getProperty(k)));
        }
        System.out.println("default " + System.getProperty("no.such.property", "fallback"));
        System.setProperty("my.prop", "value");
        System.out.println("my.prop = " + System.getProperty("my.prop") + " " + Integer.getInteger("my.int", 7) + " " + Boolean.getBoolean("my.prop"));
        System.out.println("lineSeparator " + show(System.lineSeparator()) + " " + java.io.File.separatorChar + " " + java.io.File.pathSeparator);
        System.out.println("java.home set: " + (System.getProperty("java.home") != null) + ", user.dir absolute: " + new java.io.File(System.getProperty("user.dir")).isAbsolute());
        System.out.println("version feature " + Runtime.version().feature());
        System.out.println("TZ " + java.util.TimeZone.getDefault().getID() + " locale " + java.util.Locale.getDefault() + " charset " + java.nio.charset.Charset.defaultCharset());
        System.out.println("env TZ " + System.getenv("TZ") + " LC_ALL " + System.getenv("LC_ALL") + " missing " + System.getenv("RJAVA_NO_SUCH_VAR"));
        try {
            System.getProperty("");
        } catch (IllegalArgumentException e) {
            System.out.println("empty key: " + e.getMessage());
        }
        try {
            System.getProperty(null);
        } catch (NullPointerException e) {
            System.out.println("null key: " + e.getMessage());
        }
    }
}
