// The launcher's answer to the heap flag -Xmn0, as HotSpot gives it.
public class Main {
    public static void main(String[] args) {
        System.out.println("ran with -Xmn0");
    }
}
