public class Main {
    static class Person {
        String name;
        Person friend;
        Person(String name) { this.name = name; }
    }

    static int nameLength(Person p) {
        return p.friend.name.length();
    }

    public static void main(String[] args) {
        Person a = new Person("ann");
        a.friend = new Person("bob");
        System.out.println(nameLength(a));
        a.friend.friend = new Person(null);
        System.out.println(nameLength(a.friend));
    }
}
