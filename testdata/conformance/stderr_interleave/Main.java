public class Main {
    public static void main(String[] args) {
        for (int i = 0; i < 5; i++) {
            System.out.println("out " + i);
            System.err.println("err " + i);
            if (i % 2 == 0) System.err.print("partial-err ");
        }
        System.err.println();
        System.out.print("out without newline");
        System.err.printf("%s %d%n", "err formatted", 99);
        System.err.write('!');
        System.err.write('\n');
        System.err.flush();
        System.out.println();
        System.out.println((String) null);
        System.out.println((Object) null);
        System.out.print(1);
        System.out.print(2L);
        System.out.print(3.0f);
        System.out.print(4.0);
        System.out.print('5');
        System.out.print(true);
        System.out.print(new char[] {'6', '7'});
        System.out.println();
        System.out.println(new char[] {'c', 'h'});
        System.out.append("appended").append('c').append("xyz", 1, 2).println();
        System.out.write(65);
        System.out.write(new byte[] {66, 67, 10}, 0, 3);
        System.out.flush();
        System.out.printf("%d%%%n", 50);
        System.out.format("%s%n", "format");
        System.out.println("unicode \u00e9\u4e2d\uD83D\uDE00");
        System.err.println("unicode err \u00e9\u4e2d");
        System.out.println(System.out.checkError());
    }
}
