package org.sectorscope.ui.canvas;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.scene.Group;
import javafx.scene.control.Label;
import org.sectorscope.logic.plot.Box;
import org.sectorscope.logic.plot.PlacedSector;
import org.sectorscope.logic.plot.PlotLayout;

/**
 * The names of selected sectors that have no label of their own (a crowded plot shows them as markers
 * alone): a tag beside each marker, inside its quadrant, above everything else. Tags are transient
 * marks of the selection, not part of the layout, so showing one moves nothing.
 */
final class NameTags extends Group {
    static final String STYLE = "name-tag";
    /** Beyond this many selected sectors without labels, only the first are named. */
    private static final int MAX_TAGS = 12;
    /** The tags' font size (the stylesheet's), which bounds how many characters a tag could show. */
    private static final double FONT_SIZE = 11;

    NameTags() {
        setManaged(false);
    }

    void show(PlotLayout layout, Set<String> selected) {
        List<Label> tags = new ArrayList<>();
        for (String id : selected) {
            PlacedSector s = layout.sector(id);
            if (s != null && !s.labelled() && tags.size() < MAX_TAGS) {
                Label tag = new Label(text(s));
                tag.getStyleClass().add(STYLE);
                tag.setId("name-tag-" + s.id());
                tag.setUserData(s.id());
                tag.setManaged(false);
                tags.add(tag);
            }
        }
        getChildren().setAll(tags);
        for (Label tag : tags) {
            place(tag, layout.sector((String) tag.getUserData()));
        }
    }

    /**
     * The sector's name as a tag shows it: cut to what its region could hold before JavaFX measures it,
     * so a name of any length costs no more than one as wide as the plot.
     */
    static String text(PlacedSector s) {
        return CanvasText.fit(s.mark().name(), s.region().w(), FONT_SIZE);
    }

    /**
     * Sizes {@code tag} (it must be in the scene) and puts it beside the sector's marker, inside its
     * region: a name wider than the region ends in an ellipsis.
     */
    static void place(Label tag, PlacedSector s) {
        Box r = s.region();
        tag.setMaxWidth(r.w());
        tag.applyCss();
        tag.autosize();
        double w = tag.getWidth();
        double h = tag.getHeight();
        double right = s.markerX() + s.markerBox().w() / 2 + 4;
        double x = right + w <= r.right() ? right : s.markerX() - s.markerBox().w() / 2 - 4 - w;
        tag.relocate(Math.max(r.x(), Math.min(r.right() - w, x)), Math.max(r.y(), Math.min(r.bottom() - h, s.markerY() - h / 2)));
    }
}
