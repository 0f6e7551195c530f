import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.BufferedReader;
import java.io.PushbackInputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

public class Main {
    static String hex(byte[] b) {
        StringBuilder sb = new StringBuilder();
        for (byte x : b) sb.append(String.format("%02x", x));
        return sb.toString();
    }

    public static void main(String[] args) throws IOException {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        DataOutputStream dos = new DataOutputStream(bos);
        dos.writeInt(258);
        dos.writeDouble(1.0);
        dos.writeUTF("hi");
        dos.writeShort(-2);
        System.out.println(hex(bos.toByteArray()) + " " + bos.size());
        ByteArrayInputStream bis = new ByteArrayInputStream(new byte[] {1, 2, 3, 4, 5, -1});
        System.out.println(bis.read() + " " + bis.skip(2) + " " + bis.available() + " " + bis.read() + " " + bis.read() + " " + bis.read() + " " + bis.read());
        bis.reset();
        byte[] two = new byte[2];
        System.out.println(bis.read(two, 0, 2) + " " + two[1] + " " + bis.markSupported());
        StringWriter sw = new StringWriter();
        try (java.io.PrintWriter pw = new java.io.PrintWriter(sw)) {
            pw.print("a");
            pw.printf("%03d", 7);
            pw.println(true);
        }
        System.out.println(sw.toString().replace("\n", "\\n"));
        BufferedReader br = new BufferedReader(new StringReader("x\ny\n\nz"));
        String l;
        StringBuilder sb = new StringBuilder();
        while ((l = br.readLine()) != null) sb.append('[').append(l).append(']');
        System.out.println(sb);
        ByteArrayOutputStream utf = new ByteArrayOutputStream();
        try (OutputStreamWriter w = new OutputStreamWriter(utf, StandardCharsets.UTF_16BE)) {
            w.write("A\u00e9\u4e2d");
        }
        System.out.println(hex(utf.toByteArray()));
        InputStreamReader r = new InputStreamReader(new ByteArrayInputStream(new byte[] {(byte) 0xc3, (byte) 0xa9, 0x41}), StandardCharsets.UTF_8);
        System.out.println(r.read() + " " + r.read() + " " + r.read());
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(captured, true, "UTF-8");
        ps.print(1.5f);
        ps.print(' ');
        ps.println(new char[] {'o', 'k'});
        ps.printf("%s-%d%n", "fmt", 9);
        System.out.print("captured: " + captured.toString("UTF-8"));
        ByteBuffer bb = ByteBuffer.allocate(16);
        bb.putInt(0x01020304).putShort((short) 5).put((byte) 6);
        bb.order(ByteOrder.LITTLE_ENDIAN).putInt(0x0a0b0c0d);
        bb.flip();
        System.out.println(bb.remaining() + " " + hex(java.util.Arrays.copyOf(bb.array(), bb.limit())) + " " + bb.order(ByteOrder.BIG_ENDIAN).getInt() + " " + bb.position());
        PushbackInputStream pb = new PushbackInputStream(new ByteArrayInputStream("xyz".getBytes()));
        int c = pb.read();
        pb.unread(c);
        System.out.println((char) pb.read() + "" + (char) pb.read());
    }
}
