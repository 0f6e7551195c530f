/*
 * Generates class-file fixtures that javac cannot produce, using the ASM copy bundled inside
 * the JDK (jdk.internal.org.objectweb.asm). Run through tools/gen-classfile-fixtures:
 *
 *   javac --add-exports java.base/jdk.internal.org.objectweb.asm=ALL-UNNAMED -d OUT ClassfileFixtureGen.java
 *   java  --add-exports java.base/jdk.internal.org.objectweb.asm=ALL-UNNAMED -cp OUT ClassfileFixtureGen CLASSES_DIR
 *
 * Writes CLASSES_DIR/fixtures/gen/*.class and normalizes CLASSES_DIR/module-info.class (see
 * normalizeModuleInfo). Output is deterministic: ASM writes no timestamps and everything below
 * is built from constants.
 */

import static jdk.internal.org.objectweb.asm.Opcodes.*;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import jdk.internal.org.objectweb.asm.Attribute;
import jdk.internal.org.objectweb.asm.ByteVector;
import jdk.internal.org.objectweb.asm.ClassWriter;
import jdk.internal.org.objectweb.asm.ConstantDynamic;
import jdk.internal.org.objectweb.asm.FieldVisitor;
import jdk.internal.org.objectweb.asm.Handle;
import jdk.internal.org.objectweb.asm.Label;
import jdk.internal.org.objectweb.asm.MethodVisitor;
import jdk.internal.org.objectweb.asm.Type;

public final class ClassfileFixtureGen {
    private static final String PKG = "fixtures/gen/";
    private static final String OBJECT = "java/lang/Object";
    private static final String PRINT_STREAM = "java/io/PrintStream";
    private static final String LOOKUP = "Ljava/lang/invoke/MethodHandles$Lookup;";
    private static final String CONSTANT_BOOTSTRAPS = "java/lang/invoke/ConstantBootstraps";

    /** JVM opcodes that Opcodes does not name (ASM accepts them in visitJumpInsn). */
    private static final int GOTO_W = 200;
    private static final int JSR_W = 201;

