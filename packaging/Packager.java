import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.sectorscope.JavaFxModules;

/**
 * Builds the installable app for `mvn -Ppackage package` (README, "Install"; ADR 0017), run by the build
 * as a single-file Java program so the same steps work on Linux, Windows and macOS:
 * 1. a runtime linked by jlink with the JDK modules the pom lists and JavaFX as modules, its native
 *    libraries beside the JDK's (so JavaFX loads them from there, not from a copy in the user's home);
 * 2. jpackage's app image, target/dist/Sectorscope, the other libraries on its class path;
 * 3. a class-data-sharing archive of the classes a training run loads (it opens the sample and quits);
 * 4. the system's installer (.deb, .msi, .dmg) where its tools are present, with the file association.
 * Settings come as system properties from the pom (see the `package` profile).
 */
public final class Packager {
    static final String NAME = "Sectorscope";
    static final String ARCHIVE = "sectorscope.jsa";
    static final String CLASS_LIST = "sectorscope.classlist";
    /** The training run opens the sample and quits in seconds; one that hangs must not hang the build. */
    private static final long TRAINING_SECONDS = 180;

    private final Path project = Path.of(System.getProperty("package.project")).toAbsolutePath();
    private final Path target = project.resolve("target");
    private final Path work = target.resolve("package-work");
    private final Path dist = target.resolve("dist");
    private final Path appImage = dist.resolve(NAME);
    private final String platform = System.getProperty("package.platform");
    private final String version = System.getProperty("package.version").replace("-SNAPSHOT", "");
    private final String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
    private final Path jdkBin = Path.of(System.getProperty("java.home"), "bin");

    public static void main(String[] args) throws Exception {
        new Packager().run();
    }

    void run() throws Exception {
        deleteTree(work);
        deleteTree(dist);
        Files.createDirectories(work.resolve("input"));
        List<Path> javafx = new ArrayList<>();
        try (Stream<Path> libs = Files.list(target.resolve("lib"))) {
            for (Path jar : libs.sorted().toList()) {
                String name = jar.getFileName().toString();
                if (!name.startsWith("javafx-")) {
                    Files.copy(jar, work.resolve("input").resolve(name));
                } else if (name.endsWith("-" + platform + ".jar")) {
                    javafx.add(jar);
                }
            }
        }
        Files.copy(target.resolve("sectorscope.jar"), work.resolve("input/sectorscope.jar"));
        Path runtime = work.resolve("runtime");
        String modules = System.getProperty("package.jdkModules") + "," + String.join(",", JavaFxModules.ROOTS);
        tool("jlink", "--module-path", join(javafx), "--add-modules", modules, "--strip-debug", "--no-header-files",
                "--no-man-pages", "--compress=2", "--generate-cds-archive", "--output", runtime.toString());
        for (Path jar : javafx) {
            copyNativeLibraries(jar, runtime.resolve(windows() ? "bin" : "lib"));
        }

        List<String> image = new ArrayList<>(List.of("--type", "app-image", "--runtime-image", runtime.toString(),
                "--input", work.resolve("input").toString(), "--main-jar", "sectorscope.jar",
                "--main-class", "org.sectorscope.Launcher"));
        for (String option : JavaFxModules.exportOptions()) {
            image.addAll(List.of("--java-options", option));
        }
        image.addAll(List.of("--java-options", "-XX:SharedArchiveFile=$APPDIR/" + ARCHIVE));
        tool("jpackage", common(image));
        trainSharedArchive();
        if (!windows() && !mac()) {
            // Every size, for the installer's hicolor icons (packaging/linux/postinst).
            Path icons = Files.createDirectories(appImage.resolve("lib/icons"));
            try (Stream<Path> pngs = Files.list(project.resolve("assets/icons"))) {
                for (Path png : pngs.filter(p -> p.toString().endsWith(".png")).toList()) {
                    Files.copy(png, icons.resolve(png.getFileName()));
                }
            }
        }
        System.out.println("packaging: app image " + appImage + " (" + platform + ")");
        installer();
    }

