package org.sectorscope.ui.canvas;

import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.scene.AccessibleRole;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;

/**
 * The canvas's sectors for a screen reader. The plot draws most sectors as pixels (every marker, and a
 * crowded plot's sectors have no label node at all), so a reader would find nothing there; this list,
 * never seen and never a Tab stop, names every placed sector with its quadrant and who placed it, in
 * the canvas's Tab order, and shares the one selection: choosing an item selects the sector. The plot
 * itself says which sector is selected, so walking the plot with Tab is heard too.
 */
final class SectorReaderList {
    static final String ID = "canvas-sector-list";

    private final QuadrantCanvasViewModel viewModel;
    private final ListView<CardItem> list = new ListView<>();
    private boolean following;

    SectorReaderList(QuadrantCanvasViewModel viewModel, QuadrantPlot plot) {
        this.viewModel = viewModel;
        list.setId(ID);
        list.setAccessibleText("Sectors on the canvas");
        list.setFocusTraversable(false);
        list.setMouseTransparent(true);
        list.setOpacity(0);
        list.setManaged(false);
        list.resize(240, 160); // a size of its own: unmanaged, under the plot, never laid out by the pane
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(CardItem item, boolean empty) {
                super.updateItem(item, empty);
                String said = empty || item == null ? null : spoken(item);
                setText(said);
                setAccessibleText(said); // a cell built for a reader off screen answers with this, not its text
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (!following && item != null && !item.id().equals(viewModel.selectedIdProperty().get())) {
                viewModel.select(item.id());
            }
        });
        viewModel.cardsProperty().addListener((obs, old, items) -> show(items));
        show(viewModel.cardsProperty().get());

        plot.setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        plot.setAccessibleRoleDescription("quadrant canvas");
        plot.setAccessibleHelp("Tab and Shift+Tab walk the sectors, arrows move the selected ones, Enter renames,"
                + " Insert adds, Delete deletes; Ctrl+Tab leaves the canvas");
        InvalidationListener say = o -> {
            followSelection();
            plot.setAccessibleText(plotText());
        };
        viewModel.selectedIdProperty().addListener(say);
        viewModel.cardsProperty().addListener(say);
        say.invalidated(null);
    }

    ListView<CardItem> node() {
        return list;
    }

    private void show(List<CardItem> items) {
        following = true;
        list.getItems().setAll(items);
        following = false;
        followSelection();
    }

    private void followSelection() {
        String id = viewModel.selectedIdProperty().get();
        following = true;
        List<CardItem> items = list.getItems();
        int index = -1;
        for (int i = 0; id != null && i < items.size(); i++) {
            if (items.get(i).id().equals(id)) {
                index = i;
                break;
            }
        }
        if (index < 0) {
            list.getSelectionModel().clearSelection();
        } else {
            list.getSelectionModel().clearAndSelect(index);
        }
        following = false;
    }

    /** What the plot says when it has the keyboard: how many sectors, and the selected one in full. */
    private String plotText() {
        int n = viewModel.cardsProperty().get().size();
        String count = "Quadrant canvas, " + (n == 1 ? "1 sector" : n + " sectors");
        String id = viewModel.selectedIdProperty().get();
        CardItem selected = id == null ? null : list.getItems().stream().filter(c -> c.id().equals(id)).findFirst()
                .orElse(null);
        return selected == null ? count + ", none selected" : count + ". Selected: " + spoken(selected);
    }

    /** "Semiconductors, B) Destructive Victory, placed by the report (...), strong evidence". */
    private String spoken(CardItem item) {
        CardDetails details = viewModel.details(item.id());
        return details == null ? item.name() : details.accessibleText();
    }
}
