package org.sectorscope.bench;

import com.sun.management.ThreadMXBean;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.imageio.ImageIO;
import org.sectorscope.export.ExportRequest;
import org.sectorscope.export.Exporter;
import org.sectorscope.model.Project;
import org.sectorscope.model.TestProjects;

/**
 * The export benchmark: a generated project of 1,000 sectors ({@link TestProjects#random(long, int)}, every
 * sector placed) exported as a 4K PNG (base 1920 x 1080 at scale 2 = 3840 x 2160 pixels) with
 * {@link Exporter#export}, as the command line and the window do: layout, painting, PNG encoding, the
 * embedded project, the temp file forced to disk and moved into place. Runs with no display
 * ({@code java.awt.headless=true}) and no JavaFX. Run by {@code mvn -Pbenchmarks verify}; writes a JSON array
 * with one entry to the path in the first argument and prints it as a table.
 *
 * <p>Time: {@code bench.export.warmups} unrecorded exports (default 5, for class loading and the JIT), then
 * {@code bench.export.runs} recorded ones (default 10), each after a {@code System.gc()}; median and maximum
 * wall time of the whole {@code Exporter.export} call.
 *
 * <p>Heap, in {@code bench.export.heapRuns} more exports (default 3), apart from the timed ones because the
 * sampling disturbs them. Each starts after three {@code System.gc()}s, with the heap in use then as the
 * baseline:
 * <ul>
 *   <li>{@code extraHeapMb}: the most heap in use at any moment of an export above the baseline, the larger of
 *       a thread sampling {@link MemoryMXBean#getHeapMemoryUsage()} every millisecond and the sum of the heap
 *       pools' peaks ({@link MemoryPoolMXBean#getPeakUsage()} after {@code resetPeakUsage()}). It counts
 *       garbage not yet collected, so it is an upper bound of what an export needs; the worst run is
 *       reported;</li>
 *   <li>{@code liveExtraHeapMb}: in one more export, a thread runs {@code System.gc()} back to back and reads
 *       the heap in use after each collection; the most above the baseline is the memory the export really
 *       holds at once (sampled, so a lower bound of the true peak);</li>
 *   <li>{@code retainedHeapMb}: the heap in use after the export and three {@code System.gc()}s, minus the
 *       baseline: what an export leaves behind (should be about 0);</li>
 *   <li>{@code allocatedMb}: all the memory the export allocated (garbage included), from
 *       {@code com.sun.management.ThreadMXBean}: what the heap in use could grow by if no collection ran
 *       meanwhile, so the most {@code extraHeapMb} can ever be; the largest of the heap runs.</li>
 * </ul>
 * Settings: {@code bench.export.sectors} (1000), {@code bench.export.seed} (42).
 */
public final class ExportBenchmark {
    static final double TARGET_MS = 1500;
    static final double TARGET_HEAP_MB = 150;
    static final int BASE_WIDTH = 1920;
    static final int BASE_HEIGHT = 1080;
    static final int SCALE = 2;

    private ExportBenchmark() {
    }

    public static void main(String[] args) {
        int status = 0;
        try {
            run(args);
        } catch (Throwable t) {
            System.err.println("bench: export failed");
            t.printStackTrace();
            status = 1;
        }
        System.exit(status);
    }

    record Figures(int sectors, int placed, int width, int height, long fileBytes, int warmups, List<Double> times,
                   double extraHeapMb, double poolPeakExtraMb, double sampledPeakExtraMb, double liveExtraHeapMb,
                   double retainedHeapMb, double allocatedMb, long maxHeapMb) {
        double median() {
            List<Double> sorted = new ArrayList<>(times);
            sorted.sort(null);
            int n = sorted.size();
            return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        }

        double max() {
            return times.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
        }

        double min() {
            return times.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
        }

        boolean met() {
            return median() <= TARGET_MS && max() <= TARGET_MS && extraHeapMb <= TARGET_HEAP_MB;
        }
    }

    private static void run(String[] args) throws Exception {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        Path out = Path.of(args.length > 0 ? args[0] : "target/benchmarks/export.json");
        int sectors = Integer.getInteger("bench.export.sectors", 1000);
        long seed = Long.getLong("bench.export.seed", 42L);
        int warmups = Integer.getInteger("bench.export.warmups", 5);
        int runs = Integer.getInteger("bench.export.runs", 10);
        int heapRuns = Integer.getInteger("bench.export.heapRuns", 3);
        System.out.printf(Locale.ROOT, "bench: export: %s %s, %d cores (load average %.2f), max heap %d MB,"
                + " headless %s%n",
                System.getProperty("java.vm.name"), System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), loadAverage(), Runtime.getRuntime().maxMemory() >> 20,
                GraphicsEnvironment.isHeadless());

