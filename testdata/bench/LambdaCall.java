import java.util.function.IntUnaryOperator;

// Call benchmark: a lambda called 10 million times through its functional interface. Compare with
// InterfaceCall, the same loop calling an ordinary class through the same interface.
public class LambdaCall {
    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000_000;
        IntUnaryOperator f = x -> x * 31 + 7;
        System.out.println("checksum " + run(f, n));
    }

    static int run(IntUnaryOperator f, int n) {
        int acc = 0;
        for (int i = 0; i < n; i++) {
            acc = f.applyAsInt(acc ^ i);
        }
        return acc;
    }
}
