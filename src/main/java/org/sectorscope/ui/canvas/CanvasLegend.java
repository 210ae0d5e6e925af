package org.sectorscope.ui.canvas;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import org.sectorscope.logic.PlotLocation;
import org.sectorscope.logic.plot.DriverShape;

/**
 * What the plot's symbols mean, under the plot: driver shapes, who placed a sector (filled marker and
 * solid label for the report, hollow and dashed for the analyst), a marker on a line, the meter. It
 * wraps in a narrow pane rather than crowd the toolbar.
 */
final class CanvasLegend extends FlowPane {
    private final List<Node> driverEntries = new ArrayList<>();

    CanvasLegend(ObservableList<QuadrantCanvasViewModel.LegendDriver> drivers) {
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
        showDrivers(drivers);
        drivers.addListener((ListChangeListener<QuadrantCanvasViewModel.LegendDriver>) c -> showDrivers(drivers));
    }

    /** The driver entries come first and follow the project: only shapes drawn, named by its drivers. */
    private void showDrivers(List<QuadrantCanvasViewModel.LegendDriver> drivers) {
        getChildren().removeAll(driverEntries);
        driverEntries.clear();
        for (QuadrantCanvasViewModel.LegendDriver d : drivers) {
            driverEntries.add(entry(MarkerLayer.symbol(d.shape(), true, false), d.label(),
                    "Driver of the sector's development, as a shape"));
        }
        getChildren().addAll(0, driverEntries);
    }

    private static HBox entry(Node symbol, String text, String tip) {
        HBox box = new HBox(4, symbol, new Label(text));
        box.setAlignment(Pos.CENTER_LEFT);
        Tooltip.install(box, new Tooltip(tip));
        return box;
    }
}
