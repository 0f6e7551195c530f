public class Main {
    interface Op { int apply(int a, int b); }

    enum Calc implements Op {
        PLUS("+") {
            public int apply(int a, int b) { return a + b; }
        },
        MINUS("-") {
            public int apply(int a, int b) { return a - b; }
        },
        TIMES("*") {
            public int apply(int a, int b) { return a * b; }
            @Override public String toString() { return "times!"; }
        },
        POW("^") {
            public int apply(int a, int b) {
                int r = 1;
                for (int i = 0; i < b; i++) r *= a;
                return r;
            }
        };

        final String sym;
        Calc(String sym) { this.sym = sym; }
    }

    enum Planet {
        MERCURY(3.303e+23, 2.4397e6), EARTH(5.976e+24, 6.37814e6), JUPITER(1.9e+27, 7.1492e7);

        private final double mass, radius;
        static final double G = 6.67300E-11;

        Planet(double mass, double radius) {
            this.mass = mass;
            this.radius = radius;
        }

        double surfaceGravity() { return G * mass / (radius * radius); }
    }

    enum State {
        IDLE { State next() { return RUNNING; } },
        RUNNING { State next() { return DONE; } },
        DONE { State next() { return this; } };

        abstract State next();
    }

    enum Singleton {
        INSTANCE;
        int hits;
        int hit() { return ++hits; }
    }

    public static void main(String[] args) {
        for (Calc c : Calc.values()) {
            System.out.println(c.name() + " " + c + " " + c.sym + " " + c.apply(3, 4) + " " + c.ordinal()
                    + " " + c.getDeclaringClass().getSimpleName() + " " + (c.getClass() == Calc.class));
        }
        for (Planet p : Planet.values()) {
            System.out.printf("%s %.2f%n", p, p.surfaceGravity());
        }
        State s = State.IDLE;
        for (int i = 0; i < 4; i++) {
            System.out.print(s + " -> ");
            s = s.next();
        }
        System.out.println(s);
        Singleton.INSTANCE.hit();
        System.out.println(Singleton.INSTANCE.hit() + " " + Singleton.valueOf("INSTANCE").hits);
        Op op = Calc.valueOf("POW");
        System.out.println(op.apply(2, 10));
    }
}
