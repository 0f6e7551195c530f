import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;

// unreflect, unreflectConstructor, unreflectGetter/Setter, unreflectSpecial and unreflectVarHandle
// from java.lang.reflect objects, including private members and setAccessible.
public class Main {
    static class Animal {
        String name;
        static int created;
        Animal(String name) { this.name = name; created++; }
        String speak() { return name + " makes a sound"; }
        static String kingdom() { return "Animalia"; }
    }

    static class Dog extends Animal {
        private int age;
        Dog(String name, int age) { super(name); this.age = age; }
        private Dog() { this("anon", 0); }
        String speak() { return name + " barks"; }
        private String secret() { return name + " is " + age; }
    }

    static String msg(Throwable e) {
        return e.getClass().getName() + ": " + String.valueOf(e.getMessage()).replaceAll("@[0-9a-f]+", "@<hash>");
    }

    public static void main(String[] args) throws Throwable {
        MethodHandles.Lookup l = MethodHandles.lookup();

        Method speak = Animal.class.getDeclaredMethod("speak");
        MethodHandle hSpeak = l.unreflect(speak);
        System.out.println(hSpeak + " type=" + hSpeak.type());
        Dog rex = new Dog("Rex", 3);
        System.out.println((String) hSpeak.invokeExact((Animal) rex));
        System.out.println((String) hSpeak.invokeExact(new Animal("Cat")));

        Method kingdom = Animal.class.getDeclaredMethod("kingdom");
        MethodHandle hKingdom = l.unreflect(kingdom);
        System.out.println(hKingdom + " -> " + (String) hKingdom.invokeExact());

        Method secret = Dog.class.getDeclaredMethod("secret");
        MethodHandle hSecret = l.unreflect(secret);
        System.out.println(hSecret + " -> " + (String) hSecret.invokeExact(rex));
        try {
            MethodHandles.publicLookup().unreflect(secret);
        } catch (IllegalAccessException e) {
            System.out.println(msg(e));
        }

        Constructor<Dog> dc = Dog.class.getDeclaredConstructor(String.class, int.class);
        MethodHandle hDc = l.unreflectConstructor(dc);
        System.out.println(hDc + " type=" + hDc.type());
        Dog fido = (Dog) hDc.invokeExact("Fido", 5);
        System.out.println((String) hSecret.invokeExact(fido) + " created=" + Animal.created);
        Constructor<Dog> priv = Dog.class.getDeclaredConstructor();
        MethodHandle hPriv = l.unreflectConstructor(priv);
        System.out.println(hPriv + " -> " + (String) hSecret.invokeExact((Dog) hPriv.invokeExact()));
        Constructor<StringBuilder> sbc = StringBuilder.class.getConstructor(String.class);
        MethodHandle hSb = MethodHandles.publicLookup().unreflectConstructor(sbc);
        System.out.println(hSb + " -> " + hSb.invoke("built"));

        Field name = Animal.class.getDeclaredField("name");
        MethodHandle getName = l.unreflectGetter(name);
        MethodHandle setName = l.unreflectSetter(name);
        System.out.println(getName + " " + setName);
        setName.invokeExact((Animal) rex, "Max");
        System.out.println("name=" + (String) getName.invokeExact((Animal) rex));
        Field age = Dog.class.getDeclaredField("age");
        MethodHandle getAge = l.unreflectGetter(age);
        MethodHandle setAge = l.unreflectSetter(age);
        setAge.invokeExact(rex, 12);
        System.out.println("age=" + (int) getAge.invokeExact(rex));
        Field created = Animal.class.getDeclaredField("created");
        MethodHandle getCreated = l.unreflectGetter(created);
        MethodHandle setCreated = l.unreflectSetter(created);
        System.out.println(getCreated + " " + setCreated);
        setCreated.invokeExact(100);
        System.out.println("created=" + (int) getCreated.invokeExact());

        // final fields: setter only when setAccessible(true) on a non-static final field
        Field value = Integer.class.getDeclaredField("MAX_VALUE");
        MethodHandle getMax = l.unreflectGetter(value);
        System.out.println("MAX_VALUE=" + (int) getMax.invokeExact());
        try {
            l.unreflectSetter(value);
        } catch (IllegalAccessException e) {
            System.out.println(msg(e));
        }
        Field hash = String.class.getDeclaredField("hash");
        try {
            l.unreflectGetter(hash);
        } catch (IllegalAccessException e) {
            System.out.println(msg(e));
        }

        // unreflectSpecial: Animal.speak invoked on a Dog without virtual dispatch
        MethodHandle special = l.in(Dog.class).unreflectSpecial(speak, Dog.class);
        System.out.println(special + " -> " + (String) special.invokeExact((Dog) rex));
        try {
            l.unreflectSpecial(speak, Dog.class);
        } catch (IllegalAccessException e) {
            System.out.println(msg(e));
        }
        MethodHandle virtual = l.unreflect(speak);
        System.out.println("virtual -> " + (String) virtual.invokeExact((Animal) rex));

        // JDK methods
        Method substring = String.class.getMethod("substring", int.class, int.class);
        MethodHandle hSub = MethodHandles.publicLookup().unreflect(substring);
        System.out.println(hSub + " -> " + (String) hSub.invokeExact("unreflected", 2, 7));
        Method max = Math.class.getMethod("max", long.class, long.class);
        MethodHandle hMax = l.unreflect(max);
        System.out.println(hMax + " -> " + (long) hMax.invokeExact(3L, -9L));
        Method varargs = String.class.getMethod("format", String.class, Object[].class);
        MethodHandle hFormat = l.unreflect(varargs);
        System.out.println(hFormat + " varargs=" + hFormat.isVarargsCollector() + " -> " + hFormat.invoke("%s-%s", "a", "b"));
        Method getClass = Object.class.getMethod("getClass");
        MethodHandle hGc = l.unreflect(getClass);
        System.out.println(hGc + " -> " + hGc.invoke("x"));
        Method hashCodeM = Object.class.getMethod("hashCode");
        MethodHandle hHash = l.unreflect(hashCodeM);
        System.out.println(hHash + " -> " + (int) hHash.invokeExact((Object) "abc"));

        // unreflectVarHandle
        java.lang.invoke.VarHandle vh = l.unreflectVarHandle(age);
        vh.set(rex, 33);
        System.out.println("varhandle age=" + (int) vh.get(rex) + " cas=" + vh.compareAndSet(rex, 33, 34) + " age=" + (int) vh.get(rex));

        // a reflected method whose declaring class is not accessible, made accessible
        Method m = Class.forName("java.util.Collections$EmptyList").getDeclaredMethod("size");
        try {
            MethodHandles.publicLookup().unreflect(m);
        } catch (IllegalAccessException e) {
            System.out.println(msg(e));
        }
    }
}
