public class Fin {}
