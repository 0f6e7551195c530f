public class Main {
    public static void main(String[] args) {
        System.out.println("never runs: the manifest has no Main-Class");
    }
}
