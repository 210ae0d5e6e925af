package org.sectorscope.ui.main;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.sectorscope.session.ProjectDocument;
import org.sectorscope.ui.common.LazyTooltip;

/** The bar over the panes that says another program changed the open file, with Reload and Keep Mine. */
final class ChangedOnDiskBar {
    private ChangedOnDiskBar() {
    }

    /** Shown when another program changed or deleted the open file: reload it, or keep working on ours. */
    static HBox of(ProjectDocument document) {
        Label message = new Label();
        message.setId("changed-on-disk-message");
        message.textProperty().bind(document.changedOnDiskProperty());
        HBox.setHgrow(message, Priority.ALWAYS);
        message.setMaxWidth(Double.MAX_VALUE);
        Button reload = new Button("Reload");
        reload.setId("changed-on-disk-reload");
        LazyTooltip.set(reload, "Open the file as it is on disk now; unsaved changes here are dropped");
        reload.setOnAction(e -> document.reloadFromDisk());
        Button keep = new Button("Keep Mine");
        keep.setId("changed-on-disk-keep");
        LazyTooltip.set(keep, "Go on with this version; Save will ask before overwriting");
        keep.setOnAction(e -> document.keepMine());
        HBox bar = new HBox(8, message, reload, keep);
        bar.getStyleClass().add("changed-on-disk-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 10, 4, 10));
        bar.visibleProperty().bind(document.changedOnDiskProperty().isNotEmpty());
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }
}
