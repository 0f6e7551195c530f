import java.util.*;
import java.util.function.*;
import java.util.stream.*;

// Collectors.groupingBy with TreeMap factories and downstream collectors (counting, mapping,
// summingInt, averagingDouble, maxBy, toCollection, nested groupingBy, collectingAndThen,
// filtering, flatMapping) and partitioningBy with and without a downstream.
public class Main {
    static final class Person {
        final String name; final String city; final int age; final double salary; final List<String> skills;
        Person(String name, String city, int age, double salary, String... skills) {
            this.name = name; this.city = city; this.age = age; this.salary = salary; this.skills = List.of(skills);
        }
        String name() { return name; }
        String city() { return city; }
        int age() { return age; }
        double salary() { return salary; }
        @Override public String toString() { return name; }
    }

    public static void main(String[] args) {
        List<Person> people = List.of(
                new Person("Ann", "Oslo", 31, 5200.0, "java", "sql"),
                new Person("Bob", "Rome", 45, 4100.5, "go"),
                new Person("Cid", "Oslo", 23, 3900.0, "java", "rust"),
                new Person("Dee", "Lima", 38, 6100.25, "sql"),
                new Person("Eve", "Rome", 29, 4800.0, "java", "go", "c"),
                new Person("Fay", "Oslo", 52, 7000.0),
                new Person("Gus", "Lima", 19, 2500.0, "c"));

        Map<String, List<Person>> byCity = people.stream().collect(Collectors.groupingBy(Person::city, TreeMap::new, Collectors.toList()));
        System.out.println("byCity " + byCity);
        Map<String, Long> counts = people.stream().collect(Collectors.groupingBy(Person::city, TreeMap::new, Collectors.counting()));
        System.out.println("counts " + counts);
        Map<String, List<String>> names = people.stream().collect(Collectors.groupingBy(Person::city, TreeMap::new, Collectors.mapping(Person::name, Collectors.toList())));
        System.out.println("names " + names);
        Map<String, Integer> ageSum = people.stream().collect(Collectors.groupingBy(Person::city, TreeMap::new, Collectors.summingInt(Person::age)));
        System.out.println("ageSum " + ageSum);
        Map<String, Double> avgSalary = people.stream().collect(Collectors.groupingBy(Person::city, TreeMap::new, Collectors.averagingDouble(Person::salary)));
        System.out.println("avgSalary " + avgSalary);
        Map<String, Optional<Person>> oldest = people.stream().collect(Collectors.groupingBy(Person::city, TreeMap::new, Collectors.maxBy(Comparator.comparingInt(Person::age))));
        System.out.println("oldest " + oldest);
        Map<String, String> youngestName = people.stream().collect(Collectors.groupingBy(Person::city, TreeMap::new,
                Collectors.collectingAndThen(Collectors.minBy(Comparator.comparingInt(Person::age)), o -> o.map(Person::name).orElse("?"))));
        System.out.println("youngest " + youngestName);
        Map<Integer, TreeSet<String>> byDecade = people.stream().collect(Collectors.groupingBy(p -> p.age / 10 * 10, TreeMap::new,
                Collectors.mapping(Person::name, Collectors.toCollection(TreeSet::new))));
        System.out.println("byDecade " + byDecade);
        Map<String, Map<Boolean, Long>> nested = people.stream().collect(Collectors.groupingBy(Person::city, TreeMap::new,
                Collectors.partitioningBy(p -> p.age >= 30, Collectors.counting())));
        System.out.println("nested " + nested);
        Map<String, Map<Integer, List<String>>> nested2 = people.stream().collect(Collectors.groupingBy(Person::city, TreeMap::new,
                Collectors.groupingBy(p -> p.skills.size(), TreeMap::new, Collectors.mapping(Person::name, Collectors.toList()))));
        System.out.println("nested2 " + nested2);
        Map<String, List<String>> filtered = people.stream().collect(Collectors.groupingBy(Person::city, TreeMap::new,
                Collectors.filtering(p -> p.salary > 4500, Collectors.mapping(Person::name, Collectors.toList()))));
        System.out.println("filtering " + filtered);
        Map<String, Set<String>> skillsByCity = people.stream().collect(Collectors.groupingBy(Person::city, TreeMap::new,
                Collectors.flatMapping(p -> p.skills.stream(), Collectors.toCollection(TreeSet::new))));
        System.out.println("flatMapping " + skillsByCity);
        Map<String, String> joined = people.stream().collect(Collectors.groupingBy(Person::city, TreeMap::new,
                Collectors.mapping(Person::name, Collectors.joining("+", "{", "}"))));
        System.out.println("joined " + joined);
        Map<String, DoubleSummaryStatistics> stats = people.stream().collect(Collectors.groupingBy(Person::city, TreeMap::new, Collectors.summarizingDouble(Person::salary)));
        stats.forEach((k, v) -> System.out.println("stats " + k + " " + v.getCount() + " " + v.getMin() + " " + v.getMax() + " " + v.getSum()));
        Map<String, Integer> reduced = people.stream().collect(Collectors.groupingBy(Person::city, TreeMap::new, Collectors.reducing(0, Person::age, Integer::max)));
        System.out.println("reducing " + reduced);

        Map<Boolean, List<Person>> part = people.stream().collect(Collectors.partitioningBy(p -> p.skills.contains("java")));
        System.out.println("partition " + part);
        System.out.println("partition keys " + part.keySet() + " false=" + part.get(false) + " true=" + part.get(true));
        Map<Boolean, Long> partCount = people.stream().collect(Collectors.partitioningBy(p -> p.age > 100, Collectors.counting()));
        System.out.println("partition empty side " + partCount);
        Map<Boolean, Double> partAvg = people.stream().collect(Collectors.partitioningBy(p -> p.city.equals("Oslo"), Collectors.averagingInt(Person::age)));
        System.out.println("partition avg " + partAvg);

        Map<Character, Long> letters = Stream.of("banana", "apple", "cherry", "avocado", "blueberry").flatMapToInt(String::chars)
                .mapToObj(c -> (char) c).collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
        System.out.println("letters " + letters);
        Map<Integer, List<Integer>> mod = IntStream.rangeClosed(1, 15).boxed().collect(Collectors.groupingBy(i -> i % 4, TreeMap::new, Collectors.toList()));
        System.out.println("mod4 " + mod);
        Map<Boolean, List<Integer>> primes = IntStream.rangeClosed(2, 20).boxed().collect(Collectors.partitioningBy(
                n -> IntStream.rangeClosed(2, (int) Math.sqrt(n)).noneMatch(d -> n % d == 0)));
        System.out.println("primes " + primes);
        Map<Integer, Long> lengthHistogram = Stream.of("a", "bb", "cc", "ddd", "e", "ffff", "gg").collect(Collectors.groupingBy(String::length, Collectors.counting()));
        System.out.println("histogram " + new TreeMap<>(lengthHistogram));
        Map<String, List<Integer>> plainHash = Stream.of(1, 2, 3, 4, 5, 6).collect(Collectors.groupingBy(i -> i % 2 == 0 ? "even" : "odd"));
        System.out.println("hash map sorted " + new TreeMap<>(plainHash));
        ConcurrentMapCheck.run();
    }

    static class ConcurrentMapCheck {
        static void run() {
            Map<Integer, Long> m = Stream.of("x", "yy", "zz", "www").collect(Collectors.groupingByConcurrent(String::length, Collectors.counting()));
            System.out.println("concurrent " + new TreeMap<>(m) + " " + m.getClass().getSimpleName());
        }
    }
}
