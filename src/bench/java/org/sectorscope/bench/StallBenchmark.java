package org.sectorscope.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * How long the window freezes: the main window, as the app builds it, opens a generated briefing project
 * of each size from its file, and for each gesture (open, press on a card, drop it, undo the drop, select
 * all) the longest time the FX thread was busy is measured beside one frame (16.7 ms), the time a user
 * notices. Also the heap the open project holds beside its file's size, and the heap left after 100
 * undo/redo cycles (a leak check: a growth over the tolerance is printed as a failure). Writes rows
 * {@code {"name", "sectors", "unit", "value", "floor", "ratio"}} to the path in the first argument.
 *
 * <p>Settings (system properties): {@code bench.sizes} (default {@code 1000,10000}), {@code bench.stall.repeats}
 * (5: cards pressed, dropped and undone; select all as often), {@code bench.stall.cycles} (100 undo/redo
 * cycles), {@code bench.stall.tailMillis} (300: how long after the result is on screen stalls still count),
 * {@code bench.stall.leakToleranceMb} (1), {@code bench.stall.selectAll} (true), {@code bench.warmupRound} (true: one unrecorded 1,000-sector round
 * first), {@code bench.pulseLogger} (false).
 */
public final class StallBenchmark {
    private static final List<String> FAILURES = new ArrayList<>();

    private StallBenchmark() {
    }

    public static void main(String[] args) {
        Fx.runMain(() -> run(args));
    }

    /** A check that failed: printed at the end, after the figures. */
    static synchronized void failed(String what) {
        FAILURES.add(what);
    }

    private static void run(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/benchmarks/stall.json");
        List<Integer> sizes = Arrays.stream(System.getProperty("bench.sizes", "1000,10000").split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).map(Integer::valueOf).toList();
        StallRound.Settings settings = new StallRound.Settings(Integer.getInteger("bench.stall.repeats", 5),
                Integer.getInteger("bench.stall.cycles", 100), Long.getLong("bench.stall.tailMillis", 300),
                Double.parseDouble(System.getProperty("bench.stall.leakToleranceMb", "1")),
                !"false".equals(System.getProperty("bench.stall.selectAll")));
        if (Boolean.getBoolean("bench.pulseLogger")) {
            System.setProperty("javafx.pulseLogger", "true");
        }
        long started = System.nanoTime();
        System.out.printf(Locale.ROOT, "bench: %s %s, %d cores (load average %.2f), max heap %d MB, prism %s%n",
                System.getProperty("java.vm.name"), System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), CanvasBenchmark.loadAverage(),
                Runtime.getRuntime().maxMemory() >> 20, System.getProperty("prism.order", "default"));
        if (sizes.size() > 1) {
            forkEachSize(sizes, out);
            return;
        }
        Fx.start();
        Path dir = Files.createTempDirectory("sectorscope-stall");
        Results results = new Results();
        try {
            if (!"false".equals(System.getProperty("bench.warmupRound"))) {
                System.out.println("bench: warm-up round (1,000 sectors, not recorded)");
                new StallRound(1000, dir, settings).run(null);
            }
            for (int size : sizes) {
                System.out.printf(Locale.ROOT, "bench: %,d sectors%n", size);
                new StallRound(size, dir, settings).run(results);
            }
        } finally {
            deleteTree(dir); // the generated projects are large (24 MB at 10,000 sectors): nothing is left in the temp folder
        }
        results.writeJson(out);
        System.out.println();
        print(results.all());
        System.out.printf(Locale.ROOT, "%nbench: wrote %s in %.1f s (load average now %.2f; other busy processes"
                + " on the machine make every figure worse)%n", out, (System.nanoTime() - started) / 1e9,
                CanvasBenchmark.loadAverage());
        synchronized (StallBenchmark.class) {
            for (String failure : FAILURES) {
                System.out.println("bench: FAILED: " + failure);
            }
        }
    }

    /** Removes a benchmark's temp folder and all in it (the open and save benchmark's too). */
    static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static void print(List<Results.Metric> metrics) {
        for (Results.Metric m : metrics) {
            System.out.printf(Locale.ROOT, "%-20s %,7d sectors: %8.2f %-2s  floor %7.2f %-2s  ratio %6.2f%n", m.name(),
                    m.sectors(), m.value(), m.unit(), m.floor(), m.unit(), m.ratio());
        }
    }

    /**
     * Each size in a JVM of its own, with this one's options: a window closed in an earlier round is let go
     * of only later, which would make the next round's heap figures meaningless. The rows are gathered into
     * {@code out}; each child prints its own lines (and failures).
     */
    private static void forkEachSize(List<Integer> sizes, Path out) throws Exception {
        List<String> rows = new ArrayList<>();
        for (int size : sizes) {
            Path part = Files.createTempFile("sectorscope-stall-" + size, ".json");
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                    .filter(a -> !a.startsWith("-Dbench.sizes=")).forEach(command::add);
            command.addAll(List.of("-Dbench.sizes=" + size, "-cp", System.getProperty("java.class.path"),
                    StallBenchmark.class.getName(), part.toString()));
            int status = new ProcessBuilder(command).inheritIO().start().waitFor();
            if (status != 0) {
                throw new IllegalStateException("the round of " + size + " sectors failed (exit " + status + ")");
            }
            String json = Files.readString(part).strip();
            String inner = json.substring(1, json.length() - 1).strip();
            if (!inner.isEmpty()) {
                rows.add(inner);
            }
            Files.delete(part);
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, "[\n  " + String.join(",\n  ", rows) + "\n]\n");
        System.out.println("bench: wrote " + out + " (one JVM per size)");
    }
}
