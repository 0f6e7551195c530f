import java.io.File;
import java.io.FileInputStream;
import java.io.FileNotFoundException;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;

public class Main {
    public static void main(String[] args) throws IOException {
        File dir = new File(System.getProperty("java.io.tmpdir"), "rjava-conformance-file_io");
        deleteTree(dir);
        System.out.println("mkdir " + dir.mkdir() + " exists " + dir.exists() + " isDirectory " + dir.isDirectory());
        File f = new File(dir, "data.txt");
        try (FileOutputStream out = new FileOutputStream(f)) {
            out.write("line one\nline two\n".getBytes(StandardCharsets.UTF_8));
            out.write('X');
            out.write(new byte[] {'\n', 'é' >> 8, 'z'}, 0, 1);
            out.write("caf\u00e9\n".getBytes(StandardCharsets.UTF_8));
        }
        System.out.println("length " + f.length() + " isFile " + f.isFile() + " name " + f.getName() + " canRead " + f.canRead());
        try (FileInputStream in = new FileInputStream(f)) {
            byte[] buf = new byte[8];
            int n = in.read(buf);
            System.out.println("read " + n + " " + new String(buf, 0, n, StandardCharsets.UTF_8) + " available " + in.available());
            System.out.println("skip " + in.skip(2) + " next " + (char) in.read());
            byte[] rest = in.readAllBytes();
            System.out.println("rest " + rest.length + " " + Arrays.toString(Arrays.copyOfRange(rest, rest.length - 4, rest.length)) + " eof " + in.read());
        }
        try (FileOutputStream app = new FileOutputStream(f, true)) {
            app.write("appended\n".getBytes(StandardCharsets.UTF_8));
        }
        List<String> lines = Files.readAllLines(f.toPath());
        System.out.println(lines.size() + " " + lines);
        try (RandomAccessFile raf = new RandomAccessFile(new File(dir, "raf.bin"), "rw")) {
            raf.writeInt(0xCAFEBABE);
            raf.writeLong(-2L);
            raf.writeDouble(Math.PI);
            raf.writeUTF("utf \u00e9");
            System.out.println("raf length " + raf.length() + " pointer " + raf.getFilePointer());
            raf.seek(4);
            System.out.println(raf.readLong() + " " + raf.readDouble() + " " + raf.readUTF());
            raf.seek(0);
            System.out.println(Integer.toHexString(raf.readInt()) + " " + raf.read());
            raf.setLength(6);
            System.out.println("truncated " + raf.length());
        }
        try {
            new FileInputStream(new File(dir, "missing.txt"));
        } catch (FileNotFoundException e) {
            System.out.println("FileNotFoundException " + e.getMessage().replace(dir.getPath(), "<dir>"));
        }
        File renamed = new File(dir, "renamed.txt");
        System.out.println("rename " + f.renameTo(renamed) + " old exists " + f.exists() + " new exists " + renamed.exists());
        String[] names = dir.list();
        Arrays.sort(names);
        System.out.println("list " + Arrays.toString(names));
        System.out.println("delete non-empty dir " + dir.delete());
        deleteTree(dir);
        System.out.println("after cleanup exists " + dir.exists());
    }

    static void deleteTree(File f) {
        File[] children = f.listFiles();
        if (children != null) for (File c : children) deleteTree(c);
        f.delete();
    }
}
