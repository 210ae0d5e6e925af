package org.sectorscope.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.sectorscope.app.SectorscopeApp;

/**
 * Start-up to the first painted frame (issue 18): {@code java -jar sectorscope.jar} with the sample
 * against {@link StartupFloor}, one label started the same way with the same JVM flags and jars,
 * alternating run by run in a virtual X display this benchmark starts. Each figure is the wall time from
 * {@link ProcessBuilder#start()} to the line the program prints on its first painted frame
 * ({@code sectorscope.quitWhenOpen}: the canvas with the project), and to the line it prints once every pane
 * is built and painted too ({@code startup.allPanes}; the floor prints both on its one frame); one untimed run
 * of each first fills the disk cache and the settings folder. Writes
 * {@code {"name", "sectors", "unit", "value", "floor", "ratio"}} (medians, ms; wall time and, as
 * {@code .cpu} rows, processor time) to the file named by the first argument. Properties: {@code bench.startup.jar}, {@code bench.startup.runs},
 * {@code bench.startup.home}, {@code bench.startup.jvmArgs} (extra flags for both, space-separated),
 * {@code bench.startup.appImage}: an app image ({@code target/dist/Sectorscope}) to time instead of the jar, beside
 * the floor run by the image's runtime ({@link PackagedStartup}); its rows are named {@code startup.packaged.*}, in
 * a file named as the first argument with {@code -packaged} before {@code .json}; {@code bench.startup.ladder=true}:
 * {@link StartupLadder}'s rungs and the app instead, each against the floor, in {@code startup-ladder.json} beside it.
 */
public final class StartupBenchmark {
    private static final long TIMEOUT_SECONDS = 120;

    private StartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/benchmarks/startup.json");
        Path jar = Path.of(System.getProperty("bench.startup.jar", "target/sectorscope.jar")).toAbsolutePath();
        int runs = Integer.getInteger("bench.startup.runs", 5);
        Path home = Path.of(System.getProperty("bench.startup.home", "target/bench-home-startup")).toAbsolutePath();
        Path logs = out.toAbsolutePath().resolveSibling("startup-logs");
        Files.createDirectories(logs);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> flags = new ArrayList<>(List.of("-Dprism.order=sw", "-Dsectorscope.home=" + home,
                "-D" + SectorscopeApp.QUIT_WHEN_OPEN + "=true"));
        for (String extra : System.getProperty("bench.startup.jvmArgs", "").trim().split("\\s+")) {
            if (!extra.isEmpty()) {
                flags.add(extra);
            }
        }
        String appImage = System.getProperty("bench.startup.appImage", "").trim();
        Path image = appImage.isEmpty() ? null : Path.of(appImage).toAbsolutePath();
        if (Boolean.getBoolean("bench.startup.ladder")) {
            ladder(out.resolveSibling("startup-ladder.json"), java, flags, jar, runs, logs);
            return;
        }
        String rows = image == null ? "startup." : "startup.packaged.";
        if (image != null) {
            // Beside the jar's rows, not over them: startup.json becomes startup-packaged.json.
            out = out.resolveSibling(out.getFileName().toString().replaceFirst("(\\.json)?$", "-packaged.json"));
        }

