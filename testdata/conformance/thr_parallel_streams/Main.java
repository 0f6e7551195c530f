import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

// Parallel streams on the common ForkJoinPool and the parallel array operations: every result
// is the same as the sequential one (ordered collection, associative reductions).
public class Main {
    public static void main(String[] args) {
        System.out.println("parallel sum " + IntStream.range(0, 20_000).parallel().sum());
        System.out.println("parallel long sum of squares " + LongStream.rangeClosed(1, 20_000).parallel().map(x -> x * x).sum());
        System.out.println("parallel count of multiples of 7 " + IntStream.range(0, 20_000).parallel().filter(x -> x % 7 == 0).count());
        System.out.println("parallel max " + IntStream.range(0, 5_000).parallel().map(x -> (x * 37) % 4999).max().getAsInt());

        List<Integer> squares = IntStream.range(0, 2_000).parallel().filter(x -> x % 3 == 0).map(x -> x * x)
                .boxed().collect(Collectors.toList());
        List<Integer> sequential = IntStream.range(0, 2_000).filter(x -> x % 3 == 0).map(x -> x * x)
                .boxed().collect(Collectors.toList());
        System.out.println("ordered collect: " + squares.size() + " items, equal to sequential " + squares.equals(sequential)
                + ", first " + squares.subList(0, 5) + ", last " + squares.get(squares.size() - 1));

        System.out.println("parallel reduce " + IntStream.rangeClosed(1, 3_000).parallel().reduce(0, (x, y) -> x + y));
        System.out.println("parallel reduce (xor) " + IntStream.range(0, 3_000).parallel().reduce(0, (x, y) -> x ^ y));
        String joined = IntStream.range(0, 40).parallel().mapToObj(Integer::toString).collect(Collectors.joining(","));
        System.out.println("parallel joining " + joined);
        Map<Integer, Long> byRemainder = IntStream.range(0, 1_000).parallel().boxed()
                .collect(Collectors.groupingByConcurrent(x -> x % 5, Collectors.counting()));
        System.out.println("groupingByConcurrent " + new TreeMap<>(byRemainder));
        Map<Boolean, Long> parts = IntStream.range(0, 1_000).parallel().boxed()
                .collect(Collectors.partitioningBy(x -> x % 2 == 0, Collectors.summingLong(x -> x)));
        System.out.println("partitioningBy " + parts);
        System.out.println("findFirst " + IntStream.range(0, 10_000).parallel().filter(x -> x > 1234 && x % 11 == 0).findFirst().getAsInt());
        System.out.println("anyMatch " + IntStream.range(0, 10_000).parallel().anyMatch(x -> x == 9_999)
                + " allMatch " + IntStream.range(0, 10_000).parallel().allMatch(x -> x >= 0)
                + " noneMatch " + IntStream.range(0, 10_000).parallel().noneMatch(x -> x < 0));
        System.out.println("sorted parallel " + IntStream.of(5, 3, 9, 1, 7, 2, 8).parallel().sorted().boxed().collect(Collectors.toList()));
        System.out.println("distinct parallel count " + IntStream.range(0, 3_000).parallel().map(x -> x % 97).distinct().count());
        AtomicLong sideEffects = new AtomicLong();
        IntStream.range(0, 5_000).parallel().forEach(x -> sideEffects.addAndGet(x));
        System.out.println("forEach with an AtomicLong " + sideEffects.get());
        StringBuilder ordered = new StringBuilder();
        IntStream.range(0, 30).parallel().forEachOrdered(x -> ordered.append(x).append(' '));
        System.out.println("forEachOrdered " + ordered.toString().trim());
        System.out.println("isParallel " + IntStream.range(0, 3).parallel().isParallel() + " after sequential() "
                + IntStream.range(0, 3).parallel().sequential().isParallel());

        Random rnd = new Random(42);
        int[] data = new int[30_000];
        for (int i = 0; i < data.length; i++) data[i] = rnd.nextInt(1_000_000) - 500_000;
        int[] copy = data.clone();
        Arrays.parallelSort(data);
        Arrays.sort(copy);
        System.out.println("parallelSort equals sort " + Arrays.equals(data, copy) + ", min " + data[0] + ", max "
                + data[data.length - 1] + ", median " + data[data.length / 2]);
        long[] prefix = new long[10_000];
        Arrays.parallelSetAll(prefix, i -> i % 10);
        Arrays.parallelPrefix(prefix, Long::sum);
        System.out.println("parallelSetAll + parallelPrefix: last " + prefix[prefix.length - 1] + ", at 4999 " + prefix[4999]);
        double[] ds = new double[20_000];
        Arrays.parallelSetAll(ds, i -> (i * 7919) % 20_000 / 2.0);
        Arrays.parallelSort(ds);
        System.out.println("parallelSort doubles: " + ds[0] + " " + ds[1] + " " + ds[ds.length - 1]);
        String[] words = new String[2_000];
        for (int i = 0; i < words.length; i++) words[i] = "w" + (i * 31 % 2_000);
        Arrays.parallelSort(words);
        System.out.println("parallelSort strings: " + words[0] + " " + words[1] + " " + words[words.length - 1]);
        System.out.println("parallel sum of collection " + Arrays.stream(copy, 0, 5_000).boxed().collect(Collectors.toList())
                .parallelStream().mapToLong(Integer::longValue).sum() + " = " + Arrays.stream(copy, 0, 5_000).asLongStream().sum());
    }
}
