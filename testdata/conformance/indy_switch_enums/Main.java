import java.util.*;
import java.util.function.*;
import java.util.stream.*;

// Switch expressions on enums: exhaustive without default (arrow and yield forms), multiple
// constants per case, enums with bodies and fields, switch inside lambdas and streams,
// nested enum switches, EnumMap accumulation, and null selectors.
public class Main {
    enum Day { MON, TUE, WED, THU, FRI, SAT, SUN }
    enum Op {
        ADD("+") { int apply(int a, int b) { return a + b; } },
        SUB("-") { int apply(int a, int b) { return a - b; } },
        MUL("*") { int apply(int a, int b) { return a * b; } },
        DIV("/") { int apply(int a, int b) { return a / b; } };
        final String sym;
        Op(String sym) { this.sym = sym; }
        abstract int apply(int a, int b);
    }
    enum Planet {
        MERCURY(3.303e+23, 2.4397e6), EARTH(5.976e+24, 6.37814e6), JUPITER(1.9e+27, 7.1492e7);
        final double mass, radius;
        Planet(double m, double r) { mass = m; radius = r; }
    }
    enum Light { RED, YELLOW, GREEN }

    static String kind(Day d) {
        return switch (d) {
            case SAT, SUN -> "weekend";
            case MON, TUE, WED, THU, FRI -> "weekday";
        };
    }

    static int hours(Day d) {
        return switch (d) {
            case MON, WED -> 8;
            case TUE, THU -> {
                int base = 7;
                yield base + 2;
            }
            case FRI -> 6;
            case SAT -> 0;
            case SUN -> -1;
        };
    }

    static Light next(Light l) {
        return switch (l) {
            case RED -> Light.GREEN;
            case GREEN -> Light.YELLOW;
            case YELLOW -> Light.RED;
        };
    }

    static int priority(Op op) {
        switch (op) {
            case ADD, SUB -> { return 1; }
            case MUL, DIV -> { return 2; }
        }
        return -1;
    }

    static String oldSwitch(Day d) {
        String r = switch (d) {
            case MON:
                yield "start";
            case FRI:
                yield "end";
            default:
                yield d.name().toLowerCase();
        };
        return r;
    }

    public static void main(String[] args) {
        int total = 0;
        for (Day d : Day.values()) {
            int h = hours(d);
            total += Math.max(h, 0);
            System.out.println(d + " " + d.ordinal() + " " + kind(d) + " hours " + h + " old " + oldSwitch(d));
        }
        System.out.println("total hours " + total);
        Light l = Light.RED;
        StringBuilder cycle = new StringBuilder();
        for (int i = 0; i < 7; i++) {
            cycle.append(l).append(i < 6 ? " -> " : "");
            l = next(l);
        }
        System.out.println("cycle " + cycle);
        for (Op op : Op.values()) {
            System.out.println("op " + op + " " + op.sym + " 12,4 = " + op.apply(12, 4) + " prio " + priority(op) + " class " + (op.getClass() == Op.class ? "Op" : "Op-body") + " declaring " + op.getDeclaringClass().getSimpleName());
        }
        Function<Planet, String> size = p -> switch (p) {
            case MERCURY -> "small";
            case EARTH -> "medium";
            case JUPITER -> "giant";
        };
        for (Planet p : Planet.values()) {
            double g = 6.67300E-11 * p.mass / (p.radius * p.radius);
            System.out.println("planet " + p + " " + size.apply(p) + " g=" + String.format("%.2f", g));
        }
        Map<String, List<Day>> byKind = Arrays.stream(Day.values()).collect(Collectors.groupingBy(Main::kind, TreeMap::new, Collectors.toList()));
        System.out.println("byKind " + byKind);
        EnumMap<Light, Integer> seen = new EnumMap<>(Light.class);
        Light cur = Light.YELLOW;
        for (int i = 0; i < 10; i++) {
            seen.merge(cur, 1, Integer::sum);
            cur = next(cur);
        }
        System.out.println("enummap " + seen);
        String plan = Stream.of(Day.values()).map(d -> switch (d) {
            case SAT, SUN -> "rest";
            default -> switch (hours(d)) {
                case 8 -> "full";
                case 9 -> "long";
                default -> "short";
            };
        }).collect(Collectors.joining(","));
        System.out.println("plan " + plan);
        int parsed = 0;
        for (String s : List.of("ADD", "MUL", "SUB", "DIV")) {
            Op op = Op.valueOf(s);
            parsed = switch (op) {
                case ADD -> parsed + 10;
                case SUB -> parsed - 3;
                case MUL -> parsed * 5;
                case DIV -> parsed / 2;
            };
        }
        System.out.println("parsed " + parsed);
        Day nullDay = args.length > 3 ? Day.MON : null;
        try {
            System.out.println(kind(nullDay));
        } catch (NullPointerException e) {
            System.out.println("null enum selector -> NPE");
        }
        try {
            Op.valueOf("MOD");
        } catch (IllegalArgumentException e) {
            System.out.println("valueOf -> " + e.getMessage());
        }
        BiFunction<Day, Light, String> combo = (d, li) -> switch (d) {
            case SAT, SUN -> switch (li) {
                case RED -> "weekend stop";
                case YELLOW, GREEN -> "weekend go";
            };
            default -> d.name().charAt(0) + "/" + li.name().charAt(0);
        };
        System.out.println("combo " + combo.apply(Day.SUN, Light.RED) + " " + combo.apply(Day.SAT, Light.GREEN) + " " + combo.apply(Day.WED, Light.YELLOW));
    }
}