        Project project = TestProjects.random(seed, sectors);
        int placed = (int) project.sectors().stream().filter(s -> project.quadrantOf(s).isPresent()).count();
        // A fixed date keeps every run's picture (and file size) the same.
        ExportRequest request = ExportRequest.defaults(project, ExportRequest.Format.PNG)
                .withSize(BASE_WIDTH, BASE_HEIGHT)
                .withScale(SCALE)
                .withDate(LocalDate.of(2026, 1, 1));
        Path dir = Files.createDirectories(out.toAbsolutePath().getParent().resolve("export-bench"));
        Path file = dir.resolve("export-4k.png");

        System.out.printf(Locale.ROOT, "bench: export: %,d sectors (%,d placed), PNG %d x %d at scale %d, %d warm-up"
                + " and %d recorded runs%n", sectors, placed, BASE_WIDTH, BASE_HEIGHT, SCALE, warmups, runs);
        for (int i = 0; i < warmups; i++) {
            gc(1);
            double ms = timeExport(project, request, file);
            System.out.printf(Locale.ROOT, "bench: export: warm-up %d: %.0f ms%n", i + 1, ms);
        }
        BufferedImage image = ImageIO.read(file.toFile());
        if (image.getWidth() != BASE_WIDTH * SCALE || image.getHeight() != BASE_HEIGHT * SCALE) {
            throw new IllegalStateException("the PNG is " + image.getWidth() + " x " + image.getHeight()
                    + ", not " + BASE_WIDTH * SCALE + " x " + BASE_HEIGHT * SCALE);
        }
        int width = image.getWidth();
        int height = image.getHeight();
        image = null;
        long fileBytes = Files.size(file);

