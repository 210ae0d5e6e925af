package org.sectorscope;

import java.io.IOException;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Starts the window with JavaFX as named modules when {@code java -jar sectorscope.jar} put it on the
 * class path (JavaFX warns "Unsupported JavaFX configuration" there): a module layer of the JavaFX jars
 * in the jar's {@code lib/}, and the app and its other libraries in a class loader above it (ADR 0017).
 * The packaged app needs none of this: its runtime has JavaFX built in.
 */
public final class JavaFxModules {
    /** What the window needs; the rest of JavaFX (graphics, base) comes with these. */
    public static final List<String> ROOTS = List.of("javafx.controls", "javafx.swing");

    /**
     * JavaFX internals ControlsFX uses (jdeps over its jar), by module: opened to the class path here and
     * by the packaged app's launcher options ({@code --add-exports MODULE/PACKAGE=ALL-UNNAMED}).
     */
    public static final Map<String, List<String>> CONTROLSFX_EXPORTS = Map.of(
            "javafx.base", List.of("com.sun.javafx.event"),
            "javafx.controls", List.of("com.sun.javafx.scene.control", "com.sun.javafx.scene.control.behavior"));

    private static final String APP_CLASS = "org.sectorscope.app.SectorscopeApp";

    private JavaFxModules() {
    }

    /** True when JavaFX is not a named module of this JVM (the jar runs from the class path). */
    public static boolean onClassPath() {
        return ModuleLayer.boot().findModule("javafx.graphics").isEmpty();
    }

    /** The launcher options that give ControlsFX what {@link #CONTROLSFX_EXPORTS} lists. */
    public static List<String> exportOptions() {
        List<String> options = new ArrayList<>();
        CONTROLSFX_EXPORTS.forEach((module, packages) -> packages.forEach(
                p -> options.add("--add-exports=" + module + "/" + p + "=ALL-UNNAMED")));
        options.sort(null);
        return options;
    }

    /**
     * Starts {@code SectorscopeApp} with JavaFX loaded as modules from {@code lib}: the jars of
     * {@code platform} (the build's, see {@link BuildPlatform}) when it is known, so a {@code lib} that
     * also holds another system's JavaFX still works. False when {@code lib} holds no JavaFX (then the
     * caller starts the app as it is).
     */
    public static boolean start(Path appJar, String platform, String[] args) throws IOException, ReflectiveOperationException {
        return start(appJar, platform, APP_CLASS, List.of(), args);
    }

    /**
     * As {@link #start(Path, String, String[])}, for any class with a static {@code start(String[])}: the
     * start-up benchmark starts its one-label floor this way, with its classes in {@code extra}, so both
     * pay the same JavaFX start.
     */
    public static boolean start(Path appJar, String platform, String appClass, List<URL> extra, String[] args)
            throws IOException, ReflectiveOperationException {
        Path lib = appJar.resolveSibling("lib");
        List<Path> javafx = new ArrayList<>();
        List<URL> others = new ArrayList<>(List.of(url(appJar)));
        others.addAll(extra);
        if (!Files.isDirectory(lib)) {
            return false;
        }
        try (Stream<Path> jars = Files.list(lib)) {
            for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
                String name = jar.getFileName().toString();
                if (name.startsWith("javafx-")) {
                    if (platform == null || name.endsWith("-" + platform + ".jar")) {
                        javafx.add(jar);
                    }
                } else {
                    others.add(url(jar));
                }
            }
        }
        if (javafx.isEmpty()) {
            return false;
        }
        Configuration config = ModuleLayer.boot().configuration()
                .resolve(ModuleFinder.of(javafx.toArray(Path[]::new)), ModuleFinder.of(), ROOTS);
        // The platform loader as parent: our classes must come from the loader above the layer, not the
        // class path the JVM was started with.
        ModuleLayer.Controller layer = ModuleLayer.defineModulesWithOneLoader(config, List.of(ModuleLayer.boot()),
                ClassLoader.getPlatformClassLoader());
        ClassLoader app = new URLClassLoader("sectorscope", others.toArray(URL[]::new),
                layer.layer().findLoader(ROOTS.get(0)));
        CONTROLSFX_EXPORTS.forEach((module, packages) -> packages.forEach(p -> layer.addExports(
                layer.layer().findModule(module).orElseThrow(), p, app.getUnnamedModule())));
        Thread.currentThread().setContextClassLoader(app);
        try {
            Class.forName(appClass, true, app).getMethod("start", String[].class).invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
        return true;
    }

    private static URL url(Path jar) throws MalformedURLException {
        return jar.toUri().toURL();
    }
}
