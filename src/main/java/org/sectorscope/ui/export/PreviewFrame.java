package org.sectorscope.ui.export;

import javafx.geometry.Insets;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.ImagePattern;

/**
 * The preview scaled to fit, never up, centred on a checkerboard so a transparent background shows
 * as such.
 */
final class PreviewFrame extends Region {
    private static final double PAD = 8;
    private final ImageView image;

    PreviewFrame(ImageView image) {
        this.image = image;
        getChildren().add(image);
        image.imageProperty().addListener((obs, old, now) -> requestLayout());
        setBackground(new Background(new BackgroundFill(checkerboard(), new CornerRadii(3), Insets.EMPTY)));
        setStyle("-fx-border-color: #cbd2d9; -fx-border-radius: 3;");
        setMinSize(200, 150);
    }

    private static ImagePattern checkerboard() {
        int cell = 8;
        WritableImage tile = new WritableImage(2 * cell, 2 * cell);
        for (int y = 0; y < 2 * cell; y++) {
            for (int x = 0; x < 2 * cell; x++) {
                boolean dark = (x < cell) != (y < cell);
                tile.getPixelWriter().setColor(x, y, dark ? Color.web("#e4e7eb") : Color.web("#f5f7fa"));
            }
        }
        return new ImagePattern(tile, 0, 0, 2 * cell, 2 * cell, false);
    }

    @Override
    protected void layoutChildren() {
        Image img = image.getImage();
        double w = Math.max(1, getWidth() - 2 * PAD);
        double h = Math.max(1, getHeight() - 2 * PAD);
        if (img == null) {
            image.setFitWidth(w);
            image.setFitHeight(h);
            image.relocate(PAD, PAD);
            return;
        }
        double k = Math.min(1, Math.min(w / img.getWidth(), h / img.getHeight()));
        double iw = img.getWidth() * k;
        double ih = img.getHeight() * k;
        image.setFitWidth(iw);
        image.setFitHeight(ih);
        image.relocate(PAD + (w - iw) / 2, PAD + (h - ih) / 2);
    }

    @Override
    protected double computePrefWidth(double height) {
        return 660;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 460;
    }
}
