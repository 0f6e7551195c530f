import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.TreeMap;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        String line;
        int lines = 0, words = 0, chars = 0;
        TreeMap<String, Integer> freq = new TreeMap<>();
        while ((line = in.readLine()) != null) {
            lines++;
            chars += line.length();
            System.out.println(lines + ": [" + line + "] reversed [" + new StringBuilder(line).reverse() + "]");
            for (String w : line.trim().split("\\s+")) {
                if (w.isEmpty()) continue;
                words++;
                String k = w.toLowerCase().replaceAll("[^\\p{L}\\p{N}]", "");
                if (!k.isEmpty()) freq.put(k, freq.getOrDefault(k, 0) + 1);
            }
        }
        System.out.println("lines=" + lines + " words=" + words + " chars=" + chars);
        System.out.println(freq);
        System.out.println("read after EOF: " + in.readLine() + " " + System.in.read());
    }
}
