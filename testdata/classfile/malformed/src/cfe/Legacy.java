package cfe;

/** Recompiled by the generator at older class-file versions (no constructs newer than Java 1.1). */
public class Legacy {
    static final int K = 1;
    int f;

    public int get() {
        return f + K;
    }
}
