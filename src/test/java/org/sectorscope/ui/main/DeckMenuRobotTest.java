package org.sectorscope.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sectorscope.model.DeckSection;
import org.sectorscope.model.DeckSections;
import org.sectorscope.session.ProjectFiles;
import org.sectorscope.session.ProjectSession;
import org.sectorscope.store.ProjectStore;
import org.sectorscope.ui.RobotFixtures;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File > Export Briefing Deck... opens the deck dialog on the project's saved sections. */
@ExtendWith(ApplicationExtension.class)
class DeckMenuRobotTest {
    @TempDir
    static Path home;

    private ProjectFiles files;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        ProjectSession session = new ProjectSession(ProjectStore.loadSample().withDeck(DeckSections.of(
                List.of(DeckSection.FIGURE, DeckSection.OPTIONS))), null, "sample.sectorscope.json");
        files = RobotFixtures.showMainWindow(stage, session, home).files();
    }

    @AfterEach
    void tearDown(FxRobot robot) {
        RobotFixtures.hideOtherWindows(robot, stage);
        files.close();
    }

    @Test
    void theFileMenuOpensTheDeckDialogOnTheSavedSections(FxRobot robot) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        Menu file = bar.getMenus().stream().filter(m -> "menu-file".equals(m.getId())).findFirst().orElseThrow();
        MenuItem item = file.getItems().stream().filter(i -> "menu-export-briefing-deck".equals(i.getId()))
                .findFirst().orElseThrow();
        assertEquals("Export Briefing Deck\u2026", item.getText());
        robot.interact(item::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#deck-section-figure").queryAs(CheckBox.class).isSelected());
        assertTrue(robot.lookup("#deck-section-options").queryAs(CheckBox.class).isSelected());
        assertFalse(robot.lookup("#deck-section-quadrants").queryAs(CheckBox.class).isSelected());
        assertFalse(robot.lookup("#deck-section-title").queryAs(CheckBox.class).isSelected());
    }
}
