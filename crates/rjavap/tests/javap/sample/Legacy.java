package sample;

import java.util.*;

/** Java 7 source: compiled for old class-file versions (synthetic accessors, StringBuilder concatenation). */
public class Legacy implements Comparable<Legacy>, Cloneable {
    private int secret = 42;
    private static String shared = "s";

    public int compareTo(Legacy other) {
        return secret - other.secret;
    }

    String concat(int a, long b, Object c) {
        return "a=" + a + ", b=" + b + ", c=" + c + shared;
    }

    class Peer {
        int peek() {
            return secret++;
        }
    }

    static class Counter {
        private int count;

        private void bump() {
            count++;
        }

        static Counter make() {
            Counter c = new Counter();
            c.bump();
            return c;
        }
    }

    interface Listener extends EventListener {
        void changed(EventObject event);
    }

    Listener listener() {
        return new Listener() {
            public void changed(EventObject event) {
                secret = event.hashCode();
            }
        };
    }

    int dispatch(String key, Map<String, ? super Integer> sink) {
        switch (key) {
            case "one":
                sink.put(key, 1);
                return 1;
            case "two":
                return 2;
            default:
                return 0;
        }
    }

    @Override
    protected Legacy clone() throws CloneNotSupportedException {
        return (Legacy) super.clone();
    }
}
