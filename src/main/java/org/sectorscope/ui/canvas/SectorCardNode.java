package org.sectorscope.ui.canvas;

import java.util.Locale;
import javafx.css.PseudoClass;
import javafx.geometry.VPos;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;
import javafx.scene.text.Text;
import javafx.scene.control.Tooltip;
import org.sectorscope.ui.BalanceText;

/**
 * A sector on the canvas. Deliberately light (a region with three text nodes and two shapes, laid out
 * by hand, unmanaged), because a project may hold thousands of them: a driver marker, the name
 * wrapped between words, a meta line, and a confidence mark of one to three bars.
 */
final class SectorCardNode extends Region {
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final PseudoClass COMPACT = PseudoClass.getPseudoClass("compact");

    /**
     * How much a card shows, chosen by how much room each card has: everything; the name only; or, when
     * the plot is too dense for text, the driver shape alone, drawn by {@link DotLayer} rather than a node
     * (zooming in brings the text back).
     */
    enum Detail { FULL, COMPACT, DOT }
    private static final PseudoClass DRAGGING = PseudoClass.getPseudoClass("dragging");
    static final double PAD_X = 6;
    static final double PAD_Y = 4;
    static final double MARKER = 8;
    static final double GAP = 5;

    private final Text name = new Text();
    private final Text meta = new Text();
    private final Text confidence = new Text();
    private Tooltip warningTip;
    private Shape marker;
    private String driver;
    private String sectorId;
    private CardItem shown;
    private Detail detail = Detail.FULL;
    /** Size measured for {@link #measuredFor}; recomputed only when the text, detail or limit changes. */
    private double measuredFor = -1;
    private double measuredW;
    private double measuredH;

    SectorCardNode() {
        getStyleClass().add("sector-card");
        name.getStyleClass().add("card-name");
        name.setTextOrigin(VPos.TOP);
        meta.getStyleClass().add("card-meta");
        meta.setTextOrigin(VPos.TOP);
        confidence.getStyleClass().add("card-confidence");
        confidence.setTextOrigin(VPos.TOP);
        setManaged(false);
        setPickOnBounds(true);
        getChildren().addAll(name, meta, confidence);
    }

    /** Shows the item; returns false when it is what the card already shows. */
    boolean show(CardItem item) {
        if (item.equals(shown)) {
            return false;
        }
        shown = item;
        measuredFor = -1;
        sectorId = item.id();
        setId("card-" + item.id());
        name.setText(item.name());
        meta.setText(item.driver());
        confidence.setText(item.confidence().bars() + " " + item.evidenceCount()
                + (item.warning() == null ? "" : " " + BalanceText.WARNING_MARK));
        confidence.getStyleClass().setAll("card-confidence", "confidence-" + item.confidence().name().toLowerCase(Locale.ROOT));
        if (item.warning() != null) {
            confidence.getStyleClass().add("contradicted");
        }
        // Few cards carry a warning, so a tooltip on those costs nothing at scale.
        if (item.warning() != null && warningTip == null) {
            warningTip = new Tooltip();
            Tooltip.install(this, warningTip);
        } else if (item.warning() == null && warningTip != null) {
            Tooltip.uninstall(this, warningTip);
            warningTip = null;
        }
        if (warningTip != null) {
            warningTip.setText(item.warning());
        }
        if (!item.driver().equals(driver)) {
            driver = item.driver();
            if (marker != null) {
                getChildren().remove(marker);
            }
            marker = marker(driver);
            getChildren().add(marker);
        }
        setAccessibleText(item.name() + ", quadrant " + item.quadrantLetter() + ", " + item.confidence().label()
                + (item.warning() == null ? "" : ". Warning: " + item.warning()));
        return true;
    }

    CardItem item() {
        return shown;
    }

    /** The driver is drawn as a shape as well as named, so it reads in greyscale print too. */
    static Shape marker(String driver) {
        Shape s = switch (driver) {
            case "State-led" -> new Rectangle(MARKER, MARKER);
            case "Market-oriented" -> new Circle(MARKER / 2, MARKER / 2, MARKER / 2);
            default -> new Polygon(MARKER / 2, 0, MARKER, MARKER / 2, MARKER / 2, MARKER, 0, MARKER / 2);
        };
        s.getStyleClass().addAll("driver-marker", "driver-" + driver.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-"));
        s.setManaged(false);
        return s;
    }

    String sectorId() {
        return sectorId;
    }

    void setSelected(boolean selected) {
        pseudoClassStateChanged(SELECTED, selected);
    }

    void setDragging(boolean dragging) {
        pseudoClassStateChanged(DRAGGING, dragging);
    }

    /** FULL or COMPACT; a card in the DOT detail is drawn by the dot layer, not by a node. */
    void setDetail(Detail value) {
        if (detail != value) {
            detail = value;
            measuredFor = -1;
            pseudoClassStateChanged(COMPACT, value == Detail.COMPACT);
            meta.setVisible(value == Detail.FULL);
            confidence.setVisible(value == Detail.FULL);
        }
    }


    /**
     * Width and height for a width limit, styled and measured only when something changed since the
     * last time: a layout of thousands of cards must not restyle and re-measure them all.
     */
    double[] measure(double max) {
        if (measuredFor != max) {
            applyCss();
            measuredW = widthFor(max);
            measuredH = heightFor(measuredW);
            measuredFor = max;
        }
        return new double[] {measuredW, measuredH};
    }

    /** The width the card wants: the name and the meta line each on one line, but never more than {@code max}. */
    double widthFor(double max) {
        name.setWrappingWidth(0);
        double one = textLeft() + name.getLayoutBounds().getWidth() + PAD_X + 1;
        double metaW = detail != Detail.FULL ? 0 : textLeft() + meta.getLayoutBounds().getWidth() + GAP
                + confidence.getLayoutBounds().getWidth() + PAD_X;
        return Math.min(max, Math.ceil(Math.max(one, metaW)));
    }

    /** The height at {@code width}, with the name wrapped to fit. */
    double heightFor(double width) {
        name.setWrappingWidth(Math.max(10, width - textLeft() - PAD_X));
        double h = PAD_Y + name.getLayoutBounds().getHeight();
        if (detail == Detail.FULL) {
            h += 1 + meta.getLayoutBounds().getHeight();
        }
        return Math.ceil(h + PAD_Y);
    }

    private double textLeft() {
        return PAD_X + MARKER + GAP;
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        name.setWrappingWidth(Math.max(10, w - textLeft() - PAD_X));
        name.relocate(textLeft(), PAD_Y);
        double nameH = name.getLayoutBounds().getHeight();
        if (marker != null) {
            marker.relocate(PAD_X, PAD_Y + 4);
        }
        double metaY = PAD_Y + nameH + 1;
        meta.relocate(textLeft(), metaY);
        double confW = confidence.getLayoutBounds().getWidth();
        confidence.relocate(w - PAD_X - confW, metaY);
        // The driver is also drawn as the marker, so its name gives way when the card is narrow.
        meta.setVisible(detail == Detail.FULL && textLeft() + meta.getLayoutBounds().getWidth() + GAP <= w - PAD_X - confW);
    }

    @Override
    protected double computePrefWidth(double height) {
        return widthFor(Double.MAX_VALUE);
    }

    @Override
    protected double computePrefHeight(double width) {
        return heightFor(width < 0 ? computePrefWidth(-1) : width);
    }
}
