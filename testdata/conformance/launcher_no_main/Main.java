public class Main {
    static { System.out.println("static init of a class without main runs? see expected output"); }

    public static void main() {
        System.out.println("wrong signature");
    }

    public static void run(String[] args) {
        System.out.println("not main");
    }
}
