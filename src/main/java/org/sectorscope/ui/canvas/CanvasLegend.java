package org.sectorscope.ui.canvas;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import org.sectorscope.logic.PlotLocation;
import org.sectorscope.logic.plot.DriverShape;
import org.sectorscope.logic.plot.MarkerKey;
import org.sectorscope.ui.common.LazyTooltip;

/**
 * What the plot's symbols mean, under the plot: the markers' colours (each driver with its shape and
 * colour, or a text field's values), the driver shapes and the sizes when a field shows, who placed a
 * sector (filled marker and solid label for the report, hollow and dashed for the analyst), a marker on
 * a line, the meter. It wraps in a narrow pane rather than crowd the toolbar.
 */
final class CanvasLegend extends FlowPane {
    private final List<Node> keyEntries = new ArrayList<>();

    CanvasLegend(ObservableValue<MarkerKey> key) {
        super(10, 2);
        setId("canvas-legend");
        getStyleClass().add("canvas-legend");
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(3, 8, 3, 8));
        getChildren().add(entry(MarkerLayer.symbol(DriverShape.DIAMOND, true, false), "report",
                "Filled marker, solid label: placed by the report"));
        getChildren().add(entry(MarkerLayer.symbol(DriverShape.DIAMOND, false, false), "analyst",
                "Hollow marker, dashed label: the analyst's reading (or a report placement the analyst has moved)"));
        getChildren().add(entry(MarkerLayer.symbol(DriverShape.DIAMOND, false, true), "on a line",
                "Ringed marker: within " + PlotLocation.ON_LINE + " of a dividing line, between two quadrants"));
        Label meter = new Label("\u25AE\u25AE\u25AF 6");
        meter.getStyleClass().add("legend-confidence");
        getChildren().add(entry(meter, "support", "Bars: how well the sector's own evidence supports its placement "
                + "(count and Admiralty grades). Number: evidence items."));
        showKey(key.getValue());
        key.addListener((obs, old, k) -> showKey(k));
    }

    /** The key's entries come first and follow the project: only what is drawn, named by it. */
    private void showKey(MarkerKey key) {
        getChildren().removeAll(keyEntries);
        keyEntries.clear();
        if (key == null) {
            return;
        }
        if (key.colorTitle() != null) {
            keyEntries.add(title("Colour: " + key.colorTitle()));
        }
        String colorTip = key.colorTitle() == null ? "Driver of the sector's development, as a shape and colour"
                : "The sector's " + key.colorTitle() + ", as the marker's colour";
        key.colors().forEach(e -> keyEntries.add(entry(MarkerLayer.symbol(e, false), e.label(), colorTip)));
        key.shapes().forEach(e -> keyEntries.add(entry(MarkerLayer.symbol(e, false), e.label(),
                "Driver of the sector's development, as a shape")));
        if (key.sizeTitle() != null) {
            keyEntries.add(title("Area: " + key.sizeTitle()));
            key.sizes().forEach(e -> keyEntries.add(entry(MarkerLayer.symbol(e, true), e.label(),
                    "The sector's " + key.sizeTitle() + ", as the marker's area (smallest and largest shown)")));
        }
        getChildren().addAll(0, keyEntries);
    }

    private static Label title(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("legend-title");
        return l;
    }

    private static HBox entry(Node symbol, String text, String tip) {
        // On the figure's own paper: markers are drawn in print colours with a white halo, which on a dark
        // theme's background would make a filled marker look hollow and a hollow one filled.
        StackPane paper = new StackPane(symbol);
        paper.getStyleClass().add("legend-symbol");
        HBox box = new HBox(4, paper, new Label(text));
        box.setAlignment(Pos.CENTER_LEFT);
        LazyTooltip.set(box, tip);
        return box;
    }
}
