package sample;

import java.io.IOException;
import java.io.Serializable;
import java.util.*;
import java.util.function.*;

/** Generic classes, methods, bounds, wildcards, inner classes of generic classes, bridges. */
public class Generics<T extends Comparable<? super T>, U extends Number & Serializable>
        extends AbstractList<T> implements RandomAccess, Serializable {
    private static final long serialVersionUID = 1L;

    protected Map<String, List<? extends U>> byName = new HashMap<>();
    public List<?>[] wildcards;
    Generics<T, U>.Cursor<String> cursor;
    Map.Entry<T, U> entry;
    public static <K, V extends Comparable<V>> Map<K, V> make(K key, V value) {
        return Collections.singletonMap(key, value);
    }

    public <E extends Exception> void mayThrow(Supplier<E> s) throws E, IOException {
        throw s.get();
    }

    @SafeVarargs
    public final <X> List<X> listOf(X... xs) {
        return Arrays.asList(xs);
    }

    public T get(int i) {
        return null;
    }

    public int size() {
        return 0;
    }

    /** An inner class of a generic class, itself generic. */
    public class Cursor<C extends CharSequence> implements Iterator<T> {
        C label;

        public boolean hasNext() {
            return false;
        }

        public T next() {
            throw new NoSuchElementException();
        }
    }

    static class Box<B> implements Comparable<Box<B>>, Supplier<B> {
        B value;

        public int compareTo(Box<B> o) {
            return 0;
        }

        public B get() {
            return value;
        }
    }

    interface Visitor<R, P> {
        R visit(Generics<?, ?> node, P param);

        default <Q> Visitor<R, Q> ignoring() {
            return (n, q) -> visit(n, null);
        }
    }

    Object raw() {
        List raw = new ArrayList();
        raw.add(this);
        return raw;
    }
}
