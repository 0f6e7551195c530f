public class Main {
    static class ConfigException extends Exception {
        ConfigException(String msg, Throwable cause) { super(msg, cause); }
    }

    static int parsePort(String s) {
        return Integer.parseInt(s);
    }

    static int loadPort(String s) throws ConfigException {
        try {
            return parsePort(s);
        } catch (NumberFormatException e) {
            throw new ConfigException("bad port '" + s + "'", e);
        }
    }

    static void start(String s) throws ConfigException {
        System.out.println("port " + loadPort(s));
    }

    public static void main(String[] args) throws Exception {
        start("8080");
        try {
            start("80x");
        } catch (ConfigException e) {
            throw new RuntimeException("startup failed", e);
        }
    }
}
