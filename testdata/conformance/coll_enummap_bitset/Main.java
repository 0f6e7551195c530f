import java.util.BitSet;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;

public class Main {
    enum Perm { READ, WRITE, EXEC, ADMIN }

    public static void main(String[] args) {
        EnumSet<Perm> p = EnumSet.noneOf(Perm.class);
        p.add(Perm.EXEC);
        p.add(Perm.READ);
        System.out.println(p + " " + p.contains(Perm.WRITE) + " " + EnumSet.allOf(Perm.class) + " " + EnumSet.complementOf(p));
        EnumMap<Perm, String> desc = new EnumMap<>(Perm.class);
        desc.put(Perm.ADMIN, "all");
        desc.put(Perm.READ, "r");
        for (Map.Entry<Perm, String> e : desc.entrySet()) System.out.print(e.getKey() + "->" + e.getValue() + " ");
        System.out.println(desc.containsKey(Perm.WRITE));
        BitSet bs = new BitSet();
        for (int i = 0; i < 100; i += 7) bs.set(i);
        BitSet other = new BitSet();
        other.set(0, 50);
        System.out.println(bs + " card=" + bs.cardinality() + " len=" + bs.length() + " next=" + bs.nextSetBit(30) + " clear=" + bs.nextClearBit(0));
        BitSet and = (BitSet) bs.clone();
        and.and(other);
        BitSet xor = (BitSet) bs.clone();
        xor.xor(other);
        System.out.println(and + " " + xor.cardinality() + " " + java.util.Arrays.toString(and.toLongArray()));
        BitSet sieve = new BitSet(1000);
        sieve.set(2, 1000);
        for (int i = 2; i * i < 1000; i++) if (sieve.get(i)) for (int j = i * i; j < 1000; j += i) sieve.clear(j);
        System.out.println("primes below 1000: " + sieve.cardinality() + " last " + sieve.previousSetBit(999));
    }
}
