package org.sectorscope.ui.editions;

import java.time.Clock;
import java.util.function.Supplier;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.Window;
import org.sectorscope.session.ProjectDocument;
import org.sectorscope.session.ProjectSession;
import org.sectorscope.ui.common.MenuItems;

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
        MenuItem take = MenuItems.item("Take Snapshot\u2026", "menu-take-snapshot", "Shortcut+Shift+T",
                () -> EditionsView
                .askAndTake(owner.get(), new EditionsViewModel(session, Clock.systemUTC()))
                .ifPresent(id -> document.say("Took the edition " + session.project().teamwork().editions().stream()
                        .filter(e -> e.id().equals(id)).findFirst().map(e -> e.name()).orElse(""))));
        MenuItem list = MenuItems.item("Editions\u2026", "menu-editions", null,
                () -> EditionsView.show(owner.get(), session));
        MenuItem moved = MenuItems.item("What Moved", "menu-what-moved", null, showWhatMoved);
        MenuItem back = MenuItems.item("Back to Current State", "menu-back-to-current", null,
                () -> session.comparison().clear());
        back.disableProperty().bind(session.comparison().viewedEditionIdProperty().isNull()
                .and(session.comparison().comparisonProperty().isNull()));
        Menu menu = new Menu("Edition", null, take, list, moved, new SeparatorMenuItem(), back);
        menu.setId("menu-edition");
        return menu;
    }
}
