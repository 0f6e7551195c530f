public class Main {
    static class ValidationException extends RuntimeException {
        private final String field;

        ValidationException(String field, String message) {
            super(message);
            this.field = field;
        }

        @Override
        public String getMessage() {
            return field + ": " + super.getMessage();
        }
    }

    static class QuietException extends Exception {
        QuietException(Throwable cause) { super(cause); }
    }

    static class Named extends Exception {
        @Override public String toString() { return "Named!"; }
        @Override public String getLocalizedMessage() { return "localized"; }
    }

    static void validate(String name, int age) {
        if (name == null || name.isEmpty()) throw new ValidationException("name", "must not be empty");
        if (age < 0) throw new ValidationException("age", "must be >= 0 but was " + age);
    }

    public static void main(String[] args) {
        String[][] inputs = {{"ann", "30"}, {"", "5"}, {"bob", "-2"}};
        for (String[] in : inputs) {
            try {
                validate(in[0], Integer.parseInt(in[1]));
                System.out.println("valid " + in[0]);
            } catch (ValidationException e) {
                System.out.println("invalid: " + e.getMessage() + " | " + e + " | field via toString");
            }
        }
        QuietException q = new QuietException(new ArithmeticException("deep"));
        System.out.println(q.getMessage() + " | " + q + " | " + q.getCause().getMessage());
        QuietException qn = new QuietException(null);
        System.out.println(qn.getMessage() + " | " + qn + " | " + qn.getCause());
        Named n = new Named();
        System.out.println(n + " " + n.getMessage() + " " + n.getLocalizedMessage());
        Exception chain = new Exception("top", new RuntimeException("middle", new Error("bottom")));
        for (Throwable t = chain; t != null; t = t.getCause()) System.out.println(" -> " + t);
        System.err.println("printStackTrace of a chain:");
        chain.printStackTrace();
        StackTraceElement[] st = chain.getStackTrace();
        System.out.println(st[0].getClassName() + "." + st[0].getMethodName() + ":" + st[0].getLineNumber() + " " + st[0].getFileName() + " frames=" + st.length);
        Exception noTrace = new Exception("no trace");
        noTrace.setStackTrace(new StackTraceElement[0]);
        noTrace.printStackTrace();
        Exception fake = new Exception("fake trace");
        fake.setStackTrace(new StackTraceElement[] {
                new StackTraceElement("com.example.Fake", "method", "Fake.java", 10),
                new StackTraceElement("com.example.Fake", "nat", null, -2),
                new StackTraceElement("com.example.Fake", "unknown", null, -1)});
        fake.printStackTrace();
    }
}
