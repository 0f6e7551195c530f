public class ImplementsClass implements Base {}
