public class Main {
    static int x;

    @SuppressWarnings("finally")
    static int overrideReturn() {
        try {
            return 1;
        } finally {
            return 2;
        }
    }

    @SuppressWarnings("finally")
    static String swallow() {
        try {
            throw new RuntimeException("swallowed");
        } finally {
            return "finally wins over exception";
        }
    }

    static int valueCapturedBeforeFinally() {
        x = 10;
        try {
            return x;
        } finally {
            x = 20;
        }
    }

    static StringBuilder mutateInFinally() {
        StringBuilder sb = new StringBuilder("a");
        try {
            return sb;
        } finally {
            sb.append("b");
        }
    }

    @SuppressWarnings("finally")
    static int breakInFinally() {
        int i = 0;
        while (true) {
            try {
                i++;
                throw new RuntimeException("x");
            } finally {
                if (i < 3) continue;
                break;
            }
        }
        return i;
    }

    static int nestedFinally() {
        int r = 0;
        try {
            try {
                r += 1;
                return r;
            } finally {
                r += 10;
                System.out.println("inner finally r=" + r);
            }
        } finally {
            r += 100;
            System.out.println("outer finally r=" + r);
        }
    }

    static long longReturn() {
        long v = 5;
        try {
            return v * 2;
        } finally {
            v = 0;
        }
    }

    public static void main(String[] args) {
        System.out.println(overrideReturn());
        System.out.println(swallow());
        System.out.println(valueCapturedBeforeFinally() + " " + x);
        System.out.println(mutateInFinally());
        System.out.println(breakInFinally());
        System.out.println(nestedFinally());
        System.out.println(longReturn());
    }
}
