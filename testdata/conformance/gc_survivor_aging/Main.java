// Objects that stay alive across many young collections, with lifetimes of every length: a ring
// buffer of 10 000 entries is replaced gradually (a varying number of entries per step) while garbage
// of varying sizes is allocated between steps, so at each collection some entries are brand new, some
// have survived a few collections (survivor spaces, ages) and some are old; every 100th slot is never
// replaced. Entries point to each other's boxes, so young objects refer to older ones and back.
// Everything is verified at the end.
public class Main {
    static final class Box {
        final int value;
        Box(int value) { this.value = value; }
    }

    static final class Entry {
        final int serial;
        final int slot;
        final int[] data;
        final Box box;
        final Box shared;        // the box of another entry, of any age
        final int sharedSerial;

        Entry(int serial, int slot, Entry other) {
            this.serial = serial;
            this.slot = slot;
            this.data = new int[4 + serial % 13];
            for (int i = 0; i < data.length; i++) data[i] = serial ^ (i * 0x55555);
            this.box = new Box(serial * 3);
            this.shared = other == null ? box : other.box;
            this.sharedSerial = other == null ? serial : other.serial;
        }

        boolean intact(int expectedSlot) {
            if (slot != expectedSlot || data.length != 4 + serial % 13 || box.value != serial * 3) return false;
            for (int i = 0; i < data.length; i++) if (data[i] != (serial ^ (i * 0x55555))) return false;
            return shared.value == sharedSerial * 3;
        }
    }

    static final int N = 10_000;
    static Object[] sink = new Object[32];
    static long garbageSum;

    static void garbage(int step) {
        int kind = step % 7;
        if (kind == 0) {
            long[] big = new long[10_000 + (step % 5) * 10_000]; // 80 KB .. 400 KB
            big[big.length - 1] = step;
            sink[step & 31] = big;
            garbageSum += big[big.length - 1];
        } else {
            int count = 50 + (step * 31) % 400;
            for (int i = 0; i < count; i++) {
                Object[] o = new Object[2 + kind];
                o[0] = new Box(i);
                sink[(step + i) & 31] = o;
                garbageSum += ((Box) o[0]).value & 1;
            }
        }
    }

    public static void main(String[] args) {
        Entry[] ring = new Entry[N];
        int serial = 0;
        for (int s = 0; s < N; s++) ring[s] = new Entry(serial++, s, s == 0 ? null : ring[s - 1]);

        int pos = 0;
        int replaced = 0;
        for (int step = 0; step < 20_000; step++) {
            // The replacement rate changes every 2500 steps, so entries live for a few or for many collections.
            int phase = (step / 2500) % 4;
            int batch = phase == 0 ? 1 + step % 8 : phase == 1 ? step % 2 : phase == 2 ? 1 + (step * 17) % 40 : 1 + step % 3;
            for (int b = 0; b < batch; b++) {
                pos = (pos + 1) % N;
                if (pos % 100 == 0) continue; // these slots keep their first entry for the whole run
                ring[pos] = new Entry(serial++, pos, ring[(pos + 1 + step % (N - 1)) % N]);
                replaced++;
            }
            garbage(step);
        }

        boolean ok = true;
        long sum = 0;
        int original = 0;
        for (int s = 0; s < N; s++) {
            Entry e = ring[s];
            ok &= e.intact(s);
            if (s % 100 == 0) ok &= e.serial == s;
            if (e.serial < N) original++;
            sum += e.serial + e.sharedSerial + e.data.length;
        }
        System.out.println("replaced " + replaced + ", serials " + serial);
        System.out.println("entries intact: " + ok + ", originals left " + original);
        System.out.println("checksum " + sum + ", garbage " + garbageSum);
    }
}
