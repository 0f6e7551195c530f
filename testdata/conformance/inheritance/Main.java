public class Main {
    static class Animal {
        String name = "animal";
        static String kind() { return "Animal.kind"; }
        String speak() { return "..."; }
        String intro() { return "I am " + name + " and I say " + speak(); }
        String who() { return "Animal.who"; }
    }

    static class Dog extends Animal {
        String name = "dog"; // hides Animal.name
        static String kind() { return "Dog.kind"; }
        @Override String speak() { return "Woof"; }
        String superSpeak() { return super.speak() + "/" + super.name + "/" + this.name; }
        @Override String who() { return "Dog.who>" + super.who(); }
    }

    static class Puppy extends Dog {
        @Override String speak() { return "Yip(" + super.speak() + ")"; }
        @Override String who() { return "Puppy.who>" + super.who(); }
    }

    static class Counter {
        protected int count;
        void inc() { count++; }
    }

    static class DoubleCounter extends Counter {
        @Override void inc() { super.inc(); super.inc(); }
    }

    public static void main(String[] args) {
        Animal a = new Animal();
        Animal d = new Dog();
        Animal p = new Puppy();
        Dog dd = new Puppy();
        System.out.println(a.intro());
        System.out.println(d.intro());
        System.out.println(p.intro());
        System.out.println(d.name + " " + ((Dog) d).name + " " + dd.name);
        System.out.println(((Dog) d).superSpeak());
        System.out.println(dd.superSpeak());
        System.out.println(p.who());
        System.out.println(Animal.kind() + " " + Dog.kind());
        Animal[] zoo = {a, d, p};
        for (Animal z : zoo) System.out.print(z.speak() + " ");
        System.out.println();
        Counter c = new DoubleCounter();
        for (int i = 0; i < 5; i++) c.inc();
        System.out.println("count = " + c.count);
        System.out.println(d.getClass().getName() + " " + d.getClass().getSuperclass().getName() + " "
                + p.getClass().getSuperclass().getSuperclass().getSimpleName());
        System.out.println((p instanceof Dog) + " " + (a instanceof Dog) + " " + (d instanceof Puppy));
    }
}
