package shapes;

public abstract class Shape {
    protected final String name;
    private static int count;

    protected Shape(String name) {
        this.name = name;
        count++;
    }

    protected abstract double area();

    public String describe() {
        return name + " #" + count + " area=" + area();
    }
}
