package org.sectorscope.bench;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

/**
 * The start-up benchmark's two programs as the installed product runs them: the app image's own runtime
 * (JavaFX in its boot layer) started with the options, class path and start-up archive its launcher reads from
 * {@code lib/app/Sectorscope.cfg}, beside the one-label floor run by that same runtime from a jar, with an
 * archive of its own made the same way as the app's (a run listing the classes it loads, then
 * {@code -Xshare:dump}), so that neither program gets a help the other lacks.
 */
record PackagedStartup(List<String> app, List<String> floor, int archivedAppClasses) {
    /** Below this many classes the image's archive was trained on {@code --version}, not on the window. */
    private static final int WINDOW_CLASSES = 3000;

    /**
     * The commands for the app image at {@code image}, with {@code flags} for both; the floor's jar and
     * archive are made in {@code work}, the archive by a run of the floor in {@code display}.
     */
    static PackagedStartup prepare(Path image, List<String> flags, Path work, StartupBenchmark.VirtualDisplay display)
            throws IOException, InterruptedException {
        Path appDir = image.resolve("lib/app");
        String java = image.resolve("lib/runtime/bin/java").toString();
        List<String> classPath = new ArrayList<>();
        List<String> options = new ArrayList<>();
        String main = null;
        for (String line : Files.readAllLines(appDir.resolve("Sectorscope.cfg"), StandardCharsets.UTF_8)) {
            String value = line.substring(line.indexOf('=') + 1).replace("$APPDIR", appDir.toString());
            if (line.startsWith("app.classpath=")) {
                classPath.add(value);
            } else if (line.startsWith("app.mainclass=")) {
                main = value;
            } else if (line.startsWith("java-options=")) {
                options.add(value);
            }
        }
        if (main == null || classPath.isEmpty()) {
            throw new IOException(appDir.resolve("Sectorscope.cfg") + " names no main class or class path");
        }
        options.addAll(List.of("-cp", String.join(File.pathSeparator, classPath), main));
        List<String> app = StartupBenchmark.command(java, flags, options);

        Files.createDirectories(work);
        String floorPath = floorJar(work.resolve("startup-floor.jar")) + File.pathSeparator
                + appDir.resolve("sectorscope.jar");
        Path classList = work.resolve("startup-floor.classlist");
        Path archive = work.resolve("startup-floor.jsa");
        Files.deleteIfExists(classList);
        Files.deleteIfExists(archive);
        StartupBenchmark.run(StartupBenchmark.command(java, flags, List.of("-XX:DumpLoadedClassList=" + classList,
                "-cp", floorPath, StartupFloor.class.getName(), StartupFloor.BOOT_LAYER)), display,
                work.resolve("floor-training.log"));
        Process dump = new ProcessBuilder(java, "-Xshare:dump", "-Xlog:cds=off", "-XX:SharedClassListFile=" + classList,
                "-XX:SharedArchiveFile=" + archive, "-cp", floorPath)
                .redirectErrorStream(true).redirectOutput(work.resolve("floor-dump.log").toFile()).start();
        if (dump.waitFor() != 0 || !Files.isRegularFile(archive)) {
            throw new IOException("the floor's archive was not made; see " + work.resolve("floor-dump.log"));
        }
        List<String> floor = StartupBenchmark.command(java, flags, List.of("-XX:SharedArchiveFile=" + archive,
                "-cp", floorPath, StartupFloor.class.getName(), StartupFloor.BOOT_LAYER));

        Path appList = appDir.resolve("sectorscope.classlist");
        int archived = Files.isRegularFile(appList) ? Files.readAllLines(appList, StandardCharsets.UTF_8).size() : 0;
        if (archived < WINDOW_CLASSES) {
            System.out.println("Warning: the app image's start-up archive lists " + archived + " classes: it was"
                    + " packaged without a display (trained on --version), so the app starts nearly unarchived");
        }
        return new PackagedStartup(app, floor, archived);
    }

    /** The floor's classes in a jar: a class-data-sharing archive takes classes from jars only. */
    private static Path floorJar(Path jar) throws IOException {
        Path classes;
        try {
            classes = StartupBenchmark.benchClasses();
        } catch (java.net.URISyntaxException e) {
            throw new IOException(e);
        }
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            for (String name : List.of("StartupFloor.class", "StartupFloor$Window.class")) {
                String entry = StartupFloor.class.getPackageName().replace('.', '/') + "/" + name;
                out.putNextEntry(new JarEntry(entry));
                out.write(Files.readAllBytes(classes.resolve(entry)));
                out.closeEntry();
            }
        }
        return jar;
    }
}
