package org.sectorscope.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.ToDoubleFunction;
import org.sectorscope.export.FigureText;
import org.sectorscope.logic.PlacementConfidence;
import org.sectorscope.logic.PlotGeometry;
import org.sectorscope.logic.plot.DriverShape;
import org.sectorscope.logic.plot.PlotLayout;
import org.sectorscope.logic.plot.PlotStyle;
import org.sectorscope.logic.plot.SectorMark;
import org.sectorscope.logic.plot.TextFit;
import org.sectorscope.logic.plot.TextStyle;
import org.sectorscope.model.Framework;
import org.sectorscope.model.Position;

/**
 * The text-fitting benchmark (issue 12, point 8: one long text must not freeze the window). Each case
 * fits a text of 1,000,000 characters and, in the same run, one of 200 (the floor) with the real
 * measure, the bundled DejaVu fonts through Java2D ({@link FigureText}, which the canvas and every export
 * lay out with), and reports both medians and their ratio. The long text is built here, at the level
 * of the text fitting and the plot layout, not in a project (whose names the model bounds).
 *
 * <ul>
 *   <li>{@code ellipsize.word}, {@code ellipsize.words}: one line of a full label (180 px, the card name's
 *       12 px bold), of a text without spaces and of words;</li>
 *   <li>{@code wrap3.word}, {@code wrap3.words}: a full label's name, three lines of 180 px;</li>
 *   <li>{@code wrapAll.word}, {@code wrapAll.words}: without a line limit (an export's note) at 600 px,
 *       all the lines of the text; the ratio that should stay near 1 is then per character
 *       ({@code perCharRatio});</li>
 *   <li>{@code layout.longName}: {@link PlotLayout#compute} of 30 ordinary sectors and one whose name is
 *       the text, on a 1480 x 900 plot.</li>
 * </ul>
 * Each text is new (seeded), so the measure's cache of widths cannot answer for it. Both lengths are
 * timed alike: a batch of texts that takes about 20 ms (200-character texts by the hundred; long ones up
 * to 20, each a distinct 5,000-character head on a shared tail; one where one takes longer), divided by
 * the batch; the median of the runs. Warm-up: {@code bench.text.warmups} batches and at least a second,
 * per case. Settings: {@code bench.text.warmups} (3), {@code bench.text.runs} (7), {@code bench.text.cases}
 * (the names of the cases to run, comma-separated; all when empty). Writes a JSON array to the path in the
 * first argument and prints a table.
 */
public final class TextBenchmark {
    static final int LONG = 1_000_000;
    static final int FLOOR = 200;
    private static final TextStyle STYLE = TextStyle.CARD_NAME;
    private static final double LABEL = 180;
    private static final double NOTE = 600;
    private static final int UNLIMITED = Integer.MAX_VALUE - 1;
    /** The part of each long text that is its own; what a label could hold is far less. */
    private static final int HEAD = 5_000;
    /** Warm-up goes on for at least this long per case, for the JIT and Java2D's glyph caches. */
    private static final long WARM_NANOS = 1_000_000_000L;

    private TextBenchmark() {
    }

    public static void main(String[] args) {
        int status = 0;
        try {
            run(args);
        } catch (Throwable t) {
            System.err.println("bench: text failed");
            t.printStackTrace();
            status = 1;
        }
        System.exit(status);
    }

    /** One way of fitting a text; returns something of the result so the work cannot be skipped. */
    interface Case {
        int fit(String text);
    }

    record Figure(String name, double floorMs, double longMs, boolean perChar, double measuredPerChar) {
        double ratio() {
            return longMs / floorMs;
        }

        double perCharRatio() {
            return (longMs / LONG) / (floorMs / FLOOR);
        }
    }