    /** Options every jpackage call takes: who and what the app is. */
    private String[] common(List<String> specific) {
        List<String> all = new ArrayList<>(specific);
        all.addAll(List.of("--dest", dist.toString(), "--name", NAME, "--app-version", version,
                "--vendor", "Sectorscope", "--description", System.getProperty("package.description"),
                "--copyright", "Sectorscope authors"));
        if (!windows() && !mac()) {
            // jpackage wants .ico on Windows and .icns on macOS; there it uses its own until we ship those.
            all.addAll(List.of("--icon", project.resolve("assets/icons/sectorscope-256.png").toString()));
        }
        return all.toArray(String[]::new);
    }

    /**
     * The start-up archive: a training run of the app image lists the classes it loads, opening the
     * sample in the window and quitting (SectorscopeApp.QUIT_WHEN_OPEN); the image's own java then dumps
     * them, JDK and JavaFX classes included, into lib/app/sectorscope.jsa (static class-data sharing).
     * Java 17 uses an archive only where it was dumped (the class path is checked), so the list ships too
     * and the .deb dumps again where it installs (packaging/linux/postinst). With no display (and no
     * Xvfb) the training run is `--version`, which lists only the command line's classes: said in the log.
     */
    private void trainSharedArchive() throws Exception {
        Path config = appImage.resolve(mac() ? "Contents/app/" + NAME + ".cfg" : windows() ? "app/" + NAME + ".cfg"
                : "lib/app/" + NAME + ".cfg");
        Path appDir = config.getParent();
        String shipped = Files.readString(config);
        String use = "java-options=-XX:SharedArchiveFile=$APPDIR/" + ARCHIVE + "\n";
        Path classList = appDir.resolve(CLASS_LIST);
        Files.writeString(config, shipped.replace(use, "java-options=-XX:DumpLoadedClassList=" + classList + "\n"
                + "java-options=-Dsectorscope.quitWhenOpen=true\n"
                + "java-options=-Dsectorscope.home=" + work.resolve("training-home") + "\n"));
        Path launcher = appImage.resolve(mac() ? "Contents/MacOS/" + NAME : windows() ? NAME + ".exe" : "bin/" + NAME);
        List<String> training = new ArrayList<>();
        boolean display = windows() || mac() || System.getenv("DISPLAY") != null || System.getenv("WAYLAND_DISPLAY") != null;
        if (!display && onPath("xvfb-run")) {
            training.addAll(List.of("xvfb-run", "-a"));
            display = true;
        }
        training.add(launcher.toString());
        if (!display) {
            training.add("--version");
            System.out.println("packaging: no display and no xvfb-run: the start-up archive covers --version only");
        }
        try {
            try {
                run(training, TRAINING_SECONDS);
            } catch (IllegalStateException e) {
                if (!display) {
                    throw e;
                }
                // The window could not open here (a display without the libraries JavaFX needs, say): an
                // archive of the command line's classes still beats none, and the package is not lost.
                System.out.println("packaging: the training run failed (" + e.getMessage()
                        + "); the start-up archive covers --version only");
                run(List.of(launcher.toString(), "--version"), TRAINING_SECONDS);
            }
        } finally {
            Files.writeString(config, shipped);
        }
        if (Files.isRegularFile(classList)) {
            try (Stream<String> lines = Files.lines(classList)) {
                System.out.println("packaging: the training run listed " + lines.filter(l -> !l.startsWith("#")).count()
                        + " classes");
            }
        }
        List<String> dump = new ArrayList<>(List.of(appImage.resolve(runtimeJava()).toString(), "-Xshare:dump",
                "-Xlog:cds=off", "-XX:SharedClassListFile=" + classList, "-XX:SharedArchiveFile=" + appDir.resolve(ARCHIVE)));
        dump.addAll(JavaFxModules.exportOptions());
        List<String> classPath = shipped.lines().filter(l -> l.startsWith("app.classpath="))
                .map(l -> l.substring("app.classpath=".length()).replace("$APPDIR", appDir.toString())).toList();
        dump.addAll(List.of("-cp", String.join(File.pathSeparator, classPath)));
        try {
            run(dump);
        } catch (IllegalStateException e) {
            System.out.println("packaging: " + e.getMessage());
        }
        if (!Files.isRegularFile(appDir.resolve(ARCHIVE))) {
            // Without it the option would only print a warning at each start.
            Files.writeString(config, shipped.replace(use, ""));
            System.out.println("packaging: no start-up archive was written; the app starts without one");
        }
    }

