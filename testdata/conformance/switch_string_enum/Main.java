public class Main {
    enum Color { RED, GREEN, BLUE, YELLOW }

    static int code(String s) {
        switch (s) {
            case "Aa": return 1;
            case "BB": return 2; // same hashCode as "Aa"
            case "hello": return 3;
            case "": return 4;
            case "AaAa": return 5;
            case "BBBB": return 6;
            case "AaBB": return 7;
            default: return -1;
        }
    }

    static String mood(Color c) {
        switch (c) {
            case RED: return "angry";
            case BLUE: return "sad";
            default: return "fine";
        }
    }

    static String arrow(Color c) {
        return switch (c) {
            case RED, YELLOW -> "warm";
            case GREEN -> "natural";
            case BLUE -> "cool";
        };
    }

    public static void main(String[] args) {
        String[] in = {"Aa", "BB", "hello", "", "AaAa", "BBBB", "AaBB", "BBAa", "Hello", new String("hello")};
        for (String s : in) System.out.print(code(s) + " ");
        System.out.println();
        System.out.println("Aa".hashCode() + " " + "BB".hashCode() + " " + "AaBB".hashCode() + " " + "BBAa".hashCode());
        for (Color c : Color.values()) System.out.print(c + ":" + mood(c) + ":" + arrow(c) + " ");
        System.out.println();
        try {
            code(null);
        } catch (NullPointerException e) {
            System.out.println("string switch on null: NPE");
        }
        try {
            mood(null);
        } catch (NullPointerException e) {
            System.out.println("enum switch on null: NPE");
        }
        String cmd = "stop";
        String r = switch (cmd) {
            case "go", "start" -> "moving";
            case "stop" -> "stopped";
            default -> "unknown";
        };
        System.out.println(r);
    }
}