    private static void run(String[] args) throws Exception {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        Path out = Path.of(args.length > 0 ? args[0] : "target/benchmarks/text.json");
        int warmups = Integer.getInteger("bench.text.warmups", 3);
        int runs = Integer.getInteger("bench.text.runs", 7);
        System.out.printf(Locale.ROOT, "bench: text: %s %s, %d cores, %,d vs %,d characters, %d warm-up and %d"
                        + " recorded runs%n", System.getProperty("java.vm.name"), System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), LONG, FLOOR, warmups, runs);
        ToDoubleFunction<String> width = t -> FigureText.METRICS.width(t, STYLE);
        double size = STYLE.size();
        Map<String, Case> cases = new LinkedHashMap<>();
        cases.put("ellipsize.word", t -> TextFit.ellipsize(t, LABEL, size, width).length());
        cases.put("ellipsize.words", t -> TextFit.ellipsize(t, LABEL, size, width).length());
        cases.put("wrap3.word", t -> TextFit.wrap(t, LABEL, PlotStyle.FULL_NAME_LINES, size, width).size());
        cases.put("wrap3.words", t -> TextFit.wrap(t, LABEL, PlotStyle.FULL_NAME_LINES, size, width).size());
        cases.put("wrapAll.word", t -> TextFit.wrap(t, NOTE, UNLIMITED, size, width).size());
        cases.put("wrapAll.words", t -> TextFit.wrap(t, NOTE, UNLIMITED, size, width).size());
        List<SectorMark> ordinary = ordinaryMarks();
        cases.put("layout.longName", t -> layout(ordinary, t));
        String only = System.getProperty("bench.text.cases", "");
        List<Figure> figures = new ArrayList<>();
        for (var e : cases.entrySet()) {
            if (only.isBlank() || Arrays.asList(only.split(",")).contains(e.getKey())) {
                String name = e.getKey();
                figures.add(measure(name, !name.endsWith(".word"), warmups, runs, name.startsWith("wrapAll"),
                        e.getValue()));
            }
        }

        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, json(figures, runs), StandardCharsets.UTF_8);
        System.out.println();
        System.out.print(table(figures));
        System.out.printf(Locale.ROOT, "%nbench: text: wrote %s%n", out);
    }

    private static Figure measure(String name, boolean words, int warmups, int runs, boolean perChar, Case c) {
        long warm = System.nanoTime();
        for (int i = 0; i < warmups || System.nanoTime() - warm < WARM_NANOS; i++) {
            timeBatch(floorTexts(words, 1_000 + i, 20), c);
            timeBatch(longTexts(words, 2_000 + i, 1), c);
        }
        int repeat = repeatFor(words, c);
        // As many long texts in a batch as take about 20 ms (one, when one takes longer), at most 20.
        double one = timeBatch(longTexts(words, 2_500, 1), c);
        int longRepeat = (int) Math.max(1, Math.min(20, Math.round(20 / Math.max(one, 1e-3))));
        List<Double> floor = new ArrayList<>();
        List<Double> longer = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            System.gc();
            floor.add(timeBatch(floorTexts(words, 3_000 + i, repeat), c));
            longer.add(timeBatch(longTexts(words, 4_000 + i, longRepeat), c));
        }
        double measured = perChar ? measuredPerChar(text(LONG, words, 5_000), c) : Double.NaN;
        Figure f = new Figure(name, median(floor), median(longer), perChar, measured);
        System.out.printf(Locale.ROOT, "bench: text: %-16s %,10.4f ms for %d chars (%d a batch), %,10.4f ms for %,d"
                + " (%d a batch): x%.2f%n", name, f.floorMs(), FLOOR, repeat, f.longMs(), LONG, longRepeat, f.ratio());
        return f;
    }

    /** How many 200-character texts in a row take about 20 ms. */
    private static int repeatFor(boolean words, Case c) {
        long t0 = System.nanoTime();
        int n = 0;
        while (System.nanoTime() - t0 < 20_000_000L && n < 100_000) {
            c.fit(text(FLOOR, words, 9_000 + n));
            n++;
        }
        return Math.max(1, n);
    }

    private static List<String> floorTexts(boolean words, long seed, int count) {
        List<String> texts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            texts.add(text(FLOOR, words, seed * 100_000 + i));
        }
        return texts;
    }

    /** Texts of a million characters, each its own: a head of its own and a tail they share (1 MB each). */
    private static List<String> longTexts(boolean words, long seed, int count) {
        String tail = text(LONG - HEAD, words, seed);
        List<String> texts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            texts.add(text(HEAD, words, seed * 100_000 + i) + tail);
        }
        return texts;
    }

    /** The time of one fitting, in ms: the whole batch's divided by its size. */
    private static double timeBatch(List<String> texts, Case c) {
        long sink = 0;
        long t0 = System.nanoTime();
        for (String t : texts) {
            sink += c.fit(t);
        }
        double ms = (System.nanoTime() - t0) / 1e6 / texts.size();
        return sink == Long.MIN_VALUE ? -1 : ms;
    }

    /** Characters handed to the measure per character of the text, in one more (untimed) run. */
    private static double measuredPerChar(String text, Case c) {
        long[] count = {0};
        ToDoubleFunction<String> width = t -> {
            count[0] += t.length();
            return FigureText.METRICS.width(t, STYLE);
        };
        TextFit.wrap(text, NOTE, UNLIMITED, STYLE.size(), width);
        return (double) count[0] / text.length();
    }

    /** Words of 1 to 12 letters, or one word without spaces, of exactly {@code n} chars. */
    static String text(int n, boolean words, long seed) {
        Random r = new Random(seed);
        StringBuilder sb = new StringBuilder(n + 13);
        while (sb.length() < n) {
            int len = 1 + r.nextInt(12);
            for (int i = 0; i < len; i++) {
                sb.append((char) ((i == 0 && r.nextInt(4) == 0 ? 'A' : 'a') + r.nextInt(26)));
            }
            if (words) {
                sb.append(' ');
            }
        }
        return sb.substring(0, n);
    }

    private static List<SectorMark> ordinaryMarks() {
        Random r = new Random(7);
        List<SectorMark> marks = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            marks.add(mark("s" + i, text(8 + r.nextInt(30), true, 100 + i).strip() + " " + i,
                    new Position(-0.9 + 1.8 * r.nextDouble(), -0.9 + 1.8 * r.nextDouble())));
        }
        return marks;
    }

    private static SectorMark mark(String id, String name, Position at) {
        return new SectorMark(id, name, "State-led", DriverShape.SQUARE, at, "\u25AE\u25AE\u25AF 3",
                PlacementConfidence.Level.MEDIUM, false, true);
    }

    private static int layout(List<SectorMark> ordinary, String longName) {
        List<SectorMark> marks = new ArrayList<>(ordinary);
        marks.add(mark("long", longName, new Position(0.5, 0.5)));
        PlotLayout l = PlotLayout.compute(Framework.sectoralOutcomes(), marks, new PlotGeometry(60, 50, 1480, 900),
                FigureText.METRICS);
        return l.sector("long").nameLines().size();
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    static String json(List<Figure> figures, int runs) {
        StringBuilder sb = new StringBuilder("[\n");
        for (int i = 0; i < figures.size(); i++) {
            Figure f = figures.get(i);
            sb.append(String.format(Locale.ROOT, "  {\"name\": \"text.%s\", \"unit\": \"ms\", \"floorChars\": %d,"
                            + " \"longChars\": %d, \"floorMs\": %s, \"longMs\": %s, \"ratio\": %s", f.name(), FLOOR, LONG,
                    number(f.floorMs()), number(f.longMs()), number(f.ratio())));
            if (f.perChar()) {
                sb.append(String.format(Locale.ROOT, ", \"perCharRatio\": %s, \"measuredCharsPerChar\": %s",
                        number(f.perCharRatio()), number(f.measuredPerChar())));
            }
            sb.append(String.format(Locale.ROOT, ", \"runs\": %d}", runs)).append(i + 1 < figures.size() ? ",\n" : "\n");
        }
        return sb.append("]\n").toString();
    }

    static String table(List<Figure> figures) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-18s %14s %16s %10s %14s%n", "figure",
                "200 chars ms", "1,000,000 ms", "ratio", "per char"));
        for (Figure f : figures) {
            sb.append(String.format(Locale.ROOT, "%-18s %14s %16s %10s %14s%n", "text." + f.name(),
                    number(f.floorMs()), number(f.longMs()), number(f.ratio()),
                    f.perChar() ? number(f.perCharRatio()) : ""));
        }
        return sb.toString();
    }

    private static String number(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "null";
        }
        return String.format(Locale.ROOT, Math.abs(v) >= 100 ? "%.1f" : Math.abs(v) >= 1 ? "%.2f" : "%.4f", v);
    }
}
