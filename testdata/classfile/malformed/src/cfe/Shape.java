package cfe;

/** A sealed interface: PermittedSubclasses. */
public sealed interface Shape permits Shape.Circle, Shape.Square {
    final class Circle implements Shape {
    }

    final class Square implements Shape {
    }
}
