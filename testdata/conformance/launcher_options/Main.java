public class Main {
    public static void main(String[] args) {
        System.out.println("conf.name = " + System.getProperty("conf.name"));
        System.out.println("empty = [" + System.getProperty("empty") + "]");
        System.out.println("with.equals = " + System.getProperty("with.equals"));
        System.out.println("class path = " + System.getProperty("java.class.path"));
        boolean assertsOn = false;
        assert assertsOn = true;
        System.out.println("assertions enabled: " + assertsOn);
        System.out.println("args: " + String.join(" ", args));
        try {
            assert args.length > 5 : "need more than 5 args, got " + args.length;
        } catch (AssertionError e) {
            System.out.println("AssertionError: " + e.getMessage());
        }
        assert false : "uncaught assertion";
    }
}