    private ClassfileFixtureGen() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: ClassfileFixtureGen CLASSES_DIR");
            System.exit(2);
        }
        Path classes = Path.of(args[0]);
        Path gen = classes.resolve(PKG);
        Files.createDirectories(gen);
        write(gen, "Condy", condy());
        write(gen, "AllHandles", allHandles());
        write(gen, "SourceDebug", sourceDebug());
        write(gen, "Legacy", legacy());
        write(gen, "UnknownAttrs", unknownAttrs());
        write(gen, "NaNPayloads", nanPayloads());
        write(gen, "Java25", simple("Java25", 69));
        write(gen, "Preview", simple("Preview", V17 | V_PREVIEW));

        Path moduleInfo = classes.resolve("module-info.class");
        if (Files.exists(moduleInfo)) {
            Files.write(moduleInfo, normalizeModuleInfo(Files.readAllBytes(moduleInfo)));
        }
    }

    private static void write(Path dir, String name, byte[] bytes) throws IOException {
        Files.write(dir.resolve(name + ".class"), bytes);
    }

    // ------------------------------------------------------------------------------------------
    // Helpers

    private static void defaultConstructor(ClassWriter cw) {
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, "<init>", "()V", null, null);
        mv.visitCode();
        mv.visitVarInsn(ALOAD, 0);
        mv.visitMethodInsn(INVOKESPECIAL, OBJECT, "<init>", "()V", false);
        mv.visitInsn(RETURN);
        mv.visitMaxs(1, 1);
        mv.visitEnd();
    }

    /** Emits System.out.println(&lt;value pushed by push&gt;) with the given println descriptor. */
    private static void println(MethodVisitor mv, String descriptor, Runnable push) {
        mv.visitFieldInsn(GETSTATIC, "java/lang/System", "out", "Ljava/io/PrintStream;");
        push.run();
        mv.visitMethodInsn(INVOKEVIRTUAL, PRINT_STREAM, "println", descriptor, false);
    }

    private static Handle constantBootstrap(String name, String descriptorTail) {
        return new Handle(H_INVOKESTATIC, CONSTANT_BOOTSTRAPS, name,
                "(" + LOOKUP + "Ljava/lang/String;Ljava/lang/Class;" + descriptorTail, false);
    }

    // ------------------------------------------------------------------------------------------
    // CONSTANT_Dynamic

    /**
     * CONSTANT_Dynamic loaded with ldc (reference and int types) and ldc2_w (long and double
     * types), a dynamic constant used as a static argument of another dynamic constant, and one
     * used as a static argument of an invokedynamic bootstrap.
     */
    private static byte[] condy() {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        cw.visit(V17, ACC_PUBLIC | ACC_SUPER, PKG + "Condy", null, OBJECT, null);
        defaultConstructor(cw);

        Handle getStaticFinal = constantBootstrap("getStaticFinal", "Ljava/lang/Class;)Ljava/lang/Object;");
        Handle primitiveClass = constantBootstrap("primitiveClass", ")Ljava/lang/Class;");
        Handle nullConstant = constantBootstrap("nullConstant", ")Ljava/lang/Object;");
        Handle invoke = constantBootstrap("invoke",
                "Ljava/lang/invoke/MethodHandle;[Ljava/lang/Object;)Ljava/lang/Object;");

        ConstantDynamic longMax = new ConstantDynamic("MAX_VALUE", "J", getStaticFinal, Type.getType(Long.class));
        ConstantDynamic pi = new ConstantDynamic("PI", "D", getStaticFinal, Type.getType(Math.class));
        ConstantDynamic intClass = new ConstantDynamic("I", "Ljava/lang/Class;", primitiveClass);
        ConstantDynamic nothing = new ConstantDynamic("_", "Ljava/lang/String;", nullConstant);
        ConstantDynamic answer = new ConstantDynamic("answer", "I", invoke,
                new Handle(H_INVOKESTATIC, "java/lang/Integer", "parseInt", "(Ljava/lang/String;)I", false),
                "42");
        ConstantDynamic nested = new ConstantDynamic("pair", "Ljava/util/List;", invoke,
                new Handle(H_INVOKESTATIC, "java/util/List", "of",
                        "(Ljava/lang/Object;Ljava/lang/Object;)Ljava/util/List;", true),
                pi, answer);
        Handle concat = new Handle(H_INVOKESTATIC, "java/lang/invoke/StringConcatFactory",
                "makeConcatWithConstants",
                "(" + LOOKUP + "Ljava/lang/String;Ljava/lang/invoke/MethodType;Ljava/lang/String;"
                        + "[Ljava/lang/Object;)Ljava/lang/invoke/CallSite;", false);

        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC | ACC_STATIC, "main", "([Ljava/lang/String;)V", null, null);
        mv.visitCode();
        println(mv, "(J)V", () -> mv.visitLdcInsn(longMax)); // ldc2_w Dynamic J
        println(mv, "(D)V", () -> mv.visitLdcInsn(pi)); // ldc2_w Dynamic D
        println(mv, "(Ljava/lang/Object;)V", () -> mv.visitLdcInsn(intClass));
        println(mv, "(Ljava/lang/String;)V", () -> mv.visitLdcInsn(nothing));
        println(mv, "(I)V", () -> mv.visitLdcInsn(answer)); // ldc Dynamic I
        println(mv, "(Ljava/lang/Object;)V", () -> mv.visitLdcInsn(nested));
        println(mv, "(Ljava/lang/String;)V", () -> {
            mv.visitLdcInsn("answer");
            mv.visitInvokeDynamicInsn("concat", "(Ljava/lang/String;)Ljava/lang/String;", concat,
                    "\u0001 = \u0002", answer);
        });
        mv.visitInsn(RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        cw.visitEnd();
        return cw.toByteArray();
    }

    // ------------------------------------------------------------------------------------------
    // CONSTANT_MethodHandle of every reference kind, CONSTANT_MethodType via ldc

    private static byte[] allHandles() {
        String self = PKG + "AllHandles";
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        cw.visit(V17, ACC_PUBLIC | ACC_SUPER, self, null, OBJECT, new String[] {"java/util/function/Function"});
        cw.visitField(ACC_PUBLIC, "instanceField", "I", null, null).visitEnd();
        cw.visitField(ACC_PUBLIC | ACC_STATIC, "staticField", "I", null, null).visitEnd();
        defaultConstructor(cw);
        emptyMethod(cw, ACC_PUBLIC, "virtualMethod");
        emptyMethod(cw, ACC_PUBLIC | ACC_STATIC, "staticMethod");
        emptyMethod(cw, ACC_PRIVATE, "privateMethod");

        MethodVisitor apply = cw.visitMethod(ACC_PUBLIC, "apply", "(Ljava/lang/Object;)Ljava/lang/Object;", null, null);
        apply.visitCode();
        apply.visitVarInsn(ALOAD, 1);
        apply.visitInsn(ARETURN);
        apply.visitMaxs(0, 0);
        apply.visitEnd();

        Handle[] handles = {
            new Handle(H_GETFIELD, self, "instanceField", "I", false),
            new Handle(H_GETSTATIC, self, "staticField", "I", false),
            new Handle(H_PUTFIELD, self, "instanceField", "I", false),
            new Handle(H_PUTSTATIC, self, "staticField", "I", false),
            new Handle(H_INVOKEVIRTUAL, self, "virtualMethod", "()V", false),
            new Handle(H_INVOKESTATIC, self, "staticMethod", "()V", false),
            new Handle(H_INVOKESPECIAL, self, "privateMethod", "()V", false),
            new Handle(H_NEWINVOKESPECIAL, self, "<init>", "()V", false),
            new Handle(H_INVOKEINTERFACE, "java/util/List", "size", "()I", true),
            // invokeStatic / invokeSpecial on interface methods reference CONSTANT_InterfaceMethodref
            new Handle(H_INVOKESTATIC, "java/util/List", "of", "()Ljava/util/List;", true),
            new Handle(H_INVOKESPECIAL, "java/util/function/Function", "andThen",
                    "(Ljava/util/function/Function;)Ljava/util/function/Function;", true),
        };
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC | ACC_STATIC, "main", "([Ljava/lang/String;)V", null, null);
        mv.visitCode();
        for (Handle h : handles) {
            println(mv, "(Ljava/lang/Object;)V", () -> mv.visitLdcInsn(h));
        }
        println(mv, "(Ljava/lang/Object;)V", () -> mv.visitLdcInsn(Type.getMethodType("(IJ)V")));
        println(mv, "(Ljava/lang/Object;)V", () -> mv.visitLdcInsn(Type.getMethodType("()Ljava/lang/String;")));
        mv.visitInsn(RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        cw.visitEnd();
        return cw.toByteArray();
    }

    private static void emptyMethod(ClassWriter cw, int access, String name) {
        MethodVisitor mv = cw.visitMethod(access, name, "()V", null, null);
        mv.visitCode();
        mv.visitInsn(RETURN);
        mv.visitMaxs(0, (access & ACC_STATIC) != 0 ? 0 : 1);
        mv.visitEnd();
    }

    // ------------------------------------------------------------------------------------------
    // SourceDebugExtension

    private static byte[] sourceDebug() {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        cw.visit(V17, ACC_PUBLIC | ACC_SUPER, PKG + "SourceDebug", null, OBJECT, null);
        // JSR-45 SMAP. Stored as modified UTF-8 without a terminator; the non-ASCII file name
        // (U+00E9 and U+1F600) exercises 2-byte and surrogate-pair encodings.
        String smap = "SMAP\n"
                + "SourceDebug.java\n"
                + "JSP\n"
                + "*S JSP\n"
                + "*F\n"
                + "+ 0 h\u00e9llo\uD83D\uDE00.jsp\n"
                + "WEB-INF/h\u00e9llo\uD83D\uDE00.jsp\n"
                + "*L\n"
                + "1,3:10\n"
                + "*E\n";
        cw.visitSource("SourceDebug.java", smap);
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC | ACC_STATIC, "main", "([Ljava/lang/String;)V", null, null);
        mv.visitCode();
        Label start = new Label();
        mv.visitLabel(start);
        mv.visitLineNumber(10, start);
        println(mv, "(Ljava/lang/String;)V", () -> mv.visitLdcInsn("source debug"));
        mv.visitInsn(RETURN);
        mv.visitMaxs(0, 1);
        mv.visitEnd();
        cw.visitEnd();
        return cw.toByteArray();
    }

    // ------------------------------------------------------------------------------------------
    // Version 45.3: Synthetic and Deprecated attributes, jsr/ret/jsr_w/goto_w/wide ret

    private static byte[] legacy() {
        ClassWriter cw = new ClassWriter(0);
        cw.visit(V1_1, ACC_PUBLIC | ACC_SUPER | ACC_DEPRECATED, PKG + "Legacy", null, OBJECT, null);
        cw.visitSource("Legacy.java", null);
        // ASM writes a Synthetic attribute (not just the flag) for class versions < 49.
        cw.visitField(ACC_STATIC | ACC_SYNTHETIC, "syntheticField", "I", null, null).visitEnd();
        FieldVisitor deprecatedField = cw.visitField(ACC_PUBLIC | ACC_STATIC | ACC_DEPRECATED,
                "deprecatedField", "J", null, null);
        deprecatedField.visitEnd();
        defaultConstructor(cw);
        emptyMethod(cw, ACC_STATIC | ACC_SYNTHETIC, "syntheticMethod");
        emptyMethod(cw, ACC_PUBLIC | ACC_STATIC | ACC_DEPRECATED, "deprecatedMethod");

        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC | ACC_STATIC, "main", "([Ljava/lang/String;)V", null,
                new String[] {"java/lang/Exception"});
        mv.visitCode();
        Label sub1 = new Label();
        Label sub2 = new Label();
        Label end = new Label();
        println(mv, "(Ljava/lang/String;)V", () -> mv.visitLdcInsn("legacy"));
        mv.visitJumpInsn(JSR, sub1);
        mv.visitJumpInsn(JSR_W, sub2);
        mv.visitInsn(NOP);
        mv.visitInsn(ICONST_1);
        mv.visitInsn(ICONST_2);
        mv.visitInsn(SWAP);
        mv.visitInsn(POP2);
        mv.visitJumpInsn(GOTO_W, end);
        // subroutine 1: return address in local 1
        mv.visitLabel(sub1);
        mv.visitVarInsn(ASTORE, 1);
        mv.visitVarInsn(RET, 1);
        // subroutine 2: return address in local 300 (wide astore / wide ret)
        mv.visitLabel(sub2);
        mv.visitVarInsn(ASTORE, 300);
        mv.visitVarInsn(RET, 300);
        mv.visitLabel(end);
        mv.visitInsn(RETURN);
        mv.visitMaxs(2, 301);
        mv.visitEnd();
        cw.visitEnd();
        return cw.toByteArray();
    }

    // ------------------------------------------------------------------------------------------
    // Unknown (non-standard) attributes at class, field, method and Code level

    /** An attribute ASM writes verbatim. */
    private static final class RawAttribute extends Attribute {
        private final byte[] data;
        private final boolean inCode;

        RawAttribute(String name, byte[] data, boolean inCode) {
            super(name);
            this.data = data.clone();
            this.inCode = inCode;
        }

        @Override
        public boolean isCodeAttribute() {
            return inCode;
        }

        @Override
        protected ByteVector write(ClassWriter cw, byte[] code, int codeLength, int maxStack, int maxLocals) {
            ByteVector v = new ByteVector();
            v.putByteArray(data, 0, data.length);
            return v;
        }
    }

    private static byte[] unknownAttrs() {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        cw.visit(V17, ACC_PUBLIC | ACC_SUPER, PKG + "UnknownAttrs", null, OBJECT, null);
        cw.visitAttribute(new RawAttribute("org.rjava.ClassNote",
                new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE, 0, 1, 2, 3}, false));
        FieldVisitor fv = cw.visitField(ACC_PUBLIC, "field", "I", null, null);
        fv.visitAttribute(new RawAttribute("org.rjava.EmptyNote", new byte[0], false));
        fv.visitEnd();
        defaultConstructor(cw);
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC | ACC_STATIC, "main", "([Ljava/lang/String;)V", null, null);
        mv.visitAttribute(new RawAttribute("org.rjava.MethodNote",
                "h\u00e9llo".getBytes(StandardCharsets.UTF_8), false));
        mv.visitAttribute(new RawAttribute("org.rjava.CodeNote", new byte[] {1, 2, 3}, true));
        mv.visitCode();
        println(mv, "(Ljava/lang/String;)V", () -> mv.visitLdcInsn("unknown attributes"));
        mv.visitInsn(RETURN);
        mv.visitMaxs(0, 1);
        mv.visitEnd();
        cw.visitEnd();
        return cw.toByteArray();
    }

    // ------------------------------------------------------------------------------------------
    // NaN payloads that javac can never emit (it canonicalizes NaN)

    private static byte[] nanPayloads() {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        cw.visit(V17, ACC_PUBLIC | ACC_SUPER, PKG + "NaNPayloads", null, OBJECT, null);
        int fs = ACC_PUBLIC | ACC_STATIC | ACC_FINAL;
        float signalingF = Float.intBitsToFloat(0x7f800001);
        float negativeQuietF = Float.intBitsToFloat(0xffc00000);
        float payloadF = Float.intBitsToFloat(0x7fc0beef);
        double signalingD = Double.longBitsToDouble(0x7ff0000000000001L);
        double negativeQuietD = Double.longBitsToDouble(0xfff8000000000000L);
        double payloadD = Double.longBitsToDouble(0x7ff8dead0000beefL);
        cw.visitField(fs, "FLOAT_SIGNALING_NAN", "F", null, signalingF).visitEnd();
        cw.visitField(fs, "FLOAT_NEGATIVE_QUIET_NAN", "F", null, negativeQuietF).visitEnd();
        cw.visitField(fs, "FLOAT_PAYLOAD_NAN", "F", null, payloadF).visitEnd();
        cw.visitField(fs, "DOUBLE_SIGNALING_NAN", "D", null, signalingD).visitEnd();
        cw.visitField(fs, "DOUBLE_NEGATIVE_QUIET_NAN", "D", null, negativeQuietD).visitEnd();
        cw.visitField(fs, "DOUBLE_PAYLOAD_NAN", "D", null, payloadD).visitEnd();
        defaultConstructor(cw);
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC | ACC_STATIC, "bits", "()J", null, null);
        mv.visitCode();
        mv.visitLdcInsn(payloadF);
        mv.visitMethodInsn(INVOKESTATIC, "java/lang/Float", "floatToRawIntBits", "(F)I", false);
        mv.visitInsn(I2L);
        mv.visitLdcInsn(payloadD);
        mv.visitMethodInsn(INVOKESTATIC, "java/lang/Double", "doubleToRawLongBits", "(D)J", false);
        mv.visitInsn(LXOR);
        mv.visitInsn(LRETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        cw.visitEnd();
        return cw.toByteArray();
    }

    // ------------------------------------------------------------------------------------------
    // Version-only fixtures

    private static byte[] simple(String name, int version) {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        cw.visit(version, ACC_PUBLIC | ACC_SUPER, PKG + name, null, OBJECT, null);
        cw.visitSource(name + ".java", null);
        cw.visitField(ACC_PUBLIC | ACC_STATIC | ACC_FINAL, "VERSION", "I", null, version).visitEnd();
        defaultConstructor(cw);
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC | ACC_STATIC, "version", "()I", null, null);
        mv.visitCode();
        mv.visitLdcInsn(version);
        mv.visitInsn(IRETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        cw.visitEnd();
        return cw.toByteArray();
    }

    // ------------------------------------------------------------------------------------------
    // module-info normalization

    private static final Pattern JDK17_VERSION = Pattern.compile("17(\\.\\d+)*([+-].*)?");

    /**
     * javac records the exact version of each required JDK module (e.g. "17.0.15") in the Module
     * attribute's requires_version. Rewrite that CONSTANT_Utf8 to plain "17" so the fixture does
     * not depend on the JDK patch release. Only the constant's bytes change; nothing in a class
     * file refers to constant-pool byte offsets, so the rest is copied unchanged.
     */
    static byte[] normalizeModuleInfo(byte[] in) throws IOException {
        DataInputStream r = new DataInputStream(new java.io.ByteArrayInputStream(in));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream w = new DataOutputStream(bytes);
        w.writeInt(r.readInt()); // magic
        w.writeInt(r.readInt()); // minor, major
        int count = r.readUnsignedShort();
        w.writeShort(count);
        for (int i = 1; i < count; i++) {
            int tag = r.readUnsignedByte();
            w.writeByte(tag);
            switch (tag) {
                case 1 -> {
                    String s = r.readUTF();
                    w.writeUTF(JDK17_VERSION.matcher(s).matches() ? "17" : s);
                }
                case 3, 4 -> w.writeInt(r.readInt());
                case 5, 6 -> {
                    w.writeLong(r.readLong());
                    i++;
                }
                case 7, 8, 16, 19, 20 -> w.writeShort(r.readUnsignedShort());
                case 9, 10, 11, 12, 17, 18 -> w.writeInt(r.readInt());
                case 15 -> {
                    w.writeByte(r.readUnsignedByte());
                    w.writeShort(r.readUnsignedShort());
                }
                default -> throw new IOException("bad constant tag " + tag + " at index " + i);
            }
        }
        r.transferTo(w);
        w.flush();
        return bytes.toByteArray();
    }
}
