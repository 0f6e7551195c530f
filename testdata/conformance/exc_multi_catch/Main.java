public class Main {
    static void risky(int k) throws Exception {
        switch (k) {
            case 0: throw new IllegalArgumentException("iae");
            case 1: throw new ArrayIndexOutOfBoundsException(7);
            case 2: throw new java.io.FileNotFoundException("missing.txt");
            case 3: throw new ClassNotFoundException("Nope");
            case 4: throw new UnsupportedOperationException();
            case 5: Object o = "s"; Integer i = (Integer) o; break;
            case 6: throw new StackOverflowError("fake");
            default: System.out.println("  no throw for " + k);
        }
    }

    public static void main(String[] args) {
        for (int k = 0; k <= 7; k++) {
            try {
                risky(k);
            } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
                System.out.println(k + " runtime group: " + e.getClass().getSimpleName() + " " + e.getMessage());
            } catch (java.io.IOException | ReflectiveOperationException e) {
                System.out.println(k + " checked group: " + e);
            } catch (RuntimeException e) {
                System.out.println(k + " other runtime: " + e.getClass().getName());
            } catch (Exception e) {
                System.out.println(k + " exception: " + e);
            } catch (Error e) {
                System.out.println(k + " error: " + e);
            }
        }
        try {
            throw new NumberFormatException("nfe");
        } catch (IllegalArgumentException e) {
            System.out.println("subclass caught by superclass handler: " + e.getClass().getName());
        }
        int[] counts = new int[3];
        for (int i = 0; i < 30; i++) {
            try {
                if (i % 3 == 0) throw new IllegalStateException();
                if (i % 3 == 1) throw new NullPointerException();
                counts[2]++;
            } catch (IllegalStateException | NullPointerException e) {
                counts[e instanceof IllegalStateException ? 0 : 1]++;
            }
        }
        System.out.println(counts[0] + " " + counts[1] + " " + counts[2]);
    }
}
