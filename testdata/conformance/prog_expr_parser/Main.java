import java.util.HashMap;
import java.util.Map;

public class Main {
    static class ParseException extends Exception {
        final int pos;
        ParseException(String msg, int pos) {
            super(msg + " at position " + pos);
            this.pos = pos;
        }
    }

    static class Parser {
        private final String src;
        private int pos;
        private final Map<String, Double> vars;

        Parser(String src, Map<String, Double> vars) {
            this.src = src;
            this.vars = vars;
        }

        double parse() throws ParseException {
            double v = expr();
            skipWs();
            if (pos < src.length()) throw new ParseException("unexpected '" + src.charAt(pos) + "'", pos);
            return v;
        }

        private void skipWs() {
            while (pos < src.length() && Character.isWhitespace(src.charAt(pos))) pos++;
        }

        private boolean eat(char c) {
            skipWs();
            if (pos < src.length() && src.charAt(pos) == c) {
                pos++;
                return true;
            }
            return false;
        }

        private double expr() throws ParseException {
            double v = term();
            while (true) {
                if (eat('+')) v += term();
                else if (eat('-')) v -= term();
                else return v;
            }
        }

        private double term() throws ParseException {
            double v = factor();
            while (true) {
                if (eat('*')) v *= factor();
                else if (eat('/')) {
                    int at = pos;
                    double d = factor();
                    if (d == 0) throw new ParseException("division by zero", at);
                    v /= d;
                } else if (eat('%')) v %= factor();
                else return v;
            }
        }

        private double factor() throws ParseException {
            double base = unary();
            if (eat('^')) return Math.pow(base, factor());
            return base;
        }

        private double unary() throws ParseException {
            if (eat('-')) return -unary();
            if (eat('+')) return unary();
            return primary();
        }

        private double primary() throws ParseException {
            skipWs();
            if (eat('(')) {
                double v = expr();
                if (!eat(')')) throw new ParseException("expected ')'", pos);
                return v;
            }
            int start = pos;
            if (pos < src.length() && (Character.isDigit(src.charAt(pos)) || src.charAt(pos) == '.')) {
                while (pos < src.length() && (Character.isDigit(src.charAt(pos)) || src.charAt(pos) == '.')) pos++;
                try {
                    return Double.parseDouble(src.substring(start, pos));
                } catch (NumberFormatException e) {
                    throw new ParseException("bad number '" + src.substring(start, pos) + "'", start);
                }
            }
            if (pos < src.length() && Character.isLetter(src.charAt(pos))) {
                while (pos < src.length() && Character.isLetterOrDigit(src.charAt(pos))) pos++;
                String name = src.substring(start, pos);
                if (eat('(')) {
                    double arg = expr();
                    if (!eat(')')) throw new ParseException("expected ')' after argument", pos);
                    switch (name) {
                        case "sqrt": return Math.sqrt(arg);
                        case "abs": return Math.abs(arg);
                        case "sq": return arg * arg;
                        default: throw new ParseException("unknown function " + name, start);
                    }
                }
                Double v = vars.get(name);
                if (v == null) throw new ParseException("unknown variable " + name, start);
                return v;
            }
            throw new ParseException(pos < src.length() ? "unexpected '" + src.charAt(pos) + "'" : "unexpected end", pos);
        }
    }

    public static void main(String[] args) {
        Map<String, Double> vars = new HashMap<>();
        vars.put("x", 3.0);
        vars.put("y", -2.5);
        vars.put("pi", Math.PI);
        String[] inputs = {"1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-x * y", "10 / 4", "7 % 3 + 0.5", "sqrt(16) + sq(x)", "abs(y) * 2",
                "((((1))))", "1 +", "2 * (3 + 4", "5 / (x - 3)", "foo + 1", "bar(2)", "1.2.3 + 1", "3 $ 4", "pi * 2", "-(-(-1))", "", "2^-1"};
        for (String in : inputs) {
            try {
                double v = new Parser(in, vars).parse();
                System.out.println("'" + in + "' = " + v);
            } catch (ParseException e) {
                System.out.println("'" + in + "' error: " + e.getMessage());
            }
        }
    }
}
