public class Main {
    static class Nested {}
    class Inner {}
    enum E { X, Y { } }
    interface I {}

    static void show(Class<?> c) {
        System.out.println(c.getName() + " | " + c.getSimpleName() + " | " + c.getTypeName() + " | "
                + c.isArray() + " " + c.isPrimitive() + " " + c.isInterface() + " " + c.isEnum());
    }

    public static void main(String[] args) {
        show(Main.class);
        show(Nested.class);
        show(Inner.class);
        show(E.class);
        show(E.Y.getClass());
        show(I.class);
        show(int.class);
        show(void.class);
        show(int[].class);
        show(long[][].class);
        show(String[].class);
        show(Nested[][].class);
        show(boolean[].class);
        show(char[].class);
        show(java.util.Map.Entry.class);
        show(Object.class);
        Object anon = new I() {};
        show(anon.getClass());
        class Local {}
        show(Local.class);
        show(Local[].class);
        System.out.println(new int[0].getClass() == int[].class);
        System.out.println(String.class.getSuperclass() + " " + Object.class.getSuperclass() + " "
                + int[].class.getSuperclass() + " " + I.class.getSuperclass() + " " + int.class.getSuperclass());
        System.out.println(int[].class.getComponentType() + " " + String[][].class.getComponentType().getName());
        System.out.println(String.class + " " + int.class + " " + I.class + " " + Integer.TYPE);
        System.out.println(String.class.getPackageName() + " [" + Main.class.getPackageName() + "] " + Nested.class.getPackageName().isEmpty());
        try {
            System.out.println(Class.forName("Main$Nested").getSimpleName() + " " + Class.forName("[Ljava.lang.String;").getSimpleName()
                    + " " + Class.forName("java.lang.Thread$State").isEnum());
            Class.forName("NoSuchClass");
        } catch (ClassNotFoundException e) {
            System.out.println("CNFE " + e.getMessage());
        }
    }
}
