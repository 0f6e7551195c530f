public class Main {
    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        sb.append(1).append('c').append(2L).append(1.5f).append(2.25).append(true).append((String) null).append((Object) null)
          .append(new char[] {'x', 'y'}).append("str").append(new StringBuilder("sb")).append(-0.0).append(Long.MIN_VALUE);
        System.out.println(sb + " " + sb.length());
        StringBuilder b = new StringBuilder("hello world");
        b.insert(0, ">> ").insert(b.length(), " <<").insert(5, 42).insert(3, 'C').insert(2, 1.5);
        System.out.println(b);
        b.delete(0, 3).deleteCharAt(0).reverse();
        System.out.println(b);
        b.setCharAt(0, '#');
        b.replace(1, 4, "REPLACED");
        System.out.println(b + " " + b.indexOf("o") + " " + b.lastIndexOf("o") + " " + b.charAt(2));
        b.setLength(5);
        System.out.println("[" + b + "]");
        b.setLength(7);
        System.out.println("[" + b.toString().replace('\0', '0') + "] " + b.length());
        StringBuilder r = new StringBuilder("ab\uD83D\uDE00cd");
        r.reverse();
        System.out.println(r + " " + r.length() + " " + r.codePointCount(0, r.length()));
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 1000; i++) big.append(i % 10);
        System.out.println(big.length() + " " + big.substring(990) + " " + big.subSequence(0, 5));
        StringBuilder cmp = new StringBuilder("abc");
        System.out.println(cmp.compareTo(new StringBuilder("abd")) + " " + cmp.toString().contentEquals(new StringBuilder("abc")) + " " + cmp.equals(new StringBuilder("abc")));
        StringBuffer sbuf = new StringBuffer("buffer");
        sbuf.append(1).insert(0, '[').append(']').reverse();
        System.out.println(sbuf);
        try {
            new StringBuilder("abc").insert(5, "x");
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println("insert: " + e.getMessage());
        }
        try {
            new StringBuilder("abc").deleteCharAt(3);
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println("deleteCharAt: " + e.getMessage());
        }
        try {
            new StringBuilder("abc").setLength(-1);
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println("setLength: " + e.getMessage());
        }
        StringBuilder chain = new StringBuilder();
        chain.appendCodePoint(0x1F600).appendCodePoint('A').append("é");
        System.out.println(chain + " " + chain.length() + " " + chain.codePointAt(0));
        StringBuilder del = new StringBuilder("0123456789");
        del.delete(3, 100);
        System.out.println(del + " " + new StringBuilder().append("x", 0, 0).length());
    }
}
