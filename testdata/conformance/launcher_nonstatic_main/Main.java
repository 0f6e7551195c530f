public class Main {
    public void main(String[] args) {
        System.out.println("instance main (not allowed in Java 17)");
    }
}
