package sample;

/** Names that need quoting or escaping, deprecated members, and a class without SourceFile-like naming. */
@Deprecated(since = "1", forRemoval = true)
class $Odd<$T> {
    @Deprecated
    int deprecatedField;
    int \u00e9t\u00e9;
    $Odd<$T>[] self;

    @Deprecated
    <$U extends $T> $U identity($U u) {
        return u;
    }

    interface Empty {
    }

    @FunctionalInterface
    interface Fn<A, R> extends java.util.function.Function<A, R>, Empty {
    }
}
