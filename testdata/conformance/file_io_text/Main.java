import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.FileReader;
import java.io.FileWriter;
import java.io.IOException;
import java.io.PrintWriter;

public class Main {
    public static void main(String[] args) throws IOException {
        File f = new File(System.getProperty("java.io.tmpdir"), "rjava-conformance-file_io_text.txt");
        try (PrintWriter pw = new PrintWriter(new BufferedWriter(new FileWriter(f)))) {
            for (int i = 1; i <= 5; i++) pw.printf("row %d: %s%n", i, "x".repeat(i));
            pw.println(3.5);
            pw.print('c');
            pw.println();
        }
        try (BufferedReader br = new BufferedReader(new FileReader(f))) {
            String line;
            int n = 0;
            while ((line = br.readLine()) != null) System.out.println(++n + " " + line);
        }
        try (FileWriter fw = new FileWriter(f, true)) {
            fw.write("appended \u00fcml\u00e4ut\n");
        }
        try (BufferedReader br = new BufferedReader(new FileReader(f))) {
            System.out.println(br.lines().count());
        }
        System.out.println("text length " + f.length());
        File bin = new File(System.getProperty("java.io.tmpdir"), "rjava-conformance-file_io_text.bin");
        try (DataOutputStream out = new DataOutputStream(new FileOutputStream(bin))) {
            out.writeBoolean(true);
            out.writeByte(-1);
            out.writeShort(0x1234);
            out.writeChar('\u00e9');
            out.writeInt(-123456);
            out.writeLong(Long.MIN_VALUE);
            out.writeFloat(1.5f);
            out.writeDouble(-0.0);
            out.writeUTF("h\u00e9llo \uD83D\uDE00");
            out.writeBytes("ab");
            System.out.println("written " + out.size());
        }
        try (DataInputStream in = new DataInputStream(new FileInputStream(bin))) {
            System.out.println(in.readBoolean() + " " + in.readByte() + " " + in.readShort() + " " + in.readChar() + " " + in.readInt() + " " + in.readLong() + " "
                    + in.readFloat() + " " + in.readDouble() + " " + in.readUTF() + " " + (char) in.readUnsignedByte() + in.read() + " " + in.read());
        }
        System.out.println("deleted " + f.delete() + " " + bin.delete() + " " + f.exists());
    }
}
