package org.sectorscope.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.sectorscope.model.Project;
import org.sectorscope.store.FileFingerprint;
import org.sectorscope.store.ProjectStore;

/**
 * Opening and saving a project beside their floor, in the same JVM and interleaved run by run: opening
 * against Jackson's tree parse of the same bytes read from the same file; saving against Jackson writing
 * the same tree pretty-printed, then writing and forcing the bytes to disk. Writes rows
 * {@code {"name", "sectors", "unit", "value", "floor", "ratio"}} (medians, ms) to the file named by the
 * first argument. {@code -Dbench.opensave.sizes}, {@code .warmups}, {@code .runs} set the work.
 */
public final class OpenSaveBenchmark {
    private static final ObjectMapper JACKSON = new ObjectMapper();

    private OpenSaveBenchmark() {
    }

    record Row(String name, int sectors, double value, double floor) {
        double ratio() {
            return value / floor;
        }
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/benchmarks/opensave.json");
        int[] sizes = Arrays.stream(System.getProperty("bench.opensave.sizes", "1000,10000").split(","))
                .mapToInt(s -> Integer.parseInt(s.strip())).toArray();
        int warmups = Integer.getInteger("bench.opensave.warmups", 3);
        int runs = Integer.getInteger("bench.opensave.runs", 7);
        Path dir = Files.createTempDirectory("sectorscope-opensave");
        List<Row> rows = new ArrayList<>();
        for (int sectors : sizes) {
            rows.addAll(measure(dir, sectors, warmups, runs));
        }
        StringBuilder json = new StringBuilder("[\n");
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            json.append(String.format(Locale.ROOT,
                    "  {\"name\": \"%s\", \"sectors\": %d, \"unit\": \"ms\", \"value\": %.1f, \"floor\": %.1f, \"ratio\": %.2f}",
                    r.name(), r.sectors(), r.value(), r.floor(), r.ratio()));
            json.append(i + 1 < rows.size() ? ",\n" : "\n");
            System.out.printf(Locale.ROOT, "%-6s %6d sectors: %8.1f ms, floor %8.1f ms, ratio %.2f%n",
                    r.name(), r.sectors(), r.value(), r.floor(), r.ratio());
        }
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p); // the generated projects are large: leave nothing behind in the temp folder
            }
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, json.append("]\n").toString(), StandardCharsets.UTF_8);
    }

    private static List<Row> measure(Path dir, int sectors, int warmups, int runs) throws Exception {
        Project project = BenchProjects.briefing(42, sectors);
        Path file = dir.resolve("bench-" + sectors + ".sectorscope.json");
        ProjectStore.save(project, file);
        byte[] bytes = Files.readAllBytes(file);
        JsonNode tree = JACKSON.readTree(bytes);
        Path floorFile = dir.resolve("floor-" + sectors + ".json");
        System.out.printf(Locale.ROOT, "%d sectors, %d evidence items: %.1f MB%n", sectors,
                project.sectors().stream().mapToInt(s -> s.evidence().size()).sum(), bytes.length / 1e6);
        double[] open = new double[runs];
        double[] openFloor = new double[runs];
        double[] save = new double[runs];
        double[] saveFloor = new double[runs];
        FileFingerprint[] onDisk = {ProjectStore.save(project, file, null)};
        for (int i = -warmups; i < runs; i++) {
            // What the window does: open with the fingerprint of the bytes read, save checking it.
            double o = time(() -> onDisk[0] = ProjectStore.openWithFingerprint(file).fingerprint());
            double of = time(() -> JACKSON.readTree(Files.readAllBytes(file)));
            double s = time(() -> onDisk[0] = ProjectStore.save(project, file, onDisk[0]));
            double sf = time(() -> writeAndForce(floorFile, JACKSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(tree)));
            if (i >= 0) {
                open[i] = o;
                openFloor[i] = of;
                save[i] = s;
                saveFloor[i] = sf;
            }
        }
        return List.of(new Row("open", sectors, median(open), median(openFloor)),
                new Row("save", sectors, median(save), median(saveFloor)));
    }

    private interface Work {
        void run() throws Exception;
    }

    /**
     * Wall-clock time, or with {@code -Dbench.opensave.clock=cpu} the measuring thread's CPU time: steadier
     * on a busy machine, though it leaves out the collector's threads (so it flatters allocation).
     */
    private static double time(Work work) throws Exception {
        long start = now();
        work.run();
        return (now() - start) / 1e6;
    }

    private static final boolean CPU_CLOCK = "cpu".equals(System.getProperty("bench.opensave.clock"));
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private static long now() {
        return CPU_CLOCK ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }

    private static void writeAndForce(Path file, byte[] bytes) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                ch.write(buffer);
            }
            ch.force(true);
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
