import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.StringJoiner;

public class Main {
    static Optional<String> find(String[] haystack, String prefix) {
        for (String s : haystack) if (s.startsWith(prefix)) return Optional.of(s);
        return Optional.empty();
    }

    public static void main(String[] args) {
        String[] words = {"apple", "banana", "cherry"};
        Optional<String> b = find(words, "b");
        Optional<String> z = find(words, "z");
        System.out.println(b + " " + z + " " + b.isPresent() + " " + z.isEmpty() + " " + b.get() + " " + z.orElse("none") + " " + b.orElse("none"));
        try {
            z.get();
        } catch (NoSuchElementException e) {
            System.out.println("get on empty: " + e.getMessage());
        }
        try {
            z.orElseThrow();
        } catch (NoSuchElementException e) {
            System.out.println("orElseThrow: " + e.getMessage());
        }
        try {
            Optional.of(null);
        } catch (NullPointerException e) {
            System.out.println("Optional.of(null): NPE");
        }
        System.out.println(Optional.ofNullable(null) + " " + Optional.ofNullable("x") + " " + b.equals(Optional.of("banana")) + " " + b.hashCode() + " " + z.hashCode());
        System.out.println(OptionalInt.of(5) + " " + OptionalInt.empty() + " " + OptionalDouble.of(2.5).getAsDouble() + " " + OptionalInt.empty().orElse(-1));
        StringJoiner sj = new StringJoiner("|", "<", ">");
        sj.add("a").add("b");
        StringJoiner other = new StringJoiner("-");
        other.add("c").add("d");
        sj.merge(other);
        System.out.println(sj);
        var list = new java.util.ArrayList<String>();
        list.add("var works");
        for (var s : list) System.out.println(s + " " + s.getClass().getSimpleName());
        var number = 10L;
        var half = number / 4.0;
        System.out.println(number + " " + half);
    }
}
