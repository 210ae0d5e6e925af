package org.sectorscope.ui.canvas;

import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;

/** A sector on the canvas: a small card with a driver marker, the name and a meta line. */
final class SectorCardNode extends VBox {
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final PseudoClass COMPACT = PseudoClass.getPseudoClass("compact");
    private final Label name = new Label();
    private final Label meta = new Label();
    private final HBox header;
    private String sectorId;
    private String driver;

    SectorCardNode() {
        getStyleClass().add("sector-card");
        name.getStyleClass().add("card-name");
        name.setWrapText(true);
        meta.getStyleClass().add("card-meta");
        header = new HBox(5);
        header.setAlignment(Pos.TOP_LEFT);
        header.getChildren().addAll(new Circle(4), name);
        getChildren().addAll(header, meta);
        setManaged(false);
        setFocusTraversable(false);
    }

    void show(CardItem item) {
        sectorId = item.id();
        getProperties().put("sectorId", item.id());
        setId("card-" + item.id());
        name.setText(item.name());
        meta.setText((item.driver().isBlank() ? "" : item.driver() + " \u00b7 ") + item.evidenceCount() + " ev.");
        if (!item.driver().equals(driver)) {
            driver = item.driver();
            header.getChildren().set(0, marker(driver));
        }
        setAccessibleText(item.name() + ", quadrant " + item.quadrantLetter());
    }

    /** The driver is drawn as a shape as well as named, so it reads in greyscale print too. */
    static Shape marker(String driver) {
        Shape s = switch (driver) {
            case "State-led" -> new Rectangle(8, 8);
            case "Market-oriented" -> new Circle(4);
            default -> new Polygon(4, 0, 8, 4, 4, 8, 0, 4);
        };
        s.getStyleClass().addAll("driver-marker", "driver-" + driver.toLowerCase().replaceAll("[^a-z]+", "-"));
        s.setTranslateY(4);
        return s;
    }

    String sectorId() {
        return sectorId;
    }

    /** Compact cards show the name only, in smaller type. */
    void setCompact(boolean compact) {
        pseudoClassStateChanged(COMPACT, compact);
        meta.setVisible(!compact);
        meta.setManaged(!compact);
    }

    void setSelected(boolean selected) {
        pseudoClassStateChanged(SELECTED, selected);
    }
}
