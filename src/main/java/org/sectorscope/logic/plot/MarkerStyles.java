package org.sectorscope.logic.plot;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sectorscope.model.CustomField;
import org.sectorscope.model.FieldValue;
import org.sectorscope.model.MarkerEncoding;
import org.sectorscope.model.Project;
import org.sectorscope.model.Sector;

/**
 * The colour and size of each shown sector's marker under the project's {@link MarkerEncoding}, and the
 * key that explains them: the one place canvas and export take them from. Worked out over the sectors
 * shown, since a size scales over their range and a legend lists only what is drawn.
 *
 * <p>Colour by driver is the driver's own colour. Colour by a text field gives each distinct value a
 * colour of {@link PlotPalette} in the values' alphabetical order (so a value keeps its colour however
 * the sectors are ordered); past the palette, the most common values keep colours and the rest share
 * "other values". Size by a number field maps the value's place in the shown range linearly onto the
 * marker's area, between {@link PlotStyle#MARKER_MIN} and {@link PlotStyle#MARKER_MAX}; when every
 * value is the same (one sector, say), all are drawn halfway. A sector without a value is grey, or
 * drawn at {@link PlotStyle#MARKER_NO_VALUE}; either way the key says "no value". An encoding naming a
 * field the project no longer has, or of the other kind, is drawn as the default.
 */
public final class MarkerStyles {
    public static final String NO_VALUE = "no value";
    public static final String OTHER_VALUES = "other values";

    private final Project project;
    private final Collection<Sector> shown;
    private final CustomField colorField;
    private final CustomField sizeField;
    /** Each coloured value's colour, in the key's order. */
    private final Map<String, Integer> valueColors = new LinkedHashMap<>();
    private boolean otherValues;
    private boolean colorMissing;
    private double low = Double.NaN;
    private double high = Double.NaN;
    private boolean sizeMissing;

    private MarkerStyles(Project project, Collection<Sector> shown) {
        this.project = project;
        this.shown = shown;
        this.colorField = colorFieldOf(project);
        this.sizeField = sizeFieldOf(project);
        if (colorField != null) {
            assignColors();
        }
        if (sizeField != null) {
            for (Sector s : shown) {
                Double v = number(s);
                if (v == null) {
                    sizeMissing = true;
                } else {
                    low = Double.isNaN(low) ? v : Math.min(low, v);
                    high = Double.isNaN(high) ? v : Math.max(high, v);
                }
            }
        }
    }

    /** The styles of {@code shown}, the sectors a figure draws. */
    public static MarkerStyles of(Project project, Collection<Sector> shown) {
        return new MarkerStyles(project, shown);
    }

    /** The text field the project's markers are coloured by; null for the driver's colour (or a field gone). */
    public static CustomField colorFieldOf(Project p) {
        return field(p, p.markerEncoding().colorBy(), CustomField.Kind.TEXT);
    }

    /** The number field the project's markers are sized by; null for one size (or a field gone). */
    public static CustomField sizeFieldOf(Project p) {
        return field(p, p.markerEncoding().sizeBy(), CustomField.Kind.NUMBER);
    }

    /** The field the encoding names when the project has it with that kind, else null (the default). */
    private static CustomField field(Project p, String id, CustomField.Kind kind) {
        return p.field(id).filter(f -> f.kind() == kind).orElse(null);
    }

    private void assignColors() {
        Map<String, Integer> counts = new HashMap<>();
        for (Sector s : shown) {
            String v = text(s);
            if (v == null) {
                colorMissing = true;
            } else {
                counts.merge(v, 1, Integer::sum);
            }
        }
        Comparator<String> alphabetical = Comparator.<String, String>comparing(v -> v.toLowerCase(Locale.ROOT))
                .thenComparing(v -> v);
        List<String> kept = new ArrayList<>(counts.keySet());
        int room = PlotPalette.categoryCount();
        if (kept.size() > room) {
            otherValues = true;
            kept.sort(Comparator.<String, Integer>comparing(counts::get).reversed().thenComparing(alphabetical));
            kept = new ArrayList<>(kept.subList(0, room - 1)); // the last colour is given up for "other values"
        }
        kept.sort(alphabetical);
        for (int i = 0; i < kept.size(); i++) {
            valueColors.put(kept.get(i), PlotPalette.category(i));
        }
    }

    /** The text field colouring the markers, or null when they are in their driver's colour. */
    public CustomField colorField() {
        return colorField;
    }

    /** The number field sizing the markers, or null when they are all one size. */
    public CustomField sizeField() {
        return sizeField;
    }

    /** True when a marker's colour and size read its own sector alone, not the range of the others' values. */
    public boolean perSector() {
        return colorField == null && sizeField == null;
    }

    /** The marker's colour, 0xRRGGBB. */
    public int rgb(Sector s) {
        if (colorField == null) {
            return DriverStyle.of(project, s).rgb();
        }
        String v = text(s);
        return v == null ? PlotPalette.NO_VALUE : valueColors.getOrDefault(v, PlotPalette.OTHER_VALUES);
    }

