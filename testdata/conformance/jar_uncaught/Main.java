public class Main {
    public static void main(String[] args) {
        System.out.println("running from a jar");
        Helper.fail(3);
    }
}
