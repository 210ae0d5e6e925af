package org.sectorscope.ui.access;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * What a screen reader is told: every control the keyboard reaches, in the main window and in every
 * window and form it opens, has a name and a role; so has every card.
 */
@ExtendWith(ApplicationExtension.class)
class AccessibleNamesRobotTest {
    @TempDir
    static Path home;

    private SampleMainWindow shown;

    @Start
    void start(Stage stage) throws Exception {
        shown = new SampleMainWindow(stage, home);
    }

    @AfterEach
    void tearDown(FxRobot robot) {
        shown.close(robot);
    }

    @Test
    void everyControlTheKeyboardReachesAndEveryCardHasANameAndARole(FxRobot robot) {
        Set<String> problems = new LinkedHashSet<>();
        List<String> visited = new ArrayList<>();
        shown.tour(robot).visit((where, root) -> {
            visited.add(where);
            robot.interact(() -> {
                for (Node n : SceneAudit.shownNodes(root)) {
                    boolean card = n.getStyleClass().stream().anyMatch(c -> c.endsWith("card") || c.equals("sector-card-row"));
                    if (!SceneAudit.interactive(n) && !card) {
                        continue;
                    }
                    // A card drawn as a list cell's graphic is read as that cell, which carries its words.
                    Node spoken = card ? SceneAudit.cellOf(n) : n;
                    if (SceneAudit.accessibleName(spoken) == null) {
                        problems.add(where + ": no name: " + SceneAudit.describe(n) + " (role " + SceneAudit.role(n) + ")");
                    }
                    if (!SceneAudit.hasRole(spoken)) {
                        problems.add(where + ": no role: " + SceneAudit.describe(n));
                    }
                }
            });
        });
        assertEquals(20, visited.size(), "the tour saw every window and form: " + visited);
        assertEquals(List.of(), List.copyOf(problems), String.join("\n", problems));
    }
}
