import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;

public class Main {
    enum Day { MON, TUE, WED, THU, FRI, SAT, SUN }

    enum Size {
        SMALL("S", 1), MEDIUM("M", 5), LARGE("L", 10);

        private final String code;
        final int weight;

        Size(String code, int weight) {
            this.code = code;
            this.weight = weight;
        }

        String code() { return code; }
    }

    public static void main(String[] args) {
        for (Day d : Day.values()) System.out.print(d + "=" + d.ordinal() + " ");
        System.out.println();
        Day w = Day.valueOf("WED");
        System.out.println(w + " " + w.name() + " " + w.compareTo(Day.FRI) + " " + w.equals(Day.WED) + " " + (w == Day.WED));
        System.out.println(Day.values().length + " " + (Day.values() != Day.values()));
        try {
            Day.valueOf("FUNDAY");
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        try {
            Size.valueOf(null);
        } catch (NullPointerException e) {
            System.out.println("NPE " + e.getMessage());
        }
        for (Size s : Size.values()) System.out.print(s.code() + s.weight + " ");
        System.out.println();
        System.out.println(Enum.valueOf(Size.class, "LARGE").code() + " " + Size.MEDIUM.getDeclaringClass().getName());
        EnumMap<Day, Integer> hours = new EnumMap<>(Day.class);
        hours.put(Day.FRI, 6);
        hours.put(Day.MON, 8);
        hours.put(Day.WED, 7);
        System.out.println(hours);
        int total = 0;
        for (Map.Entry<Day, Integer> e : hours.entrySet()) total += e.getValue();
        System.out.println("total " + total);
        EnumSet<Day> weekend = EnumSet.of(Day.SAT, Day.SUN);
        EnumSet<Day> weekdays = EnumSet.complementOf(weekend);
        System.out.println(weekend + " " + weekdays + " " + EnumSet.range(Day.TUE, Day.THU) + " " + EnumSet.noneOf(Day.class));
        for (Day d : Day.values()) {
            String kind;
            switch (d) {
                case SAT:
                case SUN:
                    kind = "rest";
                    break;
                case FRI:
                    kind = "almost";
                    break;
                default:
                    kind = "work";
            }
            System.out.print(kind + " ");
        }
        System.out.println();
        System.out.println(Day.MON.hashCode() == Day.MON.hashCode());
    }
}
