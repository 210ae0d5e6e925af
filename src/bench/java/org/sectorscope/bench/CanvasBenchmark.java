package org.sectorscope.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The quadrant canvas benchmark: opens generated projects of each size in a 1600x1000 window and
 * measures opening the project (time to the first settled frame, and the longest freeze), pressing
 * a card, dragging it (frame times) and dropping it (time until the result is laid out and rendered),
 * and the heap after opening. Run by {@code mvn -Pbenchmarks verify}; writes a JSON array of figures to the path
 * in the first argument and prints a table.
 *
 * <p>Settings (system properties): {@code bench.sizes} (default {@code 1000,10000}),
 * {@code bench.dragSteps} (300), {@code bench.warmupFrames} (60), {@code bench.drops} (5),
 * {@code bench.warmupRound} (true: one unrecorded round first, for the JIT and class loading),
 * {@code bench.pulseLogger} (false: true prints JavaFX's per-pulse phase timings for slow pulses).
 */
public final class CanvasBenchmark {
    private CanvasBenchmark() {
    }

    public static void main(String[] args) {
        Fx.runMain(() -> run(args));
    }

    private static void run(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/benchmarks/canvas.json");
        List<Integer> sizes = Arrays.stream(System.getProperty("bench.sizes", "1000,10000").split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).map(Integer::valueOf).toList();
        CanvasRound.Settings settings = new CanvasRound.Settings(
                Integer.getInteger("bench.dragSteps", 300),
                Integer.getInteger("bench.warmupFrames", 60),
                Integer.getInteger("bench.drops", 5));
        if (Boolean.getBoolean("bench.pulseLogger")) {
            System.setProperty("javafx.pulseLogger", "true");
        }
        if (!Boolean.getBoolean("javafx.animation.fullspeed")) {
            System.out.println("bench: warning: -Djavafx.animation.fullspeed=true is not set; "
                    + "frame intervals will be capped at the 60 Hz pulse");
        }
        long started = System.nanoTime();
        System.out.printf(Locale.ROOT, "bench: %s %s, %d cores (load average %.2f), max heap %d MB, glass %s/%s, prism %s%n",
                System.getProperty("java.vm.name"), System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), loadAverage(), Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("glass.platform", "default"), System.getProperty("monocle.platform", "-"),
                System.getProperty("prism.order", "default"));
        Fx.start();
        if (!"false".equals(System.getProperty("bench.warmupRound"))) {
            System.out.println("bench: warm-up round (1,000 sectors, not recorded)");
            new CanvasRound(1000, 7, settings).run(null);
        }
        Results results = new Results();
        for (int size : sizes) {
            System.out.printf(Locale.ROOT, "bench: %,d sectors%n", size);
            new CanvasRound(size, 42L + size, settings).run(results);
        }
        results.writeJson(out);
        System.out.println();
        System.out.print(results.table());
        System.out.printf(Locale.ROOT, "%nbench: wrote %s in %.1f s (load average now %.2f; other busy processes"
                + " on the machine make every figure worse)%n", out, (System.nanoTime() - started) / 1e9, loadAverage());
    }

    static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /** Percentile by nearest rank, of values in any order. */
    static double percentile(List<Double> values, double p) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }
}
