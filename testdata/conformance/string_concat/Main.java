public class Main {
    static class Thing {
        final int n;
        Thing(int n) { this.n = n; }
        public String toString() { return "Thing" + n; }
    }

    static final String CONST = "con" + "st" + 1 + 2.5 + 'c' + true;

    public static void main(String[] args) {
        int i = 42;
        long l = -7L;
        float f = 1.25f;
        double d = 1e-7;
        char c = 'Z';
        boolean b = false;
        byte by = -3;
        short sh = 300;
        String s = "str";
        String n = null;
        Object o = new Thing(5);
        Object on = null;
        int[] arr = {1};
        System.out.println("all: " + i + " " + l + " " + f + " " + d + " " + c + " " + b + " " + by + " " + sh + " " + s + " " + n + " " + o + " " + on);
        System.out.println(i + l + "|" + (i + l) + "|" + c + 1 + "|" + (char) (c + 1) + "|" + (c + 1));
        System.out.println(1 + 2 + "3" + 4 + 5);
        System.out.println(CONST + " " + (CONST == "const12.5ctrue"));
        String acc = "";
        for (int k = 0; k < 10; k++) acc += k;
        System.out.println(acc);
        acc += 'x';
        acc += 1.5;
        acc += null;
        acc += o;
        System.out.println(acc);
        System.out.println("" + Integer.MIN_VALUE + Long.MAX_VALUE + Float.MAX_VALUE + Double.MIN_VALUE);
        System.out.println("nested: " + ("(" + i + ")") + ("[" + ("{" + s + "}") + "]"));
        System.out.println("arr length " + arr.length + " first " + arr[0]);
        String many = "a" + i + "b" + l + "c" + f + "d" + d + "e" + c + "f" + b + "g" + by + "h" + sh + "i" + s + "j" + n
                + "k" + o + "l" + i + "m" + l + "n" + f + "o" + d + "p" + c + "q" + b + "r" + by + "s" + sh + "t" + s
                + "u" + i + "v" + l + "w" + f + "x" + d + "y" + c + "z" + b;
        System.out.println(many);
        System.out.println(many.length());
        StringBuilder sb = new StringBuilder();
        sb.append("sb" + i).append(c + c).append("" + c + c);
        System.out.println(sb);
        char[] cs = {'h', 'i'};
        System.out.println("chars: " + String.valueOf(cs) + " " + -0.0 + " " + (0.0f == -0.0f) + " " + 100.0 + " " + 1e21 + " " + 0.001f);
        Object self = new Object() {
            public String toString() { return "anon(" + this.getClass().getName() + ")"; }
        };
        System.out.println("self " + self);
        String u = "\u00e9" + "\uD83D\uDE00" + 'ä';
        System.out.println(u + u.length());
    }
}
