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
 * the same tree pretty-printed, then writing and forcing the bytes to disk. Two phases, both written as
 * rows {@code {"name", "sectors", "unit", "value", "floor", "ratio"}} (medians, ms) to the file named by
 * the first argument:
 * <ul>
 * <li>{@code open.firstRuns} and {@code save.firstRuns}: each size in turn in the fresh JVM, a few warm-ups
 * then a few runs (the measure of the rounds before; what the first opens of a session cost, most of it the
 * compilers still at work, more so for the open, which runs far more code than Jackson's tree parse);</li>
 * <li>{@code open} and {@code save}: then each size again, warmed up for some seconds first, as a
 * benchmark harness measures steady state: what an open or a save costs once the code is compiled.</li>
 * </ul>
 * {@code -Dbench.opensave.sizes}, {@code .warmups}, {@code .runs} set the first phase; {@code .steadyWarmupSeconds}
 * and {@code .steadyRuns} the second.
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
        double steadyWarmupSeconds = Double.parseDouble(System.getProperty("bench.opensave.steadyWarmupSeconds", "6"));
        int steadyRuns = Integer.getInteger("bench.opensave.steadyRuns", 21);
        Path dir = Files.createTempDirectory("sectorscope-opensave");
        // Each phase makes its projects afresh, one size at a time, so the first phase finds the heap as the
        // rounds before did: nothing of the last size is held while the next is measured.
        List<Row> rows = new ArrayList<>();
        for (int sectors : sizes) {
            rows.addAll(Subject.make(dir, sectors).measure(".firstRuns", warmups, 0, runs));
        }
        for (int sectors : sizes) {
            rows.addAll(Subject.make(dir, sectors).measure("", 1, steadyWarmupSeconds, steadyRuns));
        }
        StringBuilder json = new StringBuilder("[\n");
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            json.append(String.format(Locale.ROOT,
                    "  {\"name\": \"%s\", \"sectors\": %d, \"unit\": \"ms\", \"value\": %.1f, \"floor\": %.1f, \"ratio\": %.2f}",
                    r.name(), r.sectors(), r.value(), r.floor(), r.ratio()));
            json.append(i + 1 < rows.size() ? ",\n" : "\n");
            System.out.printf(Locale.ROOT, "%-15s %6d sectors: %8.1f ms, floor %8.1f ms, ratio %.2f%n",
                    r.name(), r.sectors(), r.value(), r.floor(), r.ratio());
        }
        StallBenchmark.deleteTree(dir); // the generated projects are large: nothing is left in the temp folder
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, json.append("]\n").toString(), StandardCharsets.UTF_8);
    }

    /** A generated project on disk, with what the floor works on, and the fingerprint of its last save. */
    private record Subject(int sectors, Project project, Path file, JsonNode tree, Path floorFile, FileFingerprint[] onDisk) {
        static Subject make(Path dir, int sectors) throws Exception {
            Project project = BenchProjects.briefing(42, sectors);
            Path file = dir.resolve("bench-" + sectors + ".sectorscope.json");
            ProjectStore.save(project, file);
            byte[] bytes = Files.readAllBytes(file);
            JsonNode tree = JACKSON.readTree(bytes);
            System.out.printf(Locale.ROOT, "%d sectors, %d evidence items: %.1f MB%n", sectors,
                    project.sectors().stream().mapToInt(s -> s.evidence().size()).sum(), bytes.length / 1e6);
            return new Subject(sectors, project, file, tree, dir.resolve("floor-" + sectors + ".json"),
                    new FileFingerprint[] {ProjectStore.save(project, file, null)});
        }

        /**
         * At least {@code warmups} untimed rounds, and more until {@code warmupSeconds} have passed, then
         * {@code runs} timed ones; rows named {@code open} and {@code save} followed by {@code suffix}.
         */
        List<Row> measure(String suffix, int warmups, double warmupSeconds, int runs) throws Exception {
            double[] open = new double[runs];
            double[] openFloor = new double[runs];
            double[] save = new double[runs];
            double[] saveFloor = new double[runs];
            long warmUntil = System.nanoTime() + (long) (warmupSeconds * 1e9);
            int warmed = 0;
            for (; warmed < warmups || System.nanoTime() < warmUntil; warmed++) {
                round();
            }
            for (int i = 0; i < runs; i++) {
                double[] r = round();
                open[i] = r[0];
                openFloor[i] = r[1];
                save[i] = r[2];
                saveFloor[i] = r[3];
            }
            System.out.printf(Locale.ROOT, "%d sectors%s: %d warm-up rounds, %d timed%n", sectors, suffix, warmed, runs);
            return List.of(new Row("open" + suffix, sectors, median(open), median(openFloor)),
                    new Row("save" + suffix, sectors, median(save), median(saveFloor)));
        }

        /** One open, its floor, one save, its floor: what the window does, open with the fingerprint of the bytes read, save checking it. */
        private double[] round() throws Exception {
            double o = time(() -> onDisk[0] = ProjectStore.openWithFingerprint(file).fingerprint());
            double of = time(() -> JACKSON.readTree(Files.readAllBytes(file)));
            double s = time(() -> onDisk[0] = ProjectStore.save(project, file, onDisk[0]));
            double sf = time(() -> writeAndForce(floorFile, JACKSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(tree)));
            return new double[] {o, of, s, sf};
        }
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
