package org.sectorscope.ui.options.compare;

import java.util.List;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.sectorscope.session.ProjectSession;
import org.sectorscope.ui.common.WindowSetup;

/**
 * The comparison in a non-modal dialog, so the analyst can keep editing scores in the options pane and
 * watch it change. It closes itself once fewer than two of its options are left in the project.
 */
public final class CompareOptionsDialog extends Dialog<ButtonType> {
    private final CompareOptionsViewModel viewModel;

    public CompareOptionsDialog(CompareOptionsViewModel viewModel) {
        this.viewModel = viewModel;
        setTitle("Compare options");
        setResizable(true);
        initModality(Modality.NONE);
        var pane = getDialogPane();
        pane.getStyleClass().add("compare-dialog");
        WindowSetup.addStylesheets(pane.getStylesheets());
        pane.getButtonTypes().setAll(ButtonType.CLOSE);
        pane.setContent(new CompareOptionsView(viewModel));
        pane.setPrefSize(Math.min(1280, 260 + 250 * viewModel.optionIds().size()), 640);
        viewModel.closedProperty().addListener((obs, was, closed) -> {
            if (closed) {
                close();
            }
        });
        setOnHidden(e -> viewModel.dispose());
    }

    /**
     * Opens the comparison of the given options (2 to 4 ids) and returns at once.
     *
     * @throws IllegalArgumentException before anything opens, with a message for the analyst, when the
     *         ids are fewer than 2, more than 4, repeated or unknown
     */
    public static CompareOptionsDialog show(Window owner, ProjectSession session, List<String> optionIds) {
        CompareOptionsDialog dialog = new CompareOptionsDialog(new CompareOptionsViewModel(session, optionIds));
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.show();
        return dialog;
    }

    public CompareOptionsViewModel viewModel() {
        return viewModel;
    }
}