        double[] appMs = new double[runs];
        double[] floorMs = new double[runs];
        double[] appCpu = new double[runs];
        double[] floorCpu = new double[runs];
        double[] appAllMs = new double[runs];
        double[] floorAllMs = new double[runs];
        double[] appAllCpu = new double[runs];
        double[] floorAllCpu = new double[runs];
        int sectors;
        try (VirtualDisplay display = VirtualDisplay.start()) {
            List<String> app;
            List<String> floor;
            if (image == null) {
                app = command(java, flags, List.of("-jar", jar.toString()));
                floor = onBenchClasses(java, flags, jar, StartupFloor.class);
            } else {
                PackagedStartup packaged = PackagedStartup.prepare(image, flags, logs.resolve("packaged"), display);
                app = packaged.app();
                floor = packaged.floor();
                System.out.println("App image " + image + " (its archive lists " + packaged.archivedAppClasses()
                        + " classes); the floor in its runtime, with an archive of its own");
            }
            System.out.println("Virtual display " + display.name() + "; " + runs + " runs each, app and floor alternating; load "
                    + load());
            sectors = run(app, display, logs.resolve("app.log")).sectors();
            run(floor, display, logs.resolve("floor.log"));
            for (int i = 0; i < runs; i++) {
                Run a = run(app, display, logs.resolve("app.log"));
                Run f = run(floor, display, logs.resolve("floor.log"));
                appMs[i] = a.ms();
                floorMs[i] = f.ms();
                appCpu[i] = a.cpuMs();
                floorCpu[i] = f.cpuMs();
                appAllMs[i] = a.allMs();
                floorAllMs[i] = f.allMs();
                appAllCpu[i] = a.allCpuMs();
                floorAllCpu[i] = f.allCpuMs();
                System.out.printf(Locale.ROOT, "run %d: app %7.0f ms (CPU %6.0f), all panes %7.0f ms (CPU %6.0f);"
                        + " floor %7.0f ms (CPU %6.0f); load %s%n",
                        i + 1, a.ms(), a.cpuMs(), a.allMs(), a.allCpuMs(), f.ms(), f.cpuMs(), load());
            }
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, "[\n" + row(rows + "firstFrame", sectors, appMs, floorMs) + ",\n"
                + row(rows + "firstFrame.cpu", sectors, appCpu, floorCpu) + ",\n"
                + row(rows + "allPanes", sectors, appAllMs, floorAllMs) + ",\n"
                + row(rows + "allPanes.cpu", sectors, appAllCpu, floorAllCpu) + "\n]\n", StandardCharsets.UTF_8);
    }

    /**
     * {@link StartupLadder}'s rungs, the floor and the app, one run of each in turn per round, after one untimed
     * run of each: rows {@code startup.ladder.<rung>} and {@code startup.ladder.app}, each against the floor.
     */
    private static void ladder(Path out, String java, List<String> flags, Path jar, int runs, Path logs)
            throws Exception {
        List<String> names = new ArrayList<>(StartupLadder.RUNGS);
        names.add("app");
        List<List<String>> commands = new ArrayList<>();
        for (String rung : StartupLadder.RUNGS) {
            commands.add(onBenchClasses(java, flags, jar, StartupLadder.class, rung));
        }
        commands.add(command(java, flags, List.of("-jar", jar.toString())));
        List<String> floor = onBenchClasses(java, flags, jar, StartupFloor.class);
        double[] floorMs = new double[runs];
        double[][] ms = new double[names.size()][runs];
        int sectors = -1;
        try (VirtualDisplay display = VirtualDisplay.start()) {
            System.out.println("Start-up ladder in " + display.name() + ": " + names + " and the floor, " + runs
                    + " rounds; load " + load());
            run(floor, display, logs.resolve("floor.log"));
            for (int r = 0; r < names.size(); r++) {
                sectors = run(commands.get(r), display, logs.resolve(names.get(r) + ".log")).sectors();
            }
            for (int i = 0; i < runs; i++) {
                floorMs[i] = run(floor, display, logs.resolve("floor.log")).ms();
                StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "round %d: floor %.0f ms", i + 1, floorMs[i]));
                for (int r = 0; r < names.size(); r++) {
                    ms[r][i] = run(commands.get(r), display, logs.resolve(names.get(r) + ".log")).ms();
                    line.append(String.format(Locale.ROOT, ", %s %.0f", names.get(r), ms[r][i]));
                }
                System.out.println(line.append("; load ").append(load()));
            }
        }
        List<String> rows = new ArrayList<>();
        for (int r = 0; r < names.size(); r++) {
            rows.add(row("startup.ladder." + names.get(r), sectors, ms[r], floorMs));
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, "[\n" + String.join(",\n", rows) + "\n]\n", StandardCharsets.UTF_8);
    }

    /**
     * A row of medians, printed too. The {@code .cpu} row is the processor time of all the program's
     * threads (compilers included) to the same line: less shaken by other work on the machine than the wall time.
     */
    private static String row(String name, int sectors, double[] app, double[] floor) {
        double value = median(app);
        double floorValue = median(floor);
        System.out.printf(Locale.ROOT, "%s %d sectors: %.0f ms, floor %.0f ms, ratio %.2f (medians)%n",
                name, sectors, value, floorValue, value / floorValue);
        return String.format(Locale.ROOT,
                "  {\"name\": \"%s\", \"sectors\": %d, \"unit\": \"ms\", \"value\": %.1f, \"floor\": %.1f, \"ratio\": %.2f}",
                name, sectors, value, floorValue, value / floorValue);
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** Wall and processor time to the first frame's line, and to the all-panes line. */
    record Run(double ms, double cpuMs, double allMs, double allCpuMs, int sectors) {
    }

    /** Where the floor's and the ladder's classes are (the benchmarks' compiled classes). */
    static Path benchClasses() throws URISyntaxException {
        return Path.of(StartupFloor.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    /** {@code main}'s class run from the app jar and the benchmarks' classes, given the jar and {@code more}. */
    private static List<String> onBenchClasses(String java, List<String> flags, Path jar, Class<?> main, String... more)
            throws URISyntaxException {
        List<String> rest = new ArrayList<>(List.of("-cp", jar + File.pathSeparator + benchClasses(), main.getName(),
                jar.toString()));
        rest.addAll(List.of(more));
        return command(java, flags, rest);
    }

    /** {@code java}, then the flags both programs share, then the program's own arguments. */
    static List<String> command(String java, List<String> flags, List<String> rest) {
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(flags);
        command.addAll(rest);
        return command;
    }

    /** Starts {@code command}, times it to its first-frame and all-panes lines, then lets it quit. */
    static Run run(List<String> command, VirtualDisplay display, Path log) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("DISPLAY", display.name());
        long start = System.nanoTime();
        Process process = builder.start();
        Thread watchdog = new Thread(() -> {
            try {
                if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
            }
        });
        watchdog.setDaemon(true);
        watchdog.start();
        double ms = Double.NaN;
        double cpuMs = Double.NaN;
        double allMs = Double.NaN;
        double allCpuMs = Double.NaN;
        int sectors = -1;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (Double.isNaN(ms) && line.startsWith(SectorscopeApp.FIRST_FRAME)) {
                    ms = (System.nanoTime() - start) / 1e6;
                    cpuMs = process.info().totalCpuDuration().map(d -> d.toNanos() / 1e6).orElse(Double.NaN);
                    sectors = Integer.parseInt(line.substring(SectorscopeApp.FIRST_FRAME.length()).split(" ")[0]);
                }
                if (Double.isNaN(allMs) && line.startsWith(SectorscopeApp.ALL_PANES)) {
                    allMs = (System.nanoTime() - start) / 1e6;
                    allCpuMs = process.info().totalCpuDuration().map(d -> d.toNanos() / 1e6).orElse(Double.NaN);
                }
            }
        }
        int exit = process.waitFor();
        if (Double.isNaN(ms) || Double.isNaN(allMs) || exit != 0) {
            throw new IllegalStateException(command.get(command.size() - 1) + " printed no first frame or no all-panes"
                    + " line (exit " + exit + "); see " + log);
        }
        return new Run(ms, cpuMs, allMs, allCpuMs, sectors);
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** An Xvfb server of its own, so the benchmark needs no display open and shares none. */
    record VirtualDisplay(Process server, String name) implements AutoCloseable {
        static VirtualDisplay start() throws IOException {
            Process server = new ProcessBuilder("Xvfb", "-displayfd", "1", "-screen", "0", "1920x1200x24", "-nolisten", "tcp")
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String number = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.US_ASCII)).readLine();
            if (number == null || number.isBlank()) {
                server.destroyForcibly();
                throw new IOException("Xvfb did not start");
            }
            return new VirtualDisplay(server, ":" + number.trim());
        }

        @Override
        public void close() throws InterruptedException {
            server.destroy();
            server.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
