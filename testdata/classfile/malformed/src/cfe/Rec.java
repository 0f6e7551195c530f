package cfe;

/** A record: Record attribute with component Signature and annotations. */
public record Rec<T>(@Deprecated int x, T y, long z) {
}
