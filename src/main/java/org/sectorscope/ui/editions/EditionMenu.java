package org.sectorscope.ui.editions;

import java.time.Clock;
import java.util.function.Supplier;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.Window;
import org.sectorscope.session.ProjectDocument;
import org.sectorscope.session.ProjectSession;
import org.sectorscope.ui.actions.ActionMenus;
import org.sectorscope.ui.actions.ActionPlace;
import org.sectorscope.ui.actions.StandardAction;

/** The Edition menu: take a snapshot, the list of editions, what moved, and back to the current state. */
public final class EditionMenu {
    private final ProjectDocument document;
    private final Supplier<Window> owner;
    private final Runnable showWhatMoved;

    /** {@code showWhatMoved} brings the What moved list into view (a tab of the window's Evidence pane). */
    public EditionMenu(ProjectDocument document, Supplier<Window> owner, Runnable showWhatMoved) {
        this.document = document;
        this.owner = owner;
        this.showWhatMoved = showWhatMoved;
    }

    public Menu menu() {
        ProjectSession session = document.session();
        MenuItem take = ActionMenus.item(StandardAction.TAKE_SNAPSHOT,
                () -> EditionsView
                .askAndTake(owner.get(), new EditionsViewModel(session, Clock.systemUTC()))
                .ifPresent(id -> document.say("Took the edition " + session.project().teamwork().editions().stream()
                        .filter(e -> e.id().equals(id)).findFirst().map(e -> e.name()).orElse(""))));
        MenuItem list = ActionMenus.item(StandardAction.EDITIONS, () -> EditionsView.show(owner.get(), session));
        MenuItem moved = ActionMenus.item(StandardAction.WHAT_MOVED, showWhatMoved);
        MenuItem back = ActionMenus.item(StandardAction.BACK_TO_CURRENT, () -> session.comparison().clear());
        back.disableProperty().bind(session.comparison().viewedEditionIdProperty().isNull()
                .and(session.comparison().comparisonProperty().isNull()));
        Menu menu = new Menu("Edition", null, take, list, moved, new SeparatorMenuItem(), back);
        return ActionMenus.titled(menu, ActionPlace.EDITION);
    }
}
