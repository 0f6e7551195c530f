import java.util.function.IntUnaryOperator;

// Call benchmark: an ordinary class called 10 million times through an interface; the baseline
// for LambdaCall, which runs the same loop with a lambda.
public class InterfaceCall {
    static final class Step implements IntUnaryOperator {
        @Override
        public int applyAsInt(int x) {
            return x * 31 + 7;
        }
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000_000;
        System.out.println("checksum " + run(new Step(), n));
    }

    static int run(IntUnaryOperator f, int n) {
        int acc = 0;
        for (int i = 0; i < n; i++) {
            acc = f.applyAsInt(acc ^ i);
        }
        return acc;
    }
}
