package org.sectorscope.ui.canvas;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.sectorscope.command.MoveSectorsCommand;
import org.sectorscope.model.Framework;
import org.sectorscope.model.Position;
import org.sectorscope.model.Project;
import org.sectorscope.model.Quadrant;
import org.sectorscope.session.ProjectSession;

/** The canvas's state: the framework, one card per sector, and the gestures that change them. */
public final class QuadrantCanvasViewModel {
    private final ProjectSession session;
    private final ReadOnlyObjectWrapper<Framework> framework = new ReadOnlyObjectWrapper<>(this, "framework");
    private final ReadOnlyObjectWrapper<List<CardItem>> cards = new ReadOnlyObjectWrapper<>(this, "cards", List.of());

    public QuadrantCanvasViewModel(ProjectSession session) {
        this.session = session;
        session.projectProperty().addListener((obs, old, p) -> update(p));
        update(session.project());
    }

    private void update(Project p) {
        framework.set(p.framework());
        cards.set(p.sectors().stream().map(s -> CardItem.of(p, s)).toList());
    }

    public ReadOnlyObjectProperty<Framework> frameworkProperty() {
        return framework.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<CardItem>> cardsProperty() {
        return cards.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<String> selectedIdProperty() {
        return session.selection().sectorIdProperty();
    }

    public void select(String id) {
        session.selection().selectSector(id);
    }

    public Quadrant quadrantAt(Position p) {
        return framework.get().quadrantOf(p);
    }

    /** Ends a drag: one undoable command, or nothing when the card ends where it started. */
    public void moveSector(String id, Position to) {
        Project p = session.project();
        p.sector(id).ifPresent(s -> {
            if (!s.position().equals(to)) {
                session.execute(MoveSectorsCommand.of(p, id, to));
            }
        });
    }
}
