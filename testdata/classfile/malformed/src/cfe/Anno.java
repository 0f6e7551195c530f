package cfe;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/** An annotation interface: AnnotationDefault. */
@Retention(RetentionPolicy.RUNTIME)
public @interface Anno {
    int value() default 42;
}
