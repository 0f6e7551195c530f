public class Main {
    static int id(int x) { return x; }

    public static void main(String[] args) {
        int max = Integer.MAX_VALUE, min = Integer.MIN_VALUE;
        System.out.println("max+1 = " + (max + id(1)));
        System.out.println("min-1 = " + (min - id(1)));
        System.out.println("max*2 = " + (max * id(2)));
        System.out.println("min*-1 = " + (min * id(-1)));
        System.out.println("-min = " + (-min));
        System.out.println("min/-1 = " + (min / id(-1)));
        System.out.println("min%-1 = " + (min % id(-1)));
        int[] xs = {7, -7, 0, 1, -1, 13, -13, 100, Integer.MAX_VALUE, Integer.MIN_VALUE};
        int[] ys = {3, -3, 2, -2, 7, -7, 1, -1};
        for (int x : xs) {
            StringBuilder sb = new StringBuilder();
            for (int y : ys) {
                sb.append(x).append('/').append(y).append('=').append(x / y)
                  .append(' ').append(x).append('%').append(y).append('=').append(x % y).append("  ");
            }
            System.out.println(sb.toString().trim());
        }
        int acc = 1;
        for (int i = 0; i < 40; i++) {
            acc = acc * 31 + i;
        }
        System.out.println("acc = " + acc);
        int sum = 0;
        for (int i = 0; i < 100000; i++) {
            sum += i * i;
        }
        System.out.println("sum = " + sum);
        System.out.println(123456 * 654321);
        System.out.println(id(46341) * id(46341));
        int a = 10;
        a += 5; a -= 3; a *= 7; a /= 4; a %= 6;
        System.out.println("a = " + a);
        int b = 5;
        int c = b++ + ++b;
        System.out.println("b = " + b + " c = " + c);
        int d = b-- - --b;
        System.out.println("b = " + b + " d = " + d);
        System.out.println(Math.abs(Integer.MIN_VALUE) + " " + Integer.MIN_VALUE / 2 + " " + (-7 >> 1) + " " + (-7 / 2));
    }
}
