package org.sectorscope.ui.canvas;

import java.util.Locale;
import java.util.function.Supplier;
import javafx.css.PseudoClass;
import javafx.geometry.VPos;
import javafx.scene.AccessibleRole;
import javafx.scene.Group;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import org.sectorscope.export.FigureText;
import org.sectorscope.logic.plot.PlacedSector;
import org.sectorscope.logic.plot.PlotStyle;
import org.sectorscope.logic.plot.SectorMark;
import org.sectorscope.logic.plot.TextStyle;

/**
 * A sector's label on the canvas, at the box the shared layout gave it, saying what the layout says:
 * the name as the layout broke it, and on a full label the driver and the evidence meter (a compact
 * label keeps the ⚠). Light (a region with a few texts, unmanaged, the texts clipped to it) because a plot
 * may hold thousands. The sector's marker is drawn apart, at its exact position (MarkerLayer).
 */
final class SectorCardNode extends Region {
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final PseudoClass COMPACT = PseudoClass.getPseudoClass("compact");
    private static final PseudoClass DRAGGING = PseudoClass.getPseudoClass("dragging");
    private static final PseudoClass ANALYST = PseudoClass.getPseudoClass("analyst");

    private final Text name = new Text();
    private final Text meta = new Text();
    private final Text confidence = new Text();
    private final Rectangle clip = new Rectangle();
    private final Group texts = new Group();
    private Tooltip warningTip;
    private CardItem item;
    private PlacedSector placed;

    SectorCardNode() {
        getStyleClass().add("sector-card");
        name.getStyleClass().add("card-name");
        meta.getStyleClass().add("card-meta");
        confidence.getStyleClass().add("card-confidence");
        for (Text t : new Text[] {name, meta, confidence}) {
            t.setTextOrigin(VPos.TOP);
            t.setManaged(false);
        }
        setManaged(false);
        setPickOnBounds(true);
        texts.getChildren().addAll(name, meta, confidence);
        texts.setManaged(false);
        texts.setClip(clip); // whatever a font does, the text never runs out of its label
        setAccessibleRole(AccessibleRole.TEXT);
        getChildren().add(texts);
    }

    /** Shows the sector's item at its place in the layout; its words are asked for only when it changed. */
    void show(CardItem next, PlacedSector at, Supplier<CardDetails> words) {
        if (next.equals(item) && at.equals(placed)) {
            return;
        }
        CardDetails details = words.get();
        item = next;
        placed = at;
        SectorMark m = next.mark();
        setId("card-" + m.id());
        boolean compact = at.compact();
        pseudoClassStateChanged(COMPACT, compact);
        pseudoClassStateChanged(ANALYST, !m.byReport());
        PlotFonts.apply(name, compact ? TextStyle.CARD_NAME_COMPACT : TextStyle.CARD_NAME);
        name.setText(String.join("\n", at.nameLines()));
        PlotFonts.apply(meta, TextStyle.CARD_META);
        meta.setText(at.driverText());
        PlotFonts.apply(confidence, compact ? TextStyle.CARD_NAME_COMPACT : TextStyle.CARD_META);
        String mark = compact ? (m.warning() ? SectorMark.WARNING_MARK : "")
                : m.meter() == null ? "" : m.warning() ? m.meter() + " " + SectorMark.WARNING_MARK : m.meter();
        confidence.setText(mark);
        confidence.getStyleClass().setAll("card-confidence", "confidence-" + m.confidence().name().toLowerCase(Locale.ROOT));
        if (m.warning()) {
            confidence.getStyleClass().add("contradicted");
        }
        // Few cards carry a warning, so a tooltip on those costs nothing at scale.
        if (details.warning() != null && warningTip == null) {
            warningTip = new Tooltip();
            Tooltip.install(this, warningTip);
        } else if (details.warning() == null && warningTip != null) {
            Tooltip.uninstall(this, warningTip);
            warningTip = null;
        }
        if (warningTip != null) {
            warningTip.setText(details.warning());
        }
        setAccessibleText(details.accessibleText());
        resizeRelocate(at.label().x(), at.label().y(), at.label().w(), at.label().h());
        clip.setWidth(at.label().w());
        clip.setHeight(at.label().h());
        requestLayout();
    }

    CardItem item() {
        return item;
    }

    PlacedSector placed() {
        return placed;
    }

    String sectorId() {
        return item.id();
    }

    void setSelected(boolean selected) {
        pseudoClassStateChanged(SELECTED, selected);
    }

    void setDragging(boolean dragging) {
        pseudoClassStateChanged(DRAGGING, dragging);
    }

    @Override
    protected void layoutChildren() {
        if (placed == null) {
            return;
        }
        boolean compact = placed.compact();
        double padX = compact ? PlotStyle.COMPACT_PAD_X : PlotStyle.PAD_X;
        double padY = compact ? PlotStyle.COMPACT_PAD_Y : PlotStyle.PAD_Y;
        double w = getWidth();
        name.relocate(padX, padY);
        double lineH = FigureText.METRICS.lineHeight(
                compact ? TextStyle.CARD_NAME_COMPACT : TextStyle.CARD_NAME);
        if (compact) {
            confidence.relocate(w - padX - confidence.getLayoutBounds().getWidth(), padY);
            meta.setVisible(false);
            return;
        }
        double metaY = padY + placed.nameLines().size() * lineH + 1;
        meta.setVisible(true);
        meta.relocate(padX, metaY);
        confidence.relocate(w - padX - confidence.getLayoutBounds().getWidth(), metaY);
    }

    @Override
    protected double computePrefWidth(double height) {
        return placed == null ? 0 : placed.label().w();
    }

    @Override
    protected double computePrefHeight(double width) {
        return placed == null ? 0 : placed.label().h();
    }
}
