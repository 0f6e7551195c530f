import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

// A tiny class-file writer: a constant pool with de-duplicated entries, a BootstrapMethods
// attribute, and methods whose Code is given as raw bytes (straight-line code only, so no
// StackMapTable is needed).
final class ClassBytes {
    static final int REF_getField = 1, REF_getStatic = 2, REF_putField = 3, REF_putStatic = 4, REF_invokeVirtual = 5,
            REF_invokeStatic = 6, REF_invokeSpecial = 7, REF_newInvokeSpecial = 8, REF_invokeInterface = 9;

    private final ByteArrayOutputStream poolBytes = new ByteArrayOutputStream();
    private final DataOutputStream pool = new DataOutputStream(poolBytes);
    private int poolCount = 1;
    private final HashMap<String, Integer> cache = new HashMap<>();
    private final List<int[]> bootstraps = new ArrayList<>();
    private final ByteArrayOutputStream methodBytes = new ByteArrayOutputStream();
    private final DataOutputStream methods = new DataOutputStream(methodBytes);
    private int methodCount;

    private int entry(String key, int slots) {
        int index = poolCount;
        poolCount += slots;
        cache.put(key, index);
        return index;
    }

    int utf8(String s) throws IOException {
        Integer c = cache.get("Utf8 " + s);
        if (c != null) return c;
        pool.writeByte(1);
        pool.writeUTF(s);
        return entry("Utf8 " + s, 1);
    }

    int integer(int v) throws IOException {
        Integer c = cache.get("Integer " + v);
        if (c != null) return c;
        pool.writeByte(3);
        pool.writeInt(v);
        return entry("Integer " + v, 1);
    }

    int longConst(long v) throws IOException {
        Integer c = cache.get("Long " + v);
        if (c != null) return c;
        pool.writeByte(5);
        pool.writeLong(v);
        return entry("Long " + v, 2);
    }

    int classRef(String internalName) throws IOException {
        Integer c = cache.get("Class " + internalName);
        if (c != null) return c;
        int u = utf8(internalName);
        pool.writeByte(7);
        pool.writeShort(u);
        return entry("Class " + internalName, 1);
    }

    int string(String s) throws IOException {
        Integer c = cache.get("String " + s);
        if (c != null) return c;
        int u = utf8(s);
        pool.writeByte(8);
        pool.writeShort(u);
        return entry("String " + s, 1);
    }

    int nameAndType(String name, String desc) throws IOException {
        Integer c = cache.get("NameAndType " + name + " " + desc);
        if (c != null) return c;
        int n = utf8(name);
        int d = utf8(desc);
        pool.writeByte(12);
        pool.writeShort(n);
        pool.writeShort(d);
        return entry("NameAndType " + name + " " + desc, 1);
    }

    private int memberRef(int tag, String owner, String name, String desc) throws IOException {
        String key = "Ref" + tag + " " + owner + " " + name + " " + desc;
        Integer c = cache.get(key);
        if (c != null) return c;
        int cl = classRef(owner);
        int nt = nameAndType(name, desc);
        pool.writeByte(tag);
        pool.writeShort(cl);
        pool.writeShort(nt);
        return entry(key, 1);
    }

    int fieldRef(String owner, String name, String desc) throws IOException { return memberRef(9, owner, name, desc); }
    int methodRef(String owner, String name, String desc) throws IOException { return memberRef(10, owner, name, desc); }
    int interfaceMethodRef(String owner, String name, String desc) throws IOException { return memberRef(11, owner, name, desc); }

    int methodHandle(int kind, int reference) throws IOException {
        String key = "MethodHandle " + kind + " " + reference;
        Integer c = cache.get(key);
        if (c != null) return c;
        pool.writeByte(15);
        pool.writeByte(kind);
        pool.writeShort(reference);
        return entry(key, 1);
    }

    int methodType(String desc) throws IOException {
        Integer c = cache.get("MethodType " + desc);
        if (c != null) return c;
        int d = utf8(desc);
        pool.writeByte(16);
        pool.writeShort(d);
        return entry("MethodType " + desc, 1);
    }

    /** A CONSTANT_Dynamic (17) or CONSTANT_InvokeDynamic (18) entry. */
    private int dynamic(int tag, int bootstrap, String name, String desc) throws IOException {
        String key = "Dynamic" + tag + " " + bootstrap + " " + name + " " + desc;
        Integer c = cache.get(key);
        if (c != null) return c;
        int nt = nameAndType(name, desc);
        pool.writeByte(tag);
        pool.writeShort(bootstrap);
        pool.writeShort(nt);
        return entry(key, 1);
    }

    int invokeDynamic(int bootstrap, String name, String desc) throws IOException { return dynamic(18, bootstrap, name, desc); }
    int constantDynamic(int bootstrap, String name, String desc) throws IOException { return dynamic(17, bootstrap, name, desc); }

    /** Adds a BootstrapMethods entry; returns its index. */
    int bootstrap(int methodHandle, int... staticArgs) {
        int[] e = new int[staticArgs.length + 1];
        e[0] = methodHandle;
        System.arraycopy(staticArgs, 0, e, 1, staticArgs.length);
        bootstraps.add(e);
        return bootstraps.size() - 1;
    }

    void method(int access, String name, String desc, int maxStack, int maxLocals, byte[] code) throws IOException {
        int n = utf8(name);
        int d = utf8(desc);
        int codeName = utf8("Code");
        methods.writeShort(access);
        methods.writeShort(n);
        methods.writeShort(d);
        methods.writeShort(1);
        methods.writeShort(codeName);
        methods.writeInt(2 + 2 + 4 + code.length + 2 + 2);
        methods.writeShort(maxStack);
        methods.writeShort(maxLocals);
        methods.writeInt(code.length);
        methods.write(code);
        methods.writeShort(0); // exception table
        methods.writeShort(0); // attributes
        methodCount++;
    }

    static byte[] u2(int opcode, int index) {
        return new byte[] {(byte) opcode, (byte) (index >> 8), (byte) index};
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) out.write(p, 0, p.length);
        return out.toByteArray();
    }

    byte[] toBytes(String thisName, String superName, int major) throws IOException {
        int thisIndex = classRef(thisName);
        int superIndex = classRef(superName);
        int bsmName = bootstraps.isEmpty() ? 0 : utf8("BootstrapMethods");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(0xCAFEBABE);
        out.writeShort(0);
        out.writeShort(major);
        out.writeShort(poolCount);
        pool.flush();
        out.write(poolBytes.toByteArray());
        out.writeShort(0x0001 | 0x0020 | 0x0010); // public super final
        out.writeShort(thisIndex);
        out.writeShort(superIndex);
        out.writeShort(0); // interfaces
        out.writeShort(0); // fields
        out.writeShort(methodCount);
        methods.flush();
        out.write(methodBytes.toByteArray());
        if (bootstraps.isEmpty()) {
            out.writeShort(0);
        } else {
            out.writeShort(1);
            out.writeShort(bsmName);
            int length = 2;
            for (int[] e : bootstraps) length += 4 + 2 * (e.length - 1);
            out.writeInt(length);
            out.writeShort(bootstraps.size());
            for (int[] e : bootstraps) {
                out.writeShort(e[0]);
                out.writeShort(e.length - 1);
                for (int i = 1; i < e.length; i++) out.writeShort(e[i]);
            }
        }
        out.flush();
        return bytes.toByteArray();
    }
}
