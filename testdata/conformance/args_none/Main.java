public class Main {
    public static void main(String[] args) {
        System.out.println("args is " + (args == null ? "null" : "non-null") + ", length " + args.length + ", type " + args.getClass().getName());
    }
}
