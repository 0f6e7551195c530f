import java.util.*;
import java.util.function.*;

// Exceptions thrown inside lambdas and method references: caught ones with their stack frames
// (only the frames of Main are printed: synthetic lambda$... methods, the hidden lambda classes
// are not shown), exceptions crossing nested lambdas and JDK code (forEach, computeIfAbsent),
// printStackTrace of a lambda exception with a cause, and finally an uncaught exception thrown
// from a lambda that ends the program with exit code 1.
public class Main {
    static int explode(int x) {
        if (x > 2) {
            throw new IllegalStateException("explode at " + x);
        }
        return x * 10;
    }

    static void printMainFrames(Throwable t) {
        System.out.println("caught " + t);
        for (StackTraceElement e : t.getStackTrace()) {
            if (e.getClassName().equals("Main")) {
                System.out.println("  at " + e.getMethodName() + ":" + e.getLineNumber());
            }
        }
    }

    interface Thrower { void run() throws Exception; }

    static void runThrower(Thrower t) {
        try {
            t.run();
        } catch (Exception e) {
            printMainFrames(e);
        }
    }

    public static void main(String[] args) {
        IntUnaryOperator ex = Main::explode;
        for (int i = 1; i <= 3; i++) {
            try {
                System.out.println("explode " + i + " -> " + ex.applyAsInt(i));
            } catch (IllegalStateException e) {
                printMainFrames(e);
            }
        }
        Function<String, Integer> parse = s -> Integer.parseInt(s.trim());
        try {
            parse.apply(" 12x ");
        } catch (NumberFormatException e) {
            printMainFrames(e);
        }
        Supplier<Supplier<String>> nested = () -> () -> {
            Object o = "str";
            return ((Integer) o).toString();
        };
        try {
            nested.get().get();
        } catch (ClassCastException e) {
            printMainFrames(e);
        }
        try {
            List.of(1, 2, 3, 4).forEach(i -> {
                if (i == 3) throw new ArithmeticException("forEach stop at " + i);
                System.out.println("forEach " + i);
            });
        } catch (ArithmeticException e) {
            printMainFrames(e);
        }
        Map<String, Integer> m = new TreeMap<>();
        try {
            m.computeIfAbsent("k", k -> { throw new UnsupportedOperationException("no compute for " + k); });
        } catch (UnsupportedOperationException e) {
            printMainFrames(e);
            System.out.println("map still empty " + m.isEmpty());
        }
        runThrower(() -> { throw new java.io.FileNotFoundException("missing.txt"); });
        runThrower(() -> {
            int[] a = new int[2];
            a[explode(1) / 5] = 1;  // index 2 out of bounds
        });
        String nul = args.length > 9 ? "x" : null;
        Supplier<Integer> npe = () -> nul.length();
        try {
            npe.get();
        } catch (NullPointerException e) {
            printMainFrames(e);
        }
        try {
            Runnable wrap = () -> {
                try {
                    explode(5);
                } catch (IllegalStateException e) {
                    throw new RuntimeException("wrapped in lambda", e);
                }
            };
            wrap.run();
        } catch (RuntimeException e) {
            printMainFrames(e);
            printMainFrames(e.getCause());
        }
        System.out.println("now the uncaught one");
        System.out.flush();
        Consumer<Integer> last = n -> {
            int[] data = new int[n];
            BiFunction<int[], Integer, Integer> get = (arr, i) -> arr[i];
            System.out.println("value " + get.apply(data, n));
        };
        last.accept(4);
        System.out.println("not reached");
    }
}
