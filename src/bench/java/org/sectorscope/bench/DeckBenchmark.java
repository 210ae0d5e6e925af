package org.sectorscope.bench;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipFile;
import org.sectorscope.export.ExportRequest;
import org.sectorscope.export.Exporter;
import org.sectorscope.model.Project;

/**
 * The briefing deck benchmark (issue 16: a deck of 1,000 sectors within 10 s, with progress shown): a
 * seeded briefing project of 1,000 placed sectors ({@link BenchProjects#briefing}) written as the PPTX
 * deck and as the PDF deck with {@link Exporter#export}, as the window and the command line write them,
 * side by side with a floor measured in the same run and the same way: the plain single-figure PNG export
 * of the same project (1200 x 800). Headless Java2D, no JavaFX. Run by {@code mvn -Pbenchmarks verify};
 * writes a JSON array to the path in the first argument and prints it as a table.
 *
 * <p>First the cold runs, one of each deck in a JVM that has exported nothing yet (class loading and
 * the interpreter included: what one {@code export --format deck} pays after reading its file), then
 * {@code bench.deck.warmups} unrecorded rounds (default 3) and {@code bench.deck.runs} recorded ones
 * (default 5), each round the PPTX deck, the PDF deck and the floor one after the other after a
 * {@code System.gc()}, so a busy machine slows all three alike. Each export's progress reports are
 * counted and checked to move forward. Settings: {@code bench.deck.sectors} (1000), {@code bench.deck.seed} (42).
 */
public final class DeckBenchmark {
    static final double TARGET_MS = 10_000;

    private DeckBenchmark() {
    }

    public static void main(String[] args) {
        int status = 0;
        try {
            run(args);
        } catch (Throwable t) {
            System.err.println("bench: deck failed");
            t.printStackTrace();
            status = 1;
        }
        System.exit(status);
    }

    /** One kind of export: its cold time, its recorded times, what it wrote and how its progress went. */
    static final class Series {
        final String name;
        final ExportRequest request;
        final Path file;
        double coldMs = Double.NaN;
        final List<Double> times = new ArrayList<>();
        int progressReports;
        long fileBytes;
        int slides;

        Series(String name, ExportRequest request, Path file) {
            this.name = name;
            this.request = request;
            this.file = file;
        }

        double median() {
            return TextBenchmark.median(times);
        }

        double max() {
            return times.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
        }

        boolean met() {
            return max() <= TARGET_MS && (Double.isNaN(coldMs) || coldMs <= TARGET_MS);
        }
    }

    private static void run(String[] args) throws Exception {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        Path out = Path.of(args.length > 0 ? args[0] : "target/benchmarks/deck.json");
        int sectors = Integer.getInteger("bench.deck.sectors", 1000);
        long seed = Long.getLong("bench.deck.seed", 42L);
        int warmups = Integer.getInteger("bench.deck.warmups", 3);
        int runs = Integer.getInteger("bench.deck.runs", 5);
        System.out.printf(Locale.ROOT, "bench: deck: %s %s, %d cores (load average %.2f), max heap %d MB%n",
                System.getProperty("java.vm.name"), System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), loadAverage(), Runtime.getRuntime().maxMemory() >> 20);

        Project project = BenchProjects.briefing(seed, sectors);
        LocalDate date = LocalDate.of(2026, 1, 1); // every run's files the same
        Path dir = Files.createDirectories(out.toAbsolutePath().getParent().resolve("deck-bench"));
        Series pptx = new Series("deck.pptx", ExportRequest.defaults(project, ExportRequest.Format.DECK)
                .withDate(date), dir.resolve("deck.pptx"));
        Series pdf = new Series("deck.pdf", ExportRequest.defaults(project, ExportRequest.Format.DECK_PDF)
                .withDate(date), dir.resolve("deck.pdf"));
        Series floor = new Series("floor.png", ExportRequest.defaults(project, ExportRequest.Format.PNG)
                .withDate(date), dir.resolve("figure.png"));
        List<Series> all = List.of(pptx, pdf, floor);
        System.out.printf(Locale.ROOT, "bench: deck: %,d sectors, %,d evidence items, %d options; cold runs, then %d"
                + " warm-up and %d recorded rounds%n", sectors, project.evidenceCount(), project.options().size(),
                warmups, runs);

