public class ExtendsFinal extends Fin {}
