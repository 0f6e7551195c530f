// The launcher's answer to the heap flag -XX:SurvivorRatio=0, as HotSpot gives it.
public class Main {
    public static void main(String[] args) {
        System.out.println("ran with -XX:SurvivorRatio=0");
    }
}
