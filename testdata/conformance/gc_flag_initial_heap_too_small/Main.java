// The launcher's answer to the heap flag -Xms1k, as HotSpot gives it.
public class Main {
    public static void main(String[] args) {
        System.out.println("ran with -Xms1k");
    }
}
