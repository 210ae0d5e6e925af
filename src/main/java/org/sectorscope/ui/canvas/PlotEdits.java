package org.sectorscope.ui.canvas;

import java.util.List;
import java.util.function.Predicate;
import javafx.geometry.Bounds;
import javafx.scene.Node;

/**
 * The edits made on the plot itself: renaming a sector and rewording a framework text in place, and
 * deleting the selected sectors once the analyst confirms. Started by the mouse, the keys and the
 * context menu alike.
 */
final class PlotEdits {
    /** Edits the plot asks its owner to make for texts of the framework drawn on it. */
    interface FrameworkTextEdit {
        void apply(FrameworkDrawing.FrameworkText which, String newText);
    }

    private final QuadrantPlot plot;
    private final QuadrantCanvasViewModel viewModel;
    private final InPlaceEditor editor;
    private FrameworkTextEdit frameworkEdit = (which, text) -> { };
    private Predicate<String> confirmDelete = question -> true;

    PlotEdits(QuadrantPlot plot, QuadrantCanvasViewModel viewModel) {
        this.plot = plot;
        this.viewModel = viewModel;
        this.editor = new InPlaceEditor(plot::requestFocus);
        plot.addOnTop(editor);
    }

    void setFrameworkEdit(FrameworkTextEdit edit) {
        this.frameworkEdit = edit;
    }

    /** Asked before deleting, with the question naming what goes (sectors and their evidence); true goes ahead. */
    void setConfirmDelete(Predicate<String> confirm) {
        this.confirmDelete = confirm;
    }

    boolean isEditing() {
        return editor.isOpen();
    }

    /** Closes the editor, keeping its text. */
    void commit() {
        editor.close(true);
    }

    /** Whether a picked node is the editor or inside it: events there are the editor's own. */
    boolean inEditor(Node picked) {
        for (Node n = picked; n != null; n = n.getParent()) {
            if (n == editor) {
                return true;
            }
        }
        return false;
    }

    void deleteSelected() {
        List<String> names = viewModel.selectedNames();
        if (viewModel.comparison().isViewingEdition()) {
            viewModel.deleteSelected(); // refused with a message: no question first
            return;
        }
        if (!names.isEmpty() && confirmDelete.test(viewModel.deleteQuestion())) {
            viewModel.deleteSelected();
        }
    }

    /** Names a sector just added: laid out first, so that its label is there to edit over. */
    void renameAdded(String id) {
        plot.applyCss();
        plot.layout();
        startRename(id);
    }

    void startRename(String id) {
        Bounds b = plot.boundsOf(id);
        CardItem item = plot.item(id);
        if (b == null || item == null) {
            return;
        }
        double w = Math.max(140, b.getWidth());
        double x = clamp(b.getMinX(), 0, Math.max(0, plot.getWidth() - w));
        editor.open(item.name(), x, b.getMinY(), w, text -> viewModel.rename(id, text));
    }

    void startFrameworkEdit(Node node, FrameworkDrawing.FrameworkText which) {
        Bounds b = node.getBoundsInParent();
        String current = plot.framework().wording(which);
        double w = Math.max(160, Math.min(320, b.getWidth() + 40));
        double x = clamp(b.getCenterX() - w / 2, 0, Math.max(0, plot.getWidth() - w));
        editor.open(current, x, b.getCenterY() - 14, w, text -> frameworkEdit.apply(which, text));
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(max, v));
    }
}
