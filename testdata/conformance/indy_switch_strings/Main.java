import java.util.*;
import java.util.function.*;

// Switch expressions and arrow-form statements on strings: yield in block bodies, multiple
// labels per case, default, hash collisions ("Aa"/"BB"), empty string, switches inside lambdas,
// nested switch expressions, switches on int/char with yield, and a NullPointerException for null.
public class Main {
    static int daysIn(String month, boolean leap) {
        return switch (month.toLowerCase()) {
            case "jan", "mar", "may", "jul", "aug", "oct", "dec" -> 31;
            case "apr", "jun", "sep", "nov" -> 30;
            case "feb" -> {
                if (leap) {
                    yield 29;
                }
                yield 28;
            }
            default -> throw new IllegalArgumentException("bad month: " + month);
        };
    }

    static String collide(String s) {
        return switch (s) {
            case "Aa" -> "Aa branch";
            case "BB" -> "BB branch";
            case "AaAa", "BBBB" -> "four " + s;
            case "" -> "empty string";
            default -> "default(" + s + ")";
        };
    }

    static String oldStyleYield(String cmd) {
        return switch (cmd) {
            case "start":
            case "go":
                yield "starting";
            case "stop":
                String x = "stop";
                yield x + "ping";
            default:
                yield "unknown " + cmd.length();
        };
    }

    static int score(char c) {
        return switch (c) {
            case 'a', 'e', 'i', 'o', 'u' -> 1;
            case 'q', 'z' -> 10;
            case 'x', 'j' -> 8;
            default -> {
                int base = Character.isLetter(c) ? 2 : 0;
                yield base;
            }
        };
    }

    static String sizeName(int n) {
        return switch (n) {
            case 0 -> "none";
            case 1, 2, 3 -> "few";
            case 100, 1000, 10000 -> "round " + n;
            default -> n < 0 ? "negative" : (n < 50 ? "some" : "many");
        };
    }

    public static void main(String[] args) {
        for (String m : List.of("JAN", "Feb", "apr", "dec", "Sep")) {
            System.out.println(m + " " + daysIn(m, false) + " leap " + daysIn(m, true));
        }
        try {
            daysIn("Smarch", false);
        } catch (IllegalArgumentException e) {
            System.out.println("exception " + e.getMessage());
        }
        System.out.println("hash Aa=" + "Aa".hashCode() + " BB=" + "BB".hashCode());
        for (String s : List.of("Aa", "BB", "AaAa", "BBBB", "AaBB", "", "aa")) {
            System.out.println("collide '" + s + "' -> " + collide(s));
        }
        for (String c : List.of("start", "go", "stop", "pause")) {
            System.out.println("cmd " + c + " -> " + oldStyleYield(c));
        }
        int total = 0;
        for (char ch : "quizjax e-1".toCharArray()) {
            total += score(ch);
            System.out.print(ch + ":" + score(ch) + " ");
        }
        System.out.println("total " + total);
        for (int n : new int[] {0, 2, 3, 4, 100, 1000, 77, -5}) {
            System.out.println("size " + n + " " + sizeName(n));
        }
        Function<String, Integer> prec = op -> switch (op) {
            case "+", "-" -> 1;
            case "*", "/", "%" -> 2;
            case "^" -> 3;
            default -> 0;
        };
        StringBuilder sb = new StringBuilder();
        for (String op : new String[] {"+", "*", "^", "%", "?", "-"}) sb.append(op).append('=').append(prec.apply(op)).append(' ');
        System.out.println("precedence " + sb.toString().trim());
        BiFunction<String, Integer, Integer> calc = (op, x) -> switch (op) {
            case "double" -> x * 2;
            case "square" -> x * x;
            case "negate" -> -x;
            default -> {
                String msg = "noop " + op;
                System.out.println(msg);
                yield x;
            }
        };
        int v = 3;
        for (String op : List.of("double", "square", "negate", "halve")) {
            v = calc.apply(op, v);
        }
        System.out.println("calc " + v);
        String[] grid = {"red", "green", "blue", "purple"};
        for (String a : grid) {
            String kind = switch (a) {
                case "red", "blue" -> switch (a.length()) {
                    case 3 -> "primary-3";
                    case 4 -> "primary-4";
                    default -> "primary";
                };
                case "green" -> "secondary";
                default -> "mix of " + a.charAt(0);
            };
            System.out.println("nested " + a + " " + kind);
        }
        String nothing = args.length > 5 ? "x" : null;
        try {
            String r = switch (nothing) {
                case "x" -> "x";
                default -> "default";
            };
            System.out.println("no npe " + r);
        } catch (NullPointerException e) {
            System.out.println("switch on null -> NPE");
        }
        // Arrow-form statement switch (no value) with fallthrough-free cases.
        Map<String, Integer> counts = new TreeMap<>();
        for (String w : "the cat and the hat and the bat".split(" ")) {
            switch (w) {
                case "the", "and" -> counts.merge("stop", 1, Integer::sum);
                case "cat", "bat" -> counts.merge("animal", 1, Integer::sum);
                default -> counts.merge("other:" + w, 1, Integer::sum);
            }
        }
        System.out.println("counts " + counts);
        long big = 5_000_000_000L;
        String lbl = switch ((int) (big % 3)) { case 0 -> "zero"; case 1 -> "one"; default -> "two"; };
        System.out.println("mod3 " + lbl);
    }
}