        List<Double> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            gc(1);
            double ms = timeExport(project, request, file);
            times.add(ms);
            System.out.printf(Locale.ROOT, "bench: export: run %d: %.0f ms%n", i + 1, ms);
        }

        double sampledPeak = 0;
        double poolPeak = 0;
        double retained = 0;
        double allocated = 0;
        for (int i = 0; i < heapRuns; i++) {
            HeapRun h = heapRun(project, request, file);
            System.out.printf(Locale.ROOT, "bench: export: heap run %d: peak %.1f MB above %.1f MB in use before"
                    + " (sampled %.1f, pool peaks %.1f), %.1f MB allocated in all, %.1f MB retained after%n", i + 1,
                    Math.max(h.sampledPeakMb, h.poolPeakMb), h.baselineMb, h.sampledPeakMb, h.poolPeakMb,
                    h.allocatedMb, h.retainedMb);
            sampledPeak = Math.max(sampledPeak, h.sampledPeakMb);
            poolPeak = Math.max(poolPeak, h.poolPeakMb);
            retained = Math.max(retained, h.retainedMb);
            allocated = Math.max(allocated, h.allocatedMb);
        }
        double live = liveRun(project, request, file);
        System.out.printf(Locale.ROOT, "bench: export: live heap run: %.1f MB above the baseline at most%n", live);
        Files.deleteIfExists(file);
        Files.deleteIfExists(dir);

        Figures f = new Figures(sectors, placed, width, height, fileBytes, warmups, times,
                Math.max(sampledPeak, poolPeak),
                poolPeak, sampledPeak, live, retained, allocated, Runtime.getRuntime().maxMemory() >> 20);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, json(f), StandardCharsets.UTF_8);
        System.out.println();
        System.out.print(table(f));
        System.out.printf(Locale.ROOT, "%nbench: export: wrote %s (load average now %.2f; other busy processes on the"
                + " machine make every figure worse)%n", out, loadAverage());
    }

    private static double timeExport(Project project, ExportRequest request, Path file) throws Exception {
        long t0 = System.nanoTime();
        Exporter.export(project, request, file);
        return (System.nanoTime() - t0) / 1e6;
    }

    record HeapRun(double baselineMb, double sampledPeakMb, double poolPeakMb, double retainedMb, double allocatedMb) {
    }

    private static HeapRun heapRun(Project project, ExportRequest request, Path file) throws Exception {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP && p.isValid()).toList();
        gc(3);
        long before = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(before);
        AtomicBoolean done = new AtomicBoolean();
        Thread sampler = new Thread(() -> {
            while (!done.get()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        pools.forEach(MemoryPoolMXBean::resetPeakUsage);
        sampler.start();
        long allocatedBefore = allocatedBytes();
        long allocated;
        try {
            Exporter.export(project, request, file);
        } finally {
            allocated = allocatedBytes() - allocatedBefore;
            peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
            done.set(true);
            sampler.join();
        }
        long poolPeak = pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        gc(3);
        long after = memory.getHeapMemoryUsage().getUsed();
        return new HeapRun(mb(before), mb(peak.get() - before), mb(poolPeak - before), mb(after - before),
                allocatedBefore < 0 ? Double.NaN : mb(allocated));
    }

    /** Bytes this thread has allocated so far (the export runs on it), or -1 where the JVM cannot tell. */
    private static long allocatedBytes() {
        if (ManagementFactory.getThreadMXBean() instanceof ThreadMXBean threads
                && threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled()) {
            return threads.getThreadAllocatedBytes(Thread.currentThread().getId());
        }
        return -1;
    }

    /** The most heap in use just after a full collection during an export, above the baseline. */
    private static double liveRun(Project project, ExportRequest request, Path file) throws Exception {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        gc(3);
        long before = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(before);
        AtomicBoolean done = new AtomicBoolean();
        Thread collector = new Thread(() -> {
            while (!done.get()) {
                System.gc();
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
            }
        }, "heap-collector");
        collector.setDaemon(true);
        collector.start();
        try {
            Exporter.export(project, request, file);
        } finally {
            done.set(true);
            collector.join();
        }
        return mb(peak.get() - before);
    }

    private static void gc(int times) throws InterruptedException {
        for (int i = 0; i < times; i++) {
            System.gc();
            Thread.sleep(50);
        }
    }

    private static double mb(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    static String json(Figures f) {
        StringBuilder times = new StringBuilder();
        for (double t : f.times()) {
            times.append(times.length() == 0 ? "" : ", ").append(number(t));
        }
        return String.format(Locale.ROOT, "[\n  {\"name\": \"export.png4k\", \"sectors\": %d, \"placed\": %d,"
                        + " \"unit\": \"ms\", \"median\": %s, \"max\": %s, \"min\": %s, \"runs\": %d, \"warmups\": %d,"
                        + " \"times\": [%s], \"extraHeapMb\": %s, \"poolPeakExtraMb\": %s, \"sampledPeakExtraMb\": %s,"
                        + " \"liveExtraHeapMb\": %s, \"retainedHeapMb\": %s,"
                        + " \"allocatedMb\": %s, \"maxHeapMb\": %d, \"width\": %d,"
                        + " \"height\": %d, \"baseWidth\": %d, \"baseHeight\": %d, \"scale\": %d, \"fileBytes\": %d,"
                        + " \"targetMs\": %s, \"targetHeapMb\": %s, \"met\": %s}\n]\n",
                f.sectors(), f.placed(), number(f.median()), number(f.max()), number(f.min()), f.times().size(),
                f.warmups(), times, number(f.extraHeapMb()), number(f.poolPeakExtraMb()),
                number(f.sampledPeakExtraMb()), number(f.liveExtraHeapMb()), number(f.retainedHeapMb()),
                number(f.allocatedMb()), f.maxHeapMb(),
                f.width(), f.height(), BASE_WIDTH, BASE_HEIGHT, SCALE, f.fileBytes(), number(TARGET_MS),
                number(TARGET_HEAP_MB), f.met());
    }

    static String table(Figures f) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-30s %-5s %14s %10s%n", "figure", "unit",
                String.format(Locale.ROOT, "%,d sectors", f.sectors()), "target"));
        row(sb, "export.png4k.median", "ms", f.median(), TARGET_MS);
        row(sb, "export.png4k.max", "ms", f.max(), TARGET_MS);
        row(sb, "export.png4k.extraHeap", "MB", f.extraHeapMb(), TARGET_HEAP_MB);
        row(sb, "export.png4k.liveExtraHeap", "MB", f.liveExtraHeapMb(), Double.NaN);
        row(sb, "export.png4k.retainedHeap", "MB", f.retainedHeapMb(), Double.NaN);
        row(sb, "export.png4k.allocated", "MB", f.allocatedMb(), Double.NaN);
        sb.append(String.format(Locale.ROOT, "%-30s %-5s %14s%n", "export.png4k.file", "KB",
                String.format(Locale.ROOT, "%,d", f.fileBytes() / 1024)));
        sb.append(String.format(Locale.ROOT, "%dx%d px; targets %s%n", f.width(), f.height(),
                f.met() ? "met" : "NOT met"));
        return sb.toString();
    }

    private static void row(StringBuilder sb, String name, String unit, double value, double target) {
        sb.append(String.format(Locale.ROOT, "%-30s %-5s %14s %10s%n", name, unit, number(value),
                Double.isNaN(target) ? "" : "<= " + number(target)));
    }

    private static String number(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "null";
        }
        return String.format(Locale.ROOT, Math.abs(v) >= 100 ? "%.1f" : "%.2f", v);
    }
}
