package org.sectorscope.ui.main;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;

/** A project file, or a PNG or SVG exported by Sectorscope, dropped on the window opens (after settling unsaved work). */
final class ProjectFileDrops {
    private ProjectFileDrops() {
    }

    static void accept(Node target, Consumer<Path> open) {
        target.setOnDragOver(e -> {
            if (droppedProject(e.getDragboard()) != null) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        target.setOnDragDropped(e -> {
            Path file = droppedProject(e.getDragboard());
            e.setDropCompleted(file != null);
            e.consume();
            if (file != null) {
                // After the drop gesture ends: the unsaved-changes question must not run inside it.
                Platform.runLater(() -> open.accept(file));
            }
        });
    }

    static Path droppedProject(Dragboard board) {
        if (!board.hasFiles() || board.getFiles().size() != 1) {
            return null;
        }
        Path file = board.getFiles().get(0).toPath();
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".json") || name.endsWith(".png") || name.endsWith(".svg") ? file : null;
    }
}
