import java.lang.ref.PhantomReference;
import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.SoftReference;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.WeakHashMap;

// java.lang.ref with a collector: weak references to dead objects are cleared by System.gc(), those
// to live objects are not; cleared references reach their ReferenceQueue; WeakHashMap drops the
// entries whose keys died; a PhantomReference is enqueued after its referent dies; a SoftReference to
// a live object survives. Objects meant to die are created in helper methods, so no local variable
// keeps them alive; objects meant to live are held in static fields.
public class Main {
    static final class Payload {
        final int id;
        final int[] data;
        Payload(int id) { this.id = id; this.data = new int[] {id, id * 2, id * 3}; }
    }

    static final class Key {
        final int k;
        Key(int k) { this.k = k; }
        @Override public boolean equals(Object o) { return o instanceof Key && ((Key) o).k == k; }
        @Override public int hashCode() { return k * 0x9E3779B1; }
    }

    static final class SelfRef {
        WeakReference<SelfRef> me; // the referent refers to its own weak reference
    }

    static Payload strong;                   // kept alive
    static final List<Object> held = new ArrayList<>();

    static WeakReference<Payload> weakToGarbage() {
        return new WeakReference<>(new Payload(1));
    }

    static WeakReference<Payload> weakToGarbage(ReferenceQueue<Payload> q) {
        return new WeakReference<>(new Payload(2), q);
    }

    static PhantomReference<Payload> phantomToGarbage(ReferenceQueue<Payload> q) {
        return new PhantomReference<>(new Payload(3), q);
    }

    // A chain a -> b where only a weak reference points at a, and another one at b.
    static WeakReference<?>[] weakChain() {
        Object[] b = {new Payload(4)};
        Object[] a = {b};
        return new WeakReference<?>[] {new WeakReference<>(a), new WeakReference<>(b)};
    }

    static WeakReference<SelfRef> selfCycle() {
        SelfRef s = new SelfRef();
        s.me = new WeakReference<>(s);
        return s.me;
    }

    static List<WeakReference<Payload>> manyWeak(int n) {
        List<WeakReference<Payload>> refs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Payload p = new Payload(1000 + i);
            if (i % 2 == 0) held.add(p);
            refs.add(new WeakReference<>(p));
        }
        return refs;
    }

    static List<Key> temporarilyHeld; // all 100 keys until the size has been printed

    static void fillWeakHashMap(WeakHashMap<Key, String> map) {
        temporarilyHeld = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            Key k = new Key(i);
            if (i % 5 < 2) held.add(k); // 40 keys stay strongly reachable
            temporarilyHeld.add(k);
            map.put(k, "value" + i);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        // Weak reference to an object nobody else refers to.
        WeakReference<Payload> dead = weakToGarbage();
        // Weak reference to an object held by a static field.
        strong = new Payload(7);
        WeakReference<Payload> alive = new WeakReference<>(strong);
        // A soft reference to a live object.
        SoftReference<Payload> soft = new SoftReference<>(strong);
        WeakReference<Payload> none = new WeakReference<>(null);

        System.gc();
        System.out.println("weak to garbage cleared: " + (dead.get() == null));
        Payload p = alive.get();
        System.out.println("weak to live object kept: " + (p == strong) + ", data " + p.data[0] + "," + p.data[1] + "," + p.data[2]);
        System.out.println("soft to live object kept: " + (soft.get() == strong));
        System.out.println("weak to null: " + (none.get() == null));
        p = null;

        // A cleared weak reference reaches its queue.
        ReferenceQueue<Payload> queue = new ReferenceQueue<>();
        WeakReference<Payload> queued = weakToGarbage(queue);
        System.gc();
        Reference<? extends Payload> got = queue.remove(5000);
        System.out.println("queue returned the same reference: " + (got == queued) + ", cleared: " + (queued.get() == null));
        System.out.println("queue empty afterwards: " + (queue.poll() == null));

        // A PhantomReference: get() is always null; it is enqueued once the referent is dead.
        ReferenceQueue<Payload> phantomQueue = new ReferenceQueue<>();
        PhantomReference<Payload> phantom = phantomToGarbage(phantomQueue);
        PhantomReference<Payload> phantomLive = new PhantomReference<>(strong, phantomQueue);
        System.out.println("phantom get: " + phantom.get() + ", " + phantomLive.get());
        System.gc();
        Reference<? extends Payload> ph = phantomQueue.remove(5000);
        System.out.println("phantom enqueued: " + (ph == phantom));
        System.out.println("phantom of live object not enqueued: " + (phantomQueue.poll() == null));

        // Whole unreachable structures are cleared, including cycles through the reference itself.
        WeakReference<?>[] chain = weakChain();
        WeakReference<SelfRef> self = selfCycle();
        System.gc();
        System.out.println("chain cleared: " + (chain[0].get() == null) + " " + (chain[1].get() == null));
        System.out.println("self cycle cleared: " + (self.get() == null));

        // Many references, half of them to held objects: exactly the other half is cleared.
        List<WeakReference<Payload>> many = manyWeak(1000);
        System.gc();
        int cleared = 0;
        boolean heldIntact = true;
        for (int i = 0; i < many.size(); i++) {
            Payload q = many.get(i).get();
            if (q == null) {
                cleared++;
                heldIntact &= i % 2 == 1;
            } else {
                heldIntact &= i % 2 == 0 && q.id == 1000 + i && q.data[2] == q.id * 3;
            }
        }
        System.out.println("many: cleared " + cleared + " of " + many.size() + ", exactly the unheld ones: " + heldIntact);

        // WeakHashMap: entries whose keys died go away (the map expunges them as their references are
        // enqueued, which may take a moment after the collection).
        WeakHashMap<Key, String> map = new WeakHashMap<>();
        fillWeakHashMap(map);
        System.out.println("WeakHashMap size while all keys are held: " + map.size());
        temporarilyHeld = null;
        for (int i = 0; i < 500 && map.size() != 40; i++) {
            System.gc();
            Thread.sleep(10);
        }
        System.out.println("WeakHashMap size after: " + map.size());
        boolean entries = true;
        for (int i = 0; i < 100; i++) {
            String v = map.get(new Key(i));
            entries &= (i % 5 < 2) ? ("value" + i).equals(v) : v == null;
        }
        System.out.println("WeakHashMap keeps exactly the live keys: " + entries);

        // Explicit clear and enqueue, no collector involved.
        ReferenceQueue<Payload> manual = new ReferenceQueue<>();
        WeakReference<Payload> m = new WeakReference<>(strong, manual);
        m.clear();
        System.out.println("cleared by hand: " + (m.get() == null) + ", enqueue " + m.enqueue() + ", again " + m.enqueue()
                + ", polled " + (manual.poll() == m));

        // The strongly held objects are still fine.
        System.out.println("strong " + strong.id + " " + strong.data[1] + ", held " + held.size());
    }
}
