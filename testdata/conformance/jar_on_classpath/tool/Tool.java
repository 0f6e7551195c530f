package tool;

public class Tool {
    public static String describe() {
        return "tool " + Tool.class.getName();
    }
}
