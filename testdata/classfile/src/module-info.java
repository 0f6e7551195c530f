import fixtures.anno.Invisible;
import fixtures.anno.Visible;

/**
 * Module declaration: Module attribute (requires with transitive/static/mandated flags,
 * plain and qualified exports/opens, uses, provides), CONSTANT_Module and CONSTANT_Package.
 * The build script additionally runs it through `jar --main-class`, which adds
 * ModulePackages and ModuleMainClass.
 */
@Deprecated(since = "0.1")
@Visible("module")
@Invisible("module")
module fixtures.module {
    requires transitive java.logging;
    requires static java.compiler;

    exports fixtures;
    exports fixtures.anno;
    exports fixtures.api;
    exports fixtures.internal to java.logging, java.sql;

    opens fixtures.anno;
    opens fixtures.internal to java.logging;

    uses fixtures.api.Service;

    provides fixtures.api.Service with fixtures.internal.ServiceImpl;
}
