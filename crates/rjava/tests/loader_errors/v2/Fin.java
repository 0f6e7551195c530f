public final class Fin {}
