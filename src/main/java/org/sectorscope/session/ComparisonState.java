package org.sectorscope.session;

import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.sectorscope.logic.Editions;
import org.sectorscope.logic.WhatMoved;
import org.sectorscope.model.Edition;
import org.sectorscope.model.EditionSector;
import org.sectorscope.model.Project;

/**
 * What the canvas shows besides the current state, shared by every pane like the selection: an edition
 * viewed read-only (the canvas then shows its placements, and refuses edits with a message) and the
 * comparison whose trails are drawn. Follows the project: an edition deleted or undone away ends its view
 * and its comparison. Observable data only, used on the FX thread.
 */
public final class ComparisonState {
    /**
     * What to compare: from an edition (by id) or from another file's state, to an edition (by id) or,
     * when {@code toEditionId} is null, to the current state.
     */
    public record Choice(String fromEditionId, WhatMoved.State fromOther, String toEditionId) {
        public Choice {
            if ((fromEditionId == null) == (fromOther == null)) {
                throw new IllegalArgumentException("compare from one edition or one other file");
            }
        }

        public static Choice sinceEdition(String editionId) {
            return new Choice(editionId, null, null);
        }
    }

    private final ProjectSession session;
    private final ReadOnlyObjectWrapper<String> viewedEditionId = new ReadOnlyObjectWrapper<>(this, "viewedEditionId");
    private final ReadOnlyObjectWrapper<Choice> choice = new ReadOnlyObjectWrapper<>(this, "choice");
    private final ReadOnlyObjectWrapper<WhatMoved.Comparison> comparison = new ReadOnlyObjectWrapper<>(this, "comparison");
    private final ReadOnlyObjectWrapper<Project> shown = new ReadOnlyObjectWrapper<>(this, "shown");
    private final ReadOnlyStringWrapper banner = new ReadOnlyStringWrapper(this, "banner", "");
    private final ReadOnlyStringWrapper refusal = new ReadOnlyStringWrapper(this, "refusal", "");

    ComparisonState(ProjectSession session) {
        this.session = session;
        session.projectProperty().addListener((obs, old, p) -> update());
        update();
    }

    /** The edition the canvas shows read-only, or null for the current state. */
    public ReadOnlyObjectProperty<String> viewedEditionIdProperty() {
        return viewedEditionId.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Choice> choiceProperty() {
        return choice.getReadOnlyProperty();
    }

    /** What moved, for the trails and the What moved list; null when nothing is compared. */
    public ReadOnlyObjectProperty<WhatMoved.Comparison> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    /** The project the canvas draws: the current one, or the viewed edition's placements over it. */
    public ReadOnlyObjectProperty<Project> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** "Viewing edition CSIS 2020 (report) (read-only)", with any sectors it names the project lacks; "" when none. */
    public ReadOnlyStringProperty bannerProperty() {
        return banner.getReadOnlyProperty();
    }

    /** Why the last edit was refused; "" when none was. */
    public ReadOnlyStringProperty refusalProperty() {
        return refusal.getReadOnlyProperty();
    }

    public boolean isViewingEdition() {
        return viewedEditionId.get() != null;
    }

    /** Shows {@code editionId} read-only on the canvas; a comparison to another edition ends. */
    public void view(String editionId) {
        Choice c = choice.get();
        if (c != null && !Objects.equals(c.toEditionId(), editionId)) {
            choice.set(null);
        }
        viewedEditionId.set(editionId);
        refusal.set("");
        update();
    }

    /** Back to the current state: the view of an edition ends, and with it a comparison to that edition. */
    public void backToCurrent() {
        Choice c = choice.get();
        if (c != null && c.toEditionId() != null) {
            choice.set(null);
        }
        viewedEditionId.set(null);
        refusal.set("");
        update();
    }

    /** Compares as {@code c} says; the canvas shows its later state (an edition read-only, or the current one). */
    public void compare(Choice c) {
        choice.set(Objects.requireNonNull(c, "choice"));
        viewedEditionId.set(c.toEditionId());
        refusal.set("");
        update();
    }

    /** Ends the comparison and any view of an edition. */
    public void clear() {
        choice.set(null);
        viewedEditionId.set(null);
        refusal.set("");
        update();
    }

    /**
     * True, with a message saying so, when an edit must be refused because an edition is shown;
     * {@code what} names the edit ("Moving sectors").
     */
    public boolean refuseEdit(String what) {
        if (!isViewingEdition()) {
            return false;
        }
        refusal.set(what + " is not possible while viewing an edition (read-only): choose Back to Current State"
                + " to edit.");
        return true;
    }

    private void update() {
        Project p = session.project();
        Edition viewed = edition(p, viewedEditionId.get());
        if (viewed == null && viewedEditionId.get() != null) {
            viewedEditionId.set(null);
        }
        Choice c = choice.get();
        if (c != null && ((c.fromEditionId() != null && edition(p, c.fromEditionId()) == null)
                || (c.toEditionId() != null && edition(p, c.toEditionId()) == null))) {
            choice.set(null);
            c = null;
        }
        shown.set(viewed == null ? p : Editions.asProject(p, viewed));
        String missing = viewed == null ? "" : Editions.missingNote(p, viewed);
        if (!missing.isEmpty()) {
            List<String> names = Editions.missing(p, viewed).stream().map(EditionSector::name).toList();
            missing += ": " + String.join(", ", names.subList(0, Math.min(3, names.size())))
                    + (names.size() > 3 ? ", \u2026" : "");
        }
        banner.set(viewed == null ? "" : "Viewing edition " + viewed.name() + " (read-only)"
                + (missing.isEmpty() ? "" : " \u2014 " + missing));
        if (c == null) {
            comparison.set(null);
            return;
        }
        WhatMoved.State from = c.fromOther() != null ? c.fromOther() : WhatMoved.State.of(edition(p, c.fromEditionId()));
        WhatMoved.State to = c.toEditionId() == null ? WhatMoved.State.of(p, "now")
                : WhatMoved.State.of(edition(p, c.toEditionId()));
        comparison.set(WhatMoved.between(from, to, p));
    }

    private static Edition edition(Project p, String id) {
        if (id == null) {
            return null;
        }
        return p.teamwork().editions().stream().filter(e -> e.id().equals(id)).findFirst().orElse(null);
    }
}
