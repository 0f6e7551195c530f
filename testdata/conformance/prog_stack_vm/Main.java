import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public class Main {
    enum Op { PUSH, LOAD, STORE, ADD, SUB, MUL, DIV, LT, JMP, JZ, PRINT, HALT, CALL, RET, DUP }

    static final class Insn {
        final Op op;
        final int arg;
        Insn(Op op, int arg) { this.op = op; this.arg = arg; }
        public String toString() { return op + (arg != 0 ? " " + arg : ""); }
    }

    static List<Insn> assemble(String src) {
        List<Insn> code = new ArrayList<>();
        Map<String, Integer> labels = new HashMap<>();
        String[] lines = src.split("\n");
        int pc = 0;
        for (String l : lines) {
            l = l.trim();
            if (l.isEmpty()) continue;
            if (l.endsWith(":")) labels.put(l.substring(0, l.length() - 1), pc);
            else pc++;
        }
        for (String l : lines) {
            l = l.trim();
            if (l.isEmpty() || l.endsWith(":")) continue;
            String[] parts = l.split("\\s+");
            Op op = Op.valueOf(parts[0].toUpperCase());
            int arg = 0;
            if (parts.length > 1) arg = labels.containsKey(parts[1]) ? labels.get(parts[1]) : Integer.parseInt(parts[1]);
            code.add(new Insn(op, arg));
        }
        return code;
    }

    static long run(List<Insn> code, StringBuilder out) {
        long[] stack = new long[256];
        long[] vars = new long[16];
        int[] calls = new int[64];
        int sp = 0, csp = 0, pc = 0;
        long steps = 0;
        while (true) {
            Insn in = code.get(pc++);
            steps++;
            switch (in.op) {
                case PUSH: stack[sp++] = in.arg; break;
                case LOAD: stack[sp++] = vars[in.arg]; break;
                case STORE: vars[in.arg] = stack[--sp]; break;
                case ADD: sp--; stack[sp - 1] += stack[sp]; break;
                case SUB: sp--; stack[sp - 1] -= stack[sp]; break;
                case MUL: sp--; stack[sp - 1] *= stack[sp]; break;
                case DIV: sp--; stack[sp - 1] /= stack[sp]; break;
                case LT: sp--; stack[sp - 1] = stack[sp - 1] < stack[sp] ? 1 : 0; break;
                case JMP: pc = in.arg; break;
                case JZ: if (stack[--sp] == 0) pc = in.arg; break;
                case DUP: stack[sp] = stack[sp - 1]; sp++; break;
                case PRINT: out.append(stack[--sp]).append(' '); break;
                case CALL: calls[csp++] = pc; pc = in.arg; break;
                case RET: pc = calls[--csp]; break;
                case HALT: return steps;
                default: throw new IllegalStateException("bad op " + in.op);
            }
        }
    }

    public static void main(String[] args) {
        String program = String.join("\n",
                "push 0", "store 0",          // i = 0
                "push 1", "store 1",          // f = 1
                "loop:",
                "load 0", "push 15", "lt", "jz end",
                "load 0", "push 1", "add", "store 0",
                "load 1", "load 0", "mul", "store 1",
                "load 1", "print",
                "call square",
                "jmp loop",
                "square:",
                "load 0", "dup", "mul", "print", "ret",
                "end:",
                "push 100", "push 7", "div", "print",
                "push 3", "push 10", "sub", "print",
                "halt");
        List<Insn> code = assemble(program);
        System.out.println(code.size() + " instructions, first " + code.subList(0, 6));
        StringBuilder out = new StringBuilder();
        long steps = run(code, out);
        System.out.println(out.toString().trim());
        System.out.println("steps " + steps);
        try {
            run(assemble("push 1\npush 0\ndiv\nhalt"), new StringBuilder());
        } catch (ArithmeticException e) {
            System.out.println("vm error: " + e.getMessage());
        }
        try {
            assemble("bogus 1");
        } catch (IllegalArgumentException e) {
            System.out.println("assembler error: " + e.getMessage());
        }
    }
}
