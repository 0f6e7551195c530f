// The launcher's answer to the heap flag -Xmx1m, as HotSpot gives it.
public class Main {
    public static void main(String[] args) {
        System.out.println("ran with -Xmx1m");
    }
}
