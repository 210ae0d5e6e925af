package org.sectorscope;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import org.sectorscope.app.SectorscopeApp;
import org.sectorscope.cli.Cli;

/**
 * The entry point. Deliberately not an {@code Application}: that lets the command line run without
 * loading any toolkit at all, and lets the window start JavaFX as named modules from a plain
 * {@code java -jar} ({@link JavaFxModules}).
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) throws Exception {
        Cli cli = new Cli(System.out, System.err);
        if (Cli.handles(args)) {
            System.exit(cli.run(args));
        }
        if (!Cli.displayAvailable()) {
            System.exit(cli.noDisplay());
        }
        Optional<Path> jar = runningJar();
        String builtFor = jar.map(Launcher::builtFor).orElse(null);
        Optional<String> wrongSystem = BuildPlatform.mismatch(builtFor,
                System.getProperty("os.name", ""), System.getProperty("os.arch", ""));
        if (wrongSystem.isPresent()) {
            System.err.println("error: " + wrongSystem.get());
            System.exit(Cli.USAGE);
        }
        if (jar.isPresent() && JavaFxModules.onClassPath() && JavaFxModules.start(jar.get(), builtFor, args)) {
            return;
        }
        SectorscopeApp.start(args);
    }

    /** The jar these classes run from; empty when they run from a folder (an IDE, the tests). */
    private static Optional<Path> runningJar() {
        try {
            CodeSource source = Launcher.class.getProtectionDomain().getCodeSource();
            Path path = source == null ? null : Path.of(source.getLocation().toURI());
            return path != null && Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
            return Optional.empty();
        }
    }

    /** The JavaFX platform the jar was built with ({@link BuildPlatform#MANIFEST_ENTRY}), or null. */
    private static String builtFor(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            return manifest == null ? null : manifest.getMainAttributes().getValue(BuildPlatform.MANIFEST_ENTRY);
        } catch (IOException e) {
            return null;
        }
    }
}
