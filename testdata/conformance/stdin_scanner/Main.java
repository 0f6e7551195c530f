import java.util.Scanner;

public class Main {
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        int n = sc.nextInt();
        long sum = 0;
        int min = Integer.MAX_VALUE, max = Integer.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            int v = sc.nextInt();
            sum += v;
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        System.out.println("n=" + n + " sum=" + sum + " min=" + min + " max=" + max);
        double d = sc.nextDouble();
        String word = sc.next();
        boolean b = sc.nextBoolean();
        long big = sc.nextLong();
        sc.nextLine();
        String rest = sc.nextLine();
        System.out.println("double=" + d + " word=" + word + " bool=" + b + " long=" + big + " rest=[" + rest + "]");
        int count = 0;
        while (sc.hasNextInt()) count += sc.nextInt();
        System.out.println("trailing ints sum " + count + " hasNext=" + sc.hasNext());
        if (sc.hasNext()) System.out.println("next token " + sc.next());
        try {
            sc.nextInt();
        } catch (java.util.InputMismatchException e) {
            System.out.println("InputMismatchException " + e.getMessage());
        }
        while (sc.hasNextLine()) System.out.println("line [" + sc.nextLine() + "]");
        try {
            sc.next();
        } catch (java.util.NoSuchElementException e) {
            System.out.println("NoSuchElementException " + e.getMessage());
        }
    }
}