        pptx.coldMs = time(project, pptx);
        pdf.coldMs = time(project, pdf);
        System.out.printf(Locale.ROOT, "bench: deck: cold: PPTX %.0f ms, PDF %.0f ms%n", pptx.coldMs, pdf.coldMs);
        for (int i = 0; i < warmups; i++) {
            for (Series s : all) {
                gc();
                time(project, s);
            }
            System.out.printf(Locale.ROOT, "bench: deck: warm-up %d done%n", i + 1);
        }
        for (int i = 0; i < runs; i++) {
            StringBuilder line = new StringBuilder();
            for (Series s : all) {
                gc();
                double ms = time(project, s);
                s.times.add(ms);
                line.append(String.format(Locale.ROOT, " %s %.0f ms", s.name, ms));
            }
            System.out.printf(Locale.ROOT, "bench: deck: run %d:%s%n", i + 1, line);
        }
        for (Series s : all) {
            s.fileBytes = Files.size(s.file);
        }
        pptx.slides = slides(pptx.file);
        for (Series s : all) {
            Files.deleteIfExists(s.file);
            Files.deleteIfExists(s.file.resolveSibling(s.file.getFileName() + ".bak")); // each run replaced the last
        }
        Files.deleteIfExists(dir);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, json(all, sectors, floor), StandardCharsets.UTF_8);
        System.out.println();
        System.out.print(table(all, sectors, floor));
        System.out.printf(Locale.ROOT, "%nbench: deck: wrote %s (load average now %.2f)%n", out, loadAverage());
    }

    /** One export of the series, timed; its progress must move forward and end at 1. */
    private static double time(Project project, Series s) throws Exception {
        List<Double> progress = new ArrayList<>();
        long t0 = System.nanoTime();
        Exporter.export(project, s.request, s.file, progress::add);
        double ms = (System.nanoTime() - t0) / 1e6;
        for (int i = 1; i < progress.size(); i++) {
            if (progress.get(i) <= progress.get(i - 1)) {
                throw new IllegalStateException(s.name + ": progress went back: " + progress);
            }
        }
        if (progress.isEmpty() || progress.get(progress.size() - 1) != 1.0) {
            throw new IllegalStateException(s.name + ": progress did not reach 1: " + progress);
        }
        s.progressReports = progress.size();
        return ms;
    }

    private static int slides(Path pptx) throws Exception {
        try (ZipFile zip = new ZipFile(pptx.toFile())) {
            return (int) zip.stream().filter(e -> e.getName().matches("ppt/slides/slide[0-9]+\\.xml")).count();
        }
    }

    private static void gc() throws InterruptedException {
        System.gc();
        Thread.sleep(50);
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    static String json(List<Series> all, int sectors, Series floor) {
        StringBuilder sb = new StringBuilder("[\n");
        for (int i = 0; i < all.size(); i++) {
            Series s = all.get(i);
            StringBuilder times = new StringBuilder();
            for (double t : s.times) {
                times.append(times.length() == 0 ? "" : ", ").append(number(t));
            }
            sb.append(String.format(Locale.ROOT, "  {\"name\": \"%s\", \"sectors\": %d, \"unit\": \"ms\", \"median\": %s,"
                            + " \"max\": %s, \"cold\": %s, \"times\": [%s], \"ratioToFloor\": %s, \"progressReports\": %d,"
                            + " \"fileBytes\": %d%s, \"targetMs\": %s, \"met\": %s}", s.name, sectors, number(s.median()),
                    number(s.max()), number(s.coldMs), times, number(s.median() / floor.median()), s.progressReports,
                    s.fileBytes, s.slides > 0 ? ", \"slides\": " + s.slides : "",
                    s == floor ? "null" : number(TARGET_MS), s == floor ? "null" : Boolean.toString(s.met())));
            sb.append(i + 1 < all.size() ? ",\n" : "\n");
        }
        return sb.append("]\n").toString();
    }

    static String table(List<Series> all, int sectors, Series floor) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-12s %10s %10s %10s %10s %10s %8s%n",
                String.format(Locale.ROOT, "%,d sectors", sectors), "cold ms", "median ms", "max ms", "x floor",
                "target ms", "met"));
        for (Series s : all) {
            sb.append(String.format(Locale.ROOT, "%-12s %10s %10s %10s %10s %10s %8s%n", s.name, number(s.coldMs),
                    number(s.median()), number(s.max()), number(s.median() / floor.median()),
                    s == floor ? "" : number(TARGET_MS), s == floor ? "" : s.met() ? "yes" : "NO"));
        }
        return sb.toString();
    }

    private static String number(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "null";
        }
        return String.format(Locale.ROOT, Math.abs(v) >= 100 ? "%.0f" : "%.2f", v);
    }
}