    /** The marker's size (its box's side), in plot pixels. */
    public double size(Sector s) {
        if (sizeField == null) {
            return PlotStyle.MARKER;
        }
        Double v = number(s);
        return v == null ? PlotStyle.MARKER_NO_VALUE : sizeOf(v);
    }

    private double sizeOf(double v) {
        double t = high > low ? (v - low) / (high - low) : 0.5;
        double min = PlotStyle.MARKER_MIN * PlotStyle.MARKER_MIN;
        double max = PlotStyle.MARKER_MAX * PlotStyle.MARKER_MAX;
        return Math.sqrt(min + Math.max(0, Math.min(1, t)) * (max - min));
    }

    private String text(Sector s) {
        FieldValue v = s.fields().get(colorField.id());
        return v == null || v.isNumber() || v.text().isBlank() ? null : v.text();
    }

    private Double number(Sector s) {
        FieldValue v = s.fields().get(sizeField.id());
        return v == null || !v.isNumber() ? null : v.number();
    }

    /** What the markers' colours, shapes and sizes mean, for the legend. */
    public MarkerKey key() {
        List<MarkerKey.Entry> colors = new ArrayList<>();
        List<MarkerKey.Entry> shapes = new ArrayList<>();
        if (colorField == null) {
            driverColors(colors);
        } else {
            valueColors.forEach((v, rgb) -> colors.add(new MarkerKey.Entry(v, null, rgb, PlotStyle.MARKER)));
            if (otherValues) {
                colors.add(new MarkerKey.Entry(OTHER_VALUES, null, PlotPalette.OTHER_VALUES, PlotStyle.MARKER));
            }
            if (colorMissing) {
                colors.add(new MarkerKey.Entry(NO_VALUE, null, PlotPalette.NO_VALUE, PlotStyle.MARKER));
            }
            for (DriverShape shape : DriverShape.values()) {
                String label = DriverLegend.label(project, shown, shape);
                if (!label.isEmpty()) {
                    shapes.add(new MarkerKey.Entry(label, shape, PlotPalette.SHAPE_KEY, PlotStyle.MARKER));
                }
            }
        }
        return new MarkerKey(colorField == null ? null : colorField.name(), colors, shapes,
                sizeField == null ? null : sizeTitle(), sizes());
    }

    /**
     * One entry per look drawn (shape and colour), in the project's order of drivers: drivers that look
     * alike share it ("A / B"), and a sector whose driver the project lacks joins the look it is drawn
     * with ("Mixed or other") or gets its own ("other").
     */
    private void driverColors(List<MarkerKey.Entry> out) {
        Set<String> used = new LinkedHashSet<>();
        boolean other = false;
        // Called on every edit with every sector shown: the project's few driver ids are looked up in a set.
        Set<String> known = new HashSet<>();
        project.drivers().forEach(d -> known.add(d.id()));
        for (Sector s : shown) {
            if (s.driver() != null && known.contains(s.driver())) {
                used.add(s.driver());
            } else {
                other = true;
            }
        }
        Map<String, DriverStyle> looks = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        project.drivers().stream().filter(d -> used.contains(d.id())).map(DriverStyle::of).forEach(d -> {
            String look = d.shape() + "/" + d.rgb();
            looks.putIfAbsent(look, d);
            labels.merge(look, d.name(), (a, b) -> a + " / " + b);
        });
        if (other) {
            DriverStyle none = DriverStyle.NONE;
            String look = none.shape() + "/" + none.rgb();
            looks.putIfAbsent(look, none);
            labels.merge(look, "other", (a, b) -> a + " or " + b);
        }
        looks.forEach((look, d) -> out.add(new MarkerKey.Entry(labels.get(look), d.shape(), d.rgb(), PlotStyle.MARKER)));
    }

    private String sizeTitle() {
        return sizeField.unit() == null ? sizeField.name() : sizeField.name() + " (" + sizeField.unit() + ")";
    }

    private List<MarkerKey.Entry> sizes() {
        List<MarkerKey.Entry> out = new ArrayList<>();
        if (sizeField == null) {
            return out;
        }
        if (!Double.isNaN(low)) {
            out.add(new MarkerKey.Entry(number(low), null, PlotPalette.SHAPE_KEY, sizeOf(low)));
            if (high > low) {
                out.add(new MarkerKey.Entry(number(high), null, PlotPalette.SHAPE_KEY, sizeOf(high)));
            }
        }
        if (sizeMissing) {
            out.add(new MarkerKey.Entry(NO_VALUE, null, PlotPalette.SHAPE_KEY, PlotStyle.MARKER_NO_VALUE));
        }
        return out;
    }

    /** A value as the key prints it: at most six significant digits, no exponent, no needless zeros. */
    static String number(double v) {
        return new BigDecimal(v).round(new MathContext(6)).stripTrailingZeros().toPlainString();
    }
}
