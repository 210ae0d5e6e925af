package org.sectorscope.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The figures a run produces, written as a JSON array and printed as a table. */
final class Results {
    /** A figure; {@code floor} is what it is measured against in the same run, NaN when it has none. */
    record Metric(String name, int sectors, String unit, double value, double floor) {
        double ratio() {
            return value / floor;
        }
    }

    private final List<Metric> metrics = new ArrayList<>();

    void add(String name, int sectors, String unit, double value) {
        add(name, sectors, unit, value, Double.NaN);
    }

    /** A figure beside its floor: written with {@code "floor"} and {@code "ratio"} (value / floor). */
    void add(String name, int sectors, String unit, double value, double floor) {
        metrics.add(new Metric(name, sectors, unit, value, floor));
    }

    List<Metric> all() {
        return Collections.unmodifiableList(metrics);
    }

    /**
     * {@code [{"name": "drag.p95", "sectors": 1000, "unit": "ms", "value": 9.8}, ...]}, with {@code "floor"}
     * and {@code "ratio"} for a figure that has a floor.
     */
    String toJson() {
        StringBuilder sb = new StringBuilder("[\n");
        for (int i = 0; i < metrics.size(); i++) {
            Metric m = metrics.get(i);
            sb.append(String.format(Locale.ROOT, "  {\"name\": \"%s\", \"sectors\": %d, \"unit\": \"%s\", \"value\": %s",
                    m.name(), m.sectors(), m.unit(), number(m.value())));
            if (!Double.isNaN(m.floor())) {
                sb.append(String.format(Locale.ROOT, ", \"floor\": %s, \"ratio\": %s", number(m.floor()), number(m.ratio())));
            }
            sb.append('}');
            sb.append(i + 1 < metrics.size() ? ",\n" : "\n");
        }
        return sb.append("]\n").toString();
    }

    void writeJson(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, toJson(), StandardCharsets.UTF_8);
    }

    /** One row per figure, one column per project size. */
    String table() {
        Set<String> names = new LinkedHashSet<>();
        Set<Integer> sizes = new LinkedHashSet<>();
        Map<String, String> units = new LinkedHashMap<>();
        Map<String, Double> values = new LinkedHashMap<>();
        for (Metric m : metrics) {
            names.add(m.name());
            sizes.add(m.sectors());
            units.put(m.name(), m.unit());
            values.put(m.name() + "@" + m.sectors(), m.value());
        }
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-24s %-5s", "figure", "unit"));
        for (int size : sizes) {
            sb.append(String.format(Locale.ROOT, " %14s", String.format(Locale.ROOT, "%,d sectors", size)));
        }
        sb.append('\n');
        for (String name : names) {
            sb.append(String.format(Locale.ROOT, "%-24s %-5s", name, units.get(name)));
            for (int size : sizes) {
                Double v = values.get(name + "@" + size);
                sb.append(String.format(Locale.ROOT, " %14s", v == null ? "-" : number(v)));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static String number(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "null";
        }
        return String.format(Locale.ROOT, v >= 100 ? "%.1f" : "%.2f", v);
    }
}
