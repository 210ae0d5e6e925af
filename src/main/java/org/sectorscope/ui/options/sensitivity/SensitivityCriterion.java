package org.sectorscope.ui.options.sensitivity;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.function.ObjDoubleConsumer;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;

/**
 * One criterion's slider in the sensitivity view: {@link #shareProperty()} is the criterion's share of
 * the total weight in percent, bound both ways to the slider. A change made by the analyst goes to the
 * view model as a preview; the view model sets it back, with every other share, as the weights change.
 */
public final class SensitivityCriterion {
    private final String id;
    private final String name;
    private final String description;
    private final DoubleProperty share = new SimpleDoubleProperty(this, "share");
    private final ReadOnlyStringWrapper label = new ReadOnlyStringWrapper(this, "label", "");

    SensitivityCriterion(String id, String name, String description, ObjDoubleConsumer<String> moved) {
        this.id = id;
        this.name = name;
        this.description = description;
        share.addListener((obs, old, v) -> moved.accept(id, v.doubleValue()));
    }

    /** Shows a share and raw weight; the view model calls this with its echo guard up. */
    void show(double sharePercent, double weight) {
        share.set(sharePercent);
        label.set(percentText(sharePercent) + " \u00B7 weight " + weightText(weight));
    }

    /** A share with one decimal, without a trailing ".0": "50%", "33.3%". */
    static String percentText(double percent) {
        return new BigDecimal(percent).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString() + "%";
    }

    /** A raw weight to four significant digits without trailing zeros: "2", "0.25", "1.667". */
    static String weightText(double weight) {
        return weight == 0 ? "0" : new BigDecimal(weight).round(new MathContext(4)).stripTrailingZeros()
                .toPlainString();
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public double share() {
        return share.get();
    }

    /** Percent, 0-100; bind the slider's value to it both ways. */
    public DoubleProperty shareProperty() {
        return share;
    }

    /** E.g. "25% \u00B7 weight 1". */
    public ReadOnlyStringProperty labelProperty() {
        return label.getReadOnlyProperty();
    }
}
