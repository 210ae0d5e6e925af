package org.sectorscope.ui.evidence;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sectorscope.logic.EvidenceHit;
import org.sectorscope.logic.EvidenceSearch;
import org.sectorscope.logic.OneLine;
import org.sectorscope.logic.SourceSupport;
import org.sectorscope.model.Axis;
import org.sectorscope.model.AxisId;
import org.sectorscope.model.Evidence;
import org.sectorscope.model.Framework;
import org.sectorscope.model.Project;
import org.sectorscope.model.Side;
import org.sectorscope.session.ProjectSession;
import org.sectorscope.ui.common.ShownGate;

/**
 * "What each source supports": one group per source with its items and a one-line summary in the
 * framework's words. Picking an item selects its sector in the shared selection, like a search hit.
 */
public final class EvidenceBySourceViewModel {
    /** Items are shortened to about this many characters, so a group reads as a list, not a wall of text. */
    static final int EXCERPT_LENGTH = 120;

    /** A row of the tree: a source group or one of its items. */
    public sealed interface Entry permits Group, Item {
    }

    /**
     * One source and what it supports; {@code sourceId} is null for the items that cite no source.
     *
     * @param summary "5 items · Success 3 · Failure 1 · context 1", or "not cited yet"
     */
    public record Group(String sourceId, String label, String summary, List<Item> items) implements Entry {
        public Group {
            items = List.copyOf(items);
        }
    }

    /** One item of a group, shortened; {@code quote} says whether the excerpt is a quote or a note. */
    public record Item(String sectorId, String sectorName, String evidenceId, String grade, String excerpt,
                       boolean quote) implements Entry {
    }

    private final ProjectSession session;
    private final ObservableList<Group> groups = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper pickedEvidenceId = new ReadOnlyStringWrapper(this, "pickedEvidenceId", null);
    /** The picked item's sector: when the shared selection moves elsewhere, the pick no longer applies. */
    private String pickedSectorId;
    private final ShownGate rebuilds = new ShownGate(this::rebuild, this::forget);

    public EvidenceBySourceViewModel(ProjectSession session) {
        this.session = session;
        session.projectProperty().addListener((obs, old, p) -> {
            if (old == null || !EvidenceSearch.sameEvidence(old, p)) {
                rebuilds.request();
            }
        });
        session.selection().sectorIdProperty().addListener((obs, old, id) -> {
            if (pickedSectorId != null && !pickedSectorId.equals(id)) {
                clearPick();
            }
        });
        rebuilds.request();
    }

    /** Whether the groups are shown; hidden, they are rebuilt only when next shown. */
    public void setShown(boolean shown) {
        rebuilds.setShown(shown);
    }

    /** Picks an item: remembers it and selects its sector for every pane. Null does nothing. */
    public void pick(Item item) {
        if (item == null) {
            return;
        }
        pickedSectorId = item.sectorId();
        pickedEvidenceId.set(item.evidenceId());
        session.selection().selectSector(item.sectorId());
    }

    private void rebuild() {
        Project p = session.project();
        groups.setAll(EvidenceSearch.bySource(p).stream().map(s -> group(p.framework(), s)).toList());
        boolean stillThere = groups.stream().flatMap(g -> g.items().stream())
                .anyMatch(i -> i.evidenceId().equals(pickedEvidenceId.get()));
        if (!stillThere) {
            clearPick();
        }
    }

    private void forget() {
        groups.clear();
        clearPick();
    }

    private void clearPick() {
        pickedSectorId = null;
        pickedEvidenceId.set(null);
    }

    private static Group group(Framework f, SourceSupport s) {
        String label = s.source() == null ? "No source" : EvidenceRow.cite(s.source());
        return new Group(s.source() == null ? null : s.source().id(), label, summary(f, s),
                s.hits().stream().map(EvidenceBySourceViewModel::item).toList());
    }

    private static Item item(EvidenceHit hit) {
        Evidence e = hit.evidence();
        boolean quote = e.quote() != null && !e.quote().isBlank();
        return new Item(hit.sectorId(), hit.sectorName(), e.id(), e.grade(), shorten(e.text(), EXCERPT_LENGTH),
                quote);
    }

    /**
     * "5 items · Success 3 · Failure 1 · context 1": the poles in the order x low, x high, y high, y low (the
     * report's Success/Failure, Constructive/Destructive), zero counts left out; "not cited yet" when empty.
     */
    static String summary(Framework f, SourceSupport s) {
        if (s.hits().isEmpty()) {
            return "not cited yet";
        }
        Axis x = f.axis(AxisId.X);
        Axis y = f.axis(AxisId.Y);
        List<String> parts = new ArrayList<>();
        parts.add(s.hits().size() + (s.hits().size() == 1 ? " item" : " items"));
        addCount(parts, x.label(Side.LOW), s.xLow());
        addCount(parts, x.label(Side.HIGH), s.xHigh());
        addCount(parts, y.label(Side.HIGH), s.yHigh());
        addCount(parts, y.label(Side.LOW), s.yLow());
        addCount(parts, "context", s.context());
        return String.join(" \u00b7 ", parts);
    }

    private static void addCount(List<String> parts, String label, int count) {
        if (count > 0) {
            parts.add(label + " " + count);
        }
    }

    /**
     * {@code text} on one line (runs of white space become one space) and, when longer than {@code max}, cut at
     * the last word break that keeps it under {@code max} characters with an ellipsis (mid-word only when a
     * single word fills more than half of it).
     */
    static String shorten(String text, int max) {
        String line = OneLine.head(text, max);
        if (line.length() <= max) {
            return line;
        }
        String head = line.substring(0, max - 1);
        // A space right after the cut means the last word is whole already.
        int space = line.charAt(max - 1) == ' ' ? max - 1 : head.lastIndexOf(' ');
        if (space > max / 2) {
            head = line.substring(0, space);
        }
        return head.stripTrailing() + "\u2026";
    }

    /** One group per source, in the project's order, then "No source" when some items cite none. */
    public ObservableList<Group> groups() {
        return groups;
    }

    /** The id of the picked item, for the host to highlight; null when none is picked. */
    public ReadOnlyStringProperty pickedEvidenceIdProperty() {
        return pickedEvidenceId.getReadOnlyProperty();
    }
}