    private String runtimeJava() {
        return mac() ? "Contents/runtime/Contents/Home/bin/java" : windows() ? "runtime/bin/java.exe" : "lib/runtime/bin/java";
    }

    /** The system's installer, when its tools are here; otherwise a line saying what is missing. */
    private void installer() throws Exception {
        if (!Boolean.parseBoolean(System.getProperty("package.installer", "true"))) {
            System.out.println("packaging: no installer (-Dpackage.installer=false)");
            return;
        }
        List<String> options = new ArrayList<>(List.of("--app-image", appImage.toString(),
                "--file-associations", project.resolve("packaging/sectorscope-file.properties").toString()));
        if (windows()) {
            if (!onPath("candle.exe") || !onPath("light.exe")) {
                System.out.println("packaging: no .msi: install WiX 3 (candle.exe, light.exe on PATH)");
                return;
            }
            options.addAll(List.of("--type", "msi", "--win-menu", "--win-shortcut", "--win-dir-chooser"));
        } else if (mac()) {
            options.addAll(List.of("--type", "dmg", "--mac-package-identifier", "org.sectorscope"));
        } else {
            if (!onPath("dpkg-deb") || !onPath("fakeroot")) {
                System.out.println("packaging: no .deb: needs dpkg-deb and fakeroot (apt install dpkg-dev fakeroot)");
                return;
            }
            options.addAll(List.of("--type", "deb", "--linux-package-name", "sectorscope", "--linux-shortcut",
                    "--linux-menu-group", "Office", "--linux-app-category", "misc",
                    "--resource-dir", project.resolve("packaging/linux").toString()));
        }
        Path archive = appImage.resolve("lib/app/" + ARCHIVE);
        Path aside = work.resolve(ARCHIVE);
        boolean deb = !windows() && !mac() && Files.exists(archive);
        if (deb) {
            // The .deb dumps its own where it installs (postinst): this one would not match /opt's class path.
            Files.move(archive, aside);
        }
        try {
            tool("jpackage", common(options));
        } finally {
            if (deb) {
                Files.move(aside, archive);
            }
        }
    }

    private static void copyNativeLibraries(Path jar, Path into) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(jar))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null;) {
                String name = entry.getName();
                if (!name.contains("/") && (name.endsWith(".so") || name.endsWith(".dll") || name.endsWith(".dylib"))) {
                    Files.copy(zip, into.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private void tool(String name, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(jdkBin.resolve(name).toString()));
        command.addAll(List.of(args));
        run(command);
    }

    private static void run(List<String> command) throws Exception {
        run(command, Long.MAX_VALUE);
    }

    /** Runs {@code command}; one still running after {@code seconds} is stopped, with what it started, and fails. */
    private static void run(List<String> command, long seconds) throws Exception {
        System.out.println("packaging: " + String.join(" ", command));
        Process process = new ProcessBuilder(command).inheritIO().start();
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor();
            throw new IllegalStateException(command.get(0) + " did not finish within " + seconds + " s");
        }
        int status = process.waitFor();
        if (status != 0) {
            throw new IllegalStateException(command.get(0) + " failed (exit status " + status + ")");
        }
    }

    private static boolean onPath(String program) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(dir -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, program)));
    }

    private static String join(List<Path> paths) {
        return String.join(File.pathSeparator, paths.stream().map(Path::toString).toList());
    }

    private boolean windows() {
        return os.startsWith("windows");
    }

    private boolean mac() {
        return os.startsWith("mac");
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
