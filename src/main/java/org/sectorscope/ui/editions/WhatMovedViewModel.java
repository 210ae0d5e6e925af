package org.sectorscope.ui.editions;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sectorscope.logic.Editions;
import org.sectorscope.logic.WhatMoved;
import org.sectorscope.model.Edition;
import org.sectorscope.model.Project;
import org.sectorscope.session.ComparisonState;
import org.sectorscope.session.ProjectSession;

/**
 * The "What moved" list: each change of the comparison in words, its reason included, and the choices of
 * what to compare (since an edition, from one edition to another, with another file, or step by step
 * through the editions in date order). Selecting an entry selects its sector everywhere.
 */
public final class WhatMovedViewModel {
    /** Reads another project file off the FX thread and hands it back on it (session.ProjectDocument does). */
    public interface OtherFileReader {
        CompletableFuture<Boolean> read(BiConsumer<Path, Project> onRead);
    }

    /** A line of the list. */
    public record Entry(String text, String sectorId, WhatMoved.Kind kind, boolean quadrantChanged) {
    }

    private final ProjectSession session;
    private final OtherFileReader otherFiles;
    private final ObservableList<Entry> entries = FXCollections.observableArrayList();
    private final ObservableList<Edition> editions = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");

    public WhatMovedViewModel(ProjectSession session, OtherFileReader otherFiles) {
        this.session = session;
        this.otherFiles = otherFiles;
        session.comparison().comparisonProperty().addListener((obs, old, c) -> show(c));
        session.projectProperty().addListener((obs, old, p) -> editions.setAll(Editions.byDate(p.teamwork().editions())));
        editions.setAll(Editions.byDate(session.project().teamwork().editions()));
        show(session.comparison().comparisonProperty().get());
    }

    private void show(WhatMoved.Comparison c) {
        if (c == null) {
            title.set("Nothing compared: choose an edition or a file to compare with.");
            entries.clear();
            return;
        }
        title.set(c.title() + (c.changes().isEmpty() ? ": nothing moved" : ""));
        entries.setAll(c.changes().stream().map(ch -> new Entry(ch.text(), ch.sectorId(), ch.kind(),
                ch.quadrantChanged())).toList());
    }

    /**
     * Compares the latest edition with now when nothing is compared yet, so opening What moved shows what
     * moved since the last brief at once; does nothing while a comparison is on or there is no edition.
     */
    public void compareLatestIfIdle() {
        if (session.comparison().comparisonProperty().get() == null && !editions.isEmpty()) {
            compareSince(editions.get(editions.size() - 1).id());
        }
    }

    /** The edition compared from, or null (nothing compared, or another file): what the From box shows. */
    public Edition fromEdition() {
        ComparisonState.Choice c = session.comparison().choiceProperty().get();
        return c == null || c.fromEditionId() == null ? null : edition(c.fromEditionId());
    }

    /** The edition compared to, or null for now: what the To box shows. */
    public Edition toEdition() {
        ComparisonState.Choice c = session.comparison().choiceProperty().get();
        return c == null || c.toEditionId() == null ? null : edition(c.toEditionId());
    }

    private Edition edition(String id) {
        return editions.stream().filter(e -> e.id().equals(id)).findFirst().orElse(null);
    }

    public ObservableList<Entry> entries() {
        return entries;
    }

    /** The editions, oldest first: what can be compared from, and the slider's steps. */
    public ObservableList<Edition> editions() {
        return editions;
    }

    /** "Moved since CSIS 2020 (report)", or why nothing is listed. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public void compareSince(String editionId) {
        session.comparison().compare(ComparisonState.Choice.sinceEdition(editionId));
    }

    /** From one edition to a later (or any other) one; the canvas shows {@code toId} read-only. */
    public void compareBetween(String fromId, String toId) {
        session.comparison().compare(new ComparisonState.Choice(fromId, null, toId));
    }

    /** Asks for another project file, read in the background, and compares the current state with it. */
    public CompletableFuture<Boolean> compareWithAnotherFile() {
        return otherFiles.read(this::compareWith);
    }

    /** The current state compared with {@code other}, the project in {@code file}. */
    public void compareWith(Path file, Project other) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        session.comparison().compare(new ComparisonState.Choice(null, WhatMoved.State.of(other, name), null));
    }

    /** The slider's steps: one per edition, the last from the newest edition to the current state. */
    public int stepCount() {
        return editions.size();
    }

    /** Step {@code k} (1 to {@link #stepCount()}): from the edition before to edition {@code k}, the last to now. */
    public void showStep(int k) {
        List<Edition> all = List.copyOf(editions);
        if (k < 1 || k > all.size()) {
            throw new IllegalArgumentException("step " + k + " of " + all.size());
        }
        if (k == all.size()) {
            compareSince(all.get(k - 1).id());
        } else {
            compareBetween(all.get(k - 1).id(), all.get(k).id());
        }
    }

    /** "CSIS 2020 (report) → Brief, December 2026", "Brief, December 2026 → now". */
    public String stepLabel(int k) {
        List<Edition> all = List.copyOf(editions);
        return all.get(k - 1).name() + " \u2192 " + (k == all.size() ? "now" : all.get(k).name());
    }

    /** Selects the entry's sector in every pane (a sector the project lost cannot be selected). */
    public void select(Entry e) {
        if (e != null && session.project().sector(e.sectorId()).isPresent()) {
            session.selection().selectSector(e.sectorId());
        }
    }

    public void stopComparing() {
        session.comparison().clear();
    }
}
