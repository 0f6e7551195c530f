public class Main {
    public static void main(String[] args) {
        System.out.println("Main from the class path jar, tool says: " + tool.Tool.describe());
        System.out.println("class path " + System.getProperty("java.class.path"));
    }
}
