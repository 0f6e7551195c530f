import java.util.*;
import java.util.stream.*;

// IntStream, LongStream and DoubleStream: range/rangeClosed, of, map/filter/mapToObj/mapToLong,
// sum, average, min/max, count, summaryStatistics, boxed, iterate with limit and with a
// predicate, generate, reduce, anyMatch/allMatch/noneMatch, sorted, distinct, toArray, asDoubleStream.
public class Main {
    public static void main(String[] args) {
        System.out.println("range " + Arrays.toString(IntStream.range(0, 10).toArray()));
        System.out.println("rangeClosed sum " + IntStream.rangeClosed(1, 100).sum());
        System.out.println("empty range " + IntStream.range(5, 5).count() + " " + IntStream.range(5, 1).sum());
        System.out.println("squares of odds " + Arrays.toString(IntStream.range(0, 20).filter(i -> i % 2 == 1).map(i -> i * i).toArray()));
        System.out.println("mapToObj " + IntStream.rangeClosed(1, 5).mapToObj(i -> "n" + i).collect(Collectors.joining(",")));
        System.out.println("average " + IntStream.of(1, 2, 3, 4).average().getAsDouble() + " empty " + IntStream.empty().average().isPresent());
        System.out.println("min/max " + IntStream.of(5, -3, 17, 0).min().getAsInt() + " " + IntStream.of(5, -3, 17, 0).max().getAsInt());
        IntSummaryStatistics st = IntStream.of(4, 8, 15, 16, 23, 42).summaryStatistics();
        System.out.println("stats " + st);
        System.out.println("stats parts " + st.getCount() + " " + st.getSum() + " " + st.getMin() + " " + st.getMax() + " " + st.getAverage());
        System.out.println("empty stats " + IntStream.empty().summaryStatistics());
        List<Integer> boxed = IntStream.range(0, 5).map(i -> 10 - i).boxed().collect(Collectors.toList());
        System.out.println("boxed " + boxed + " " + boxed.get(0).getClass().getSimpleName());
        System.out.println("iterate " + Arrays.toString(IntStream.iterate(1, i -> i * 2).limit(12).toArray()));
        System.out.println("iterate pred " + Arrays.toString(IntStream.iterate(100, i -> i > 0, i -> i / 3).toArray()));
        int[] seq = {0};
        System.out.println("generate " + Arrays.toString(IntStream.generate(() -> seq[0]++ * 7).limit(6).toArray()));
        System.out.println("reduce " + IntStream.rangeClosed(1, 10).reduce(1, (a, b) -> a * b) + " " + IntStream.range(0, 0).reduce(Integer::sum).isPresent());
        System.out.println("match " + IntStream.range(0, 10).anyMatch(i -> i == 7) + " " + IntStream.range(0, 10).allMatch(i -> i < 10) + " " + IntStream.range(0, 10).noneMatch(i -> i > 5));
        System.out.println("sorted distinct " + Arrays.toString(IntStream.of(5, 3, 5, 1, 3, 9, 1).distinct().sorted().toArray()));
        System.out.println("skip/limit " + Arrays.toString(IntStream.range(0, 100).skip(95).toArray()) + " " + Arrays.toString(IntStream.range(0, 100).limit(3).toArray()));
        System.out.println("takeWhile/dropWhile " + Arrays.toString(IntStream.of(1, 2, 3, 10, 2, 1).takeWhile(i -> i < 5).toArray()) + " "
                + Arrays.toString(IntStream.of(1, 2, 3, 10, 2, 1).dropWhile(i -> i < 5).toArray()));
        System.out.println("chars " + "hello".chars().map(Character::toUpperCase).mapToObj(c -> String.valueOf((char) c)).collect(Collectors.joining()));
        System.out.println("findFirst " + IntStream.range(10, 20).filter(i -> i % 7 == 0).findFirst().getAsInt());
        System.out.println("flatMap " + Arrays.toString(IntStream.range(1, 4).flatMap(i -> IntStream.range(0, i)).toArray()));
        System.out.println("peek " + IntStream.range(0, 4).peek(i -> System.out.print("<" + i + ">")).map(i -> -i).sum());

        System.out.println("long range " + LongStream.rangeClosed(1, 20).reduce(1L, (a, b) -> a * b));
        System.out.println("long sum big " + LongStream.range(0, 100000).map(x -> x * x).sum());
        LongSummaryStatistics lst = LongStream.of(Long.MAX_VALUE / 2, 1, -5).summaryStatistics();
        System.out.println("long stats " + lst);
        System.out.println("long iterate " + Arrays.toString(LongStream.iterate(1, x -> x * 10).limit(13).toArray()));
        System.out.println("long boxed " + LongStream.of(3, 1, 2).boxed().sorted(Comparator.reverseOrder()).collect(Collectors.toList()));
        System.out.println("mapToLong " + IntStream.of(100000, 300000).mapToLong(i -> (long) i * i).sum());
        System.out.println("long avg " + LongStream.of(1, 2).average().getAsDouble());

        System.out.println("double sum " + DoubleStream.of(0.1, 0.2, 0.3).sum());
        System.out.println("double avg " + DoubleStream.of(1.5, 2.5, 3.5).average().getAsDouble());
        DoubleSummaryStatistics dst = DoubleStream.of(2.0, -1.25, 8.5).summaryStatistics();
        System.out.println("double stats " + dst);
        System.out.println("double map " + Arrays.toString(DoubleStream.iterate(1.0, d -> d / 2).limit(6).map(d -> d * 3).toArray()));
        System.out.println("double filter " + DoubleStream.of(1.0, Double.NaN, 3.0, Double.POSITIVE_INFINITY).filter(Double::isFinite).count());
        System.out.println("asDoubleStream " + IntStream.rangeClosed(1, 4).asDoubleStream().map(Math::sqrt).boxed().map(d -> String.format("%.4f", d)).collect(Collectors.joining(" ")));
        System.out.println("mapToInt " + DoubleStream.of(1.4, 1.5, 2.6).mapToInt(d -> (int) Math.round(d)).sum());
        System.out.println("mapToObj double " + DoubleStream.of(0.5, 0.25).mapToObj(d -> "[" + d + "]").collect(Collectors.joining()));
        System.out.println("double max " + DoubleStream.of(-0.0, 0.0).max().getAsDouble() + " min " + DoubleStream.of(-0.0, 0.0).min().getAsDouble());
        System.out.println("double sorted " + Arrays.toString(DoubleStream.of(3, Double.NaN, -1, 2).sorted().toArray()));

        int[] data = {9, 4, 7, 1, 8};
        System.out.println("Arrays.stream " + Arrays.stream(data).map(x -> x * 10).sum() + " " + Arrays.stream(data, 1, 3).sum());
        System.out.println("Stream.mapToInt " + Stream.of("a", "bb", "ccc").mapToInt(String::length).max().getAsInt());
        System.out.println("collect " + IntStream.range(0, 5).collect(StringBuilder::new, (sb, i) -> sb.append(i).append(';'), StringBuilder::append));
        System.out.println("pipeline " + IntStream.iterate(1, i -> i + 1).filter(i -> i % 3 == 0).map(i -> i * i).limit(5).boxed().map(String::valueOf).collect(Collectors.joining("+")));
    }
}
