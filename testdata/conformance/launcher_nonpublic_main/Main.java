public class Main {
    static void main(String[] args) {
        System.out.println("package-private main");
    }
}
