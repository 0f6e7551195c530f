import java.util.*;
import java.util.function.*;

// Unbound instance method references (Type::instanceMethod): the first argument is the receiver.
// String::toUpperCase, String::compareTo as a Comparator, methods of own classes, interface and
// abstract methods dispatched virtually, generic methods, Object methods, and array receivers.
public class Main {
    interface Animal { String sound(); default String twice() { return sound() + sound(); } }

    static class Dog implements Animal {
        public String sound() { return "woof"; }
        @Override public String toString() { return "Dog"; }
    }

    static class Puppy extends Dog {
        @Override public String sound() { return "yip"; }
        @Override public String toString() { return "Puppy"; }
    }

    static class Cat implements Animal {
        public String sound() { return "meow"; }
    }

    static abstract class Shape {
        abstract double area();
        String label() { return getClass().getSimpleName() + "=" + area(); }
    }

    static class Sq extends Shape {
        final double s;
        Sq(double s) { this.s = s; }
        double area() { return s * s; }
    }

    static class Rect extends Shape {
        final double w, h;
        Rect(double w, double h) { this.w = w; this.h = h; }
        double area() { return w * h; }
    }

    static class Box<T> {
        T value;
        Box(T v) { value = v; }
        T get() { return value; }
        <R> Box<R> map(Function<? super T, ? extends R> f) { return new Box<>(f.apply(value)); }
        boolean holds(T other) { return Objects.equals(value, other); }
    }

    public static void main(String[] args) {
        Function<String, String> upper = String::toUpperCase;
        System.out.println(upper.apply("unbound"));
        UnaryOperator<String> trim = String::trim;
        System.out.println("[" + trim.apply("   spaced   ") + "]");
        ToIntFunction<String> len = String::length;
        System.out.println("len " + len.applyAsInt("seven!!"));
        Predicate<String> empty = String::isEmpty;
        System.out.println("empty " + empty.test("") + " " + empty.test("x") + " negate " + empty.negate().test(""));
        BiFunction<String, String, Boolean> eqIc = String::equalsIgnoreCase;
        System.out.println("eqIc " + eqIc.apply("AbC", "aBc"));
        BiFunction<String, Integer, String> rep = String::repeat;
        System.out.println("repeat " + rep.apply("ab", 3));
        BiPredicate<String, String> contains = String::contains;
        System.out.println("contains " + contains.test("haystack", "st") + " " + contains.test("haystack", "needle"));

        Comparator<String> natural = String::compareTo;
        List<String> words = new ArrayList<>(List.of("pear", "Apple", "fig", "banana", "apple", "Fig"));
        words.sort(natural);
        System.out.println("natural " + words);
        words.sort(String::compareToIgnoreCase);
        System.out.println("ignoreCase " + words);
        words.sort(natural.reversed());
        System.out.println("reversed " + words);
        System.out.println("compare " + natural.compare("a", "b") + " " + natural.compare("b", "a") + " " + natural.compare("q", "q"));

        Function<Animal, String> sound = Animal::sound;
        Function<Dog, String> dogSound = Dog::sound;
        Function<Animal, String> tw = Animal::twice;
        List<Animal> zoo = List.of(new Dog(), new Puppy(), new Cat());
        for (Animal a : zoo) {
            System.out.println("sound " + sound.apply(a) + " twice " + tw.apply(a));
        }
        System.out.println("dogSound " + dogSound.apply(new Puppy()));

        Function<Shape, String> label = Shape::label;
        ToDoubleFunction<Shape> area = Shape::area;
        List<Shape> shapes = List.of(new Sq(3), new Rect(2, 4.5), new Sq(0.5));
        double total = 0;
        for (Shape s : shapes) {
            System.out.println(label.apply(s));
            total += area.applyAsDouble(s);
        }
        System.out.println("total " + total);

        Function<Box<String>, String> unbox = Box::get;
        BiPredicate<Box<Integer>, Integer> holds = Box::holds;
        Box<String> b = new Box<>("boxed");
        System.out.println("box " + unbox.apply(b) + " " + b.map(String::length).get() + " " + holds.test(new Box<>(5), 5));
        BiFunction<Box<String>, Function<String, Integer>, Box<Integer>> mapper = Box::map;
        System.out.println("mapped " + mapper.apply(b, String::hashCode).get());

        Function<Object, String> ts = Object::toString;
        System.out.println("toString " + ts.apply(new Dog()) + " " + ts.apply(12) + " " + ts.apply(List.of(1)));
        ToIntFunction<Object> hc = Object::hashCode;
        System.out.println("hashCode " + hc.applyAsInt("abc") + " " + hc.applyAsInt(99L) + " " + hc.applyAsInt(true));
        BiPredicate<Object, Object> eq = Object::equals;
        System.out.println("equals " + eq.test("a", "a") + " " + eq.test(1, 1L));
        Function<Object, Class<?>> gc = Object::getClass;
        System.out.println("getClass " + gc.apply("s").getName() + " " + gc.apply(new int[0]).getName());

        Function<Integer, Integer> abs = Math::abs;
        ToIntFunction<Integer> intValue = Integer::intValue;
        ToLongFunction<Integer> longValue = Integer::longValue;
        ToDoubleFunction<Integer> dv = Integer::doubleValue;
        System.out.println("intValue " + intValue.applyAsInt(-3) + " " + longValue.applyAsLong(-3) + " " + dv.applyAsDouble(-3) + " " + abs.apply(-3));
        BiFunction<Integer, Integer, Integer> cmpTo = Integer::compareTo;
        System.out.println("compareTo " + cmpTo.apply(5, 9) + " " + cmpTo.apply(9, 5));

        Function<int[], Object> cloneArr = int[]::clone;
        int[] orig = {3, 1, 2};
        int[] cp = (int[]) cloneArr.apply(orig);
        cp[0] = 99;
        System.out.println("array clone " + Arrays.toString(orig) + " " + Arrays.toString(cp));

        Function<List<String>, Integer> lsize = List::size;
        BiFunction<List<String>, Object, Boolean> lcont = List::contains;
        Function<Collection<String>, Iterator<String>> it = Collection::iterator;
        List<String> l = List.of("x", "y", "z");
        System.out.println("list " + lsize.apply(l) + " " + lcont.apply(l, "y") + " " + it.apply(l).next());
        Function<Map.Entry<String, Integer>, String> key = Map.Entry::getKey;
        Function<Map.Entry<String, Integer>, Integer> value = Map.Entry::getValue;
        for (Map.Entry<String, Integer> e : new TreeMap<>(Map.of("b", 2, "a", 1)).entrySet()) {
            System.out.println("entry " + key.apply(e) + "=" + value.apply(e));
        }
        Function<StringBuilder, StringBuilder> reverse = StringBuilder::reverse;
        System.out.println("sb " + reverse.andThen(StringBuilder::toString).apply(new StringBuilder("drawer")));
        Function<Enum<?>, String> nm = Enum::name;
        ToIntFunction<Thread.State> ord = Thread.State::ordinal;
        System.out.println("enum " + nm.apply(Thread.State.BLOCKED) + " " + ord.applyAsInt(Thread.State.RUNNABLE));
    }
}
