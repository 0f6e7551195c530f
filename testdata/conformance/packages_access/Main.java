import shapes.Shape;
import shapes.Shapes;
import util.Counter;

public class Main extends Shape {
    Main() {
        super("main-shape");
    }

    @Override
    protected double area() {
        return 12.5;
    }

    public static void main(String[] args) {
        Main m = new Main();
        System.out.println(m.describe());
        System.out.println(m.name + " " + m.area());
        for (Shape s : Shapes.defaults()) System.out.println(s.describe());
        Counter c = new Counter();
        c.add(3).add(4);
        System.out.println(c + " " + Counter.created());
        System.out.println(Shape.class.getName() + " " + Shape.class.getPackageName() + " " + Counter.class.getSimpleName());
    }
}
